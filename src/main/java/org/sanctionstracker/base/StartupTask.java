package org.sanctionstracker.base;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once on start, before the web server accepts its first request: creating the
 * first administrator, loading the seed documents and dataset. The port answers only an
 * application whose data is in place (an {@code ApplicationRunner} would run after the
 * server started, and for seconds the dashboard and the API would show an empty
 * database). The tasks run in the order of their phases, all below the web server's
 * ({@code SmartLifecycle.DEFAULT_PHASE - 1024}); a task that fails stops the start.
 * Implementations run in their own transactions (a {@code TransactionTemplate}), since
 * the container calls {@link #start()} on the bean itself.
 */
public interface StartupTask extends SmartLifecycle {

	/** Creates the first administrator. */
	int ACCOUNTS = 0;

	/** Loads the seed documents. */
	int SEED_DOCUMENTS = 10;

	/** Loads the seed dataset, which cites the documents. */
	int SEED_DATASET = 20;

	/** Generates synthetic data (profile {@code synthetic}). */
	int SYNTHETIC_DATA = 30;

	/**
	 * Derives the coverage of documents that have none yet (stored before it existed, or
	 * written with plain SQL), or were derived with another lexicon.
	 */
	int COVERAGE = 40;

	/** Does the work. */
	void runOnStart();

	@Override
	default void start() {
		runOnStart();
	}

	/** Nothing to stop: the work is done when {@link #start()} returns. */
	@Override
	default void stop() {
	}

	@Override
	default boolean isRunning() {
		return false;
	}

}
