package org.sanctionstracker.bench;

import java.util.Arrays;
import java.util.function.Supplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * Times an action: warm-up runs that are thrown away (they load classes, fill the JIT
 * and the database's page cache), then measured runs, summed up as median, 95th
 * percentile (nearest rank), minimum and maximum.
 */
final class Timing {

	private Timing() {
	}

	/**
	 * The measured durations of one action.
	 *
	 * @param millis each measured run in milliseconds, sorted
	 * @param firstMillis the first (cold) run, a warm-up
	 */
	record Samples(double[] millis, double firstMillis) {

		double median() {
			int n = this.millis.length;
			return (n % 2 == 1) ? this.millis[n / 2] : (this.millis[n / 2 - 1] + this.millis[n / 2]) / 2;
		}

		double p95() {
			int rank = (int) Math.ceil(0.95 * this.millis.length);
			return this.millis[Math.max(0, rank - 1)];
		}

		double min() {
			return this.millis[0];
		}

		double max() {
			return this.millis[this.millis.length - 1];
		}

		ObjectNode json(ObjectNode node) {
			node.put("median_ms", round(median()));
			node.put("p95_ms", round(p95()));
			node.put("min_ms", round(min()));
			node.put("max_ms", round(max()));
			node.put("runs", this.millis.length);
			node.put("first_run_ms", round(this.firstMillis));
			return node;
		}

	}

	/**
	 * Runs an action {@code warmups + runs} times and keeps the last {@code runs}.
	 * @param warmups runs thrown away (at least one)
	 * @param runs measured runs
	 * @param action what to time; its result is kept from dead-code elimination
	 * @return the samples
	 */
	static Samples time(int warmups, int runs, Supplier<?> action) {
		return time(warmups, runs, () -> {
		}, action);
	}

	/**
	 * Runs an action {@code warmups + runs} times and keeps the last {@code runs}, with an
	 * untimed step before each run (e.g. emptying a cache).
	 * @param warmups runs thrown away (at least one)
	 * @param runs measured runs
	 * @param before what to do before each run, not timed
	 * @param action what to time; its result is kept from dead-code elimination
	 * @return the samples
	 */
	static Samples time(int warmups, int runs, Runnable before, Supplier<?> action) {
		double first = -1;
		for (int i = 0; i < Math.max(1, warmups); i++) {
			before.run();
			long start = System.nanoTime();
			consume(action.get());
			if (first < 0) {
				first = (System.nanoTime() - start) / 1e6;
			}
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			before.run();
			long start = System.nanoTime();
			consume(action.get());
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Samples(millis, first);
	}

	private static volatile int sink;

	private static void consume(Object result) {
		sink += System.identityHashCode(result);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
