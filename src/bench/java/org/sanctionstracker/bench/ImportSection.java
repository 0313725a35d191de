package org.sanctionstracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.sanctionstracker.exchange.ImportPlan;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportResult;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.exchange.StreamedResult;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import throughput: the whole-database export of the benchmark database imported into an
 * empty database of the same kind (Flyway-created, then emptied of the seed dataset so
 * that every record is new), preview and commit timed separately; once through the
 * Import / export view's path (the file in memory, files up to its upload limit) and once
 * through the streamed path for large files ({@code ImportService.previewStream},
 * {@code commitStream}), each on a fresh database. For each, the most heap in use after
 * a garbage collection while it ran (sampled), as a measure of what the import keeps.
 */
final class ImportSection {

	private static final List<String> TABLES = List.of("figure_evidence", "figure", "enforcement_action_evidence",
			"enforcement_action", "measure_event_evidence", "measure_event", "measure_evidence", "measure",
			"coalition_membership_evidence", "coalition_membership", "coalition_evidence", "coalition",
			"actor_evidence", "actor_alias", "actor", "evidence", "sentence_decision", "document_coverage",
			"document_sentence", "source_document", "rollup_event", "rollup_in_force",
			"rollup_measure", "rollup_enforcement", "measure_status_span", "counted_event", "counted_measure",
			"counted_enforcement");

	private ImportSection() {
	}

	static void run(Path file, BenchDatabase target, long expectedEvents, ObjectNode out) throws IOException {
		long bytes = Files.size(file);
		out.put("file_bytes", bytes);
		if (!"false".equals(System.getProperty("bench.import.inMemory")) && bytes <= Benchmark.UPLOAD_LIMIT) {
			inMemory(file, target, expectedEvents, out);
		}
		else {
			out.put("skipped", "the whole-database file is " + bytes / 1_000_000
					+ " MB, more than the 200 MB the Import / export view takes in memory");
		}
		if (!"false".equals(System.getProperty("bench.import.streamed"))) {
			streamed(file, target, expectedEvents, out.putObject("streamed"));
		}
	}

	private static void inMemory(Path file, BenchDatabase target, long expectedEvents, ObjectNode out)
			throws IOException {
		target.drop();
		try (ConfigurableApplicationContext context = AppContexts.start(target)) {
			empty(context);
			ImportService imports = context.getBean(ImportService.class);
			HeapSampler heap = HeapSampler.start();
			CpuClock cpu = new CpuClock();
			long start = System.nanoTime();
			ImportPlan plan = imports.preview("database.json", Files.readAllBytes(file), ImportProgress.NONE);
			double previewMillis = (System.nanoTime() - start) / 1e6;
			cpu.lap(out, "preview");
			int records = plan.preview().rows().size();
			out.put("records", records);
			out.put("issues", plan.preview().issues().size());
			if (!plan.preview().issues().isEmpty()) {
				out.put("first_issue", plan.preview().issues().get(0).toString());
				return;
			}
			start = System.nanoTime();
			ImportResult result = imports.commit(plan, ImportProgress.NONE);
			double commitMillis = (System.nanoTime() - start) / 1e6;
			cpu.lap(out, "commit");
			out.put("heap_after_gc_max_mb", heap.stop());
			out.put("committed", result.committed());
			out.put("preview_ms", Timing.round(previewMillis));
			out.put("preview_rows_per_s", Math.round(records / (previewMillis / 1000)));
			out.put("commit_ms", Timing.round(commitMillis));
			out.put("commit_rows_per_s", Math.round(records / (commitMillis / 1000)));
			long events = AppContexts.count(context, "measure_event");
			out.put("events_after_commit", events);
			out.put("events_complete", events == expectedEvents);
		}
		finally {
			target.drop();
		}
	}

	private static void streamed(Path file, BenchDatabase target, long expectedEvents, ObjectNode out) {
		target.drop();
		try (ConfigurableApplicationContext context = AppContexts.start(target)) {
			empty(context);
			ImportService imports = context.getBean(ImportService.class);
			HeapSampler heap = HeapSampler.start();
			CpuClock cpu = new CpuClock();
			long start = System.nanoTime();
			StreamedResult preview = imports.previewStream("database.json", file, ImportProgress.NONE);
			double previewMillis = (System.nanoTime() - start) / 1e6;
			cpu.lap(out, "preview");
			long records = preview.records();
			out.put("records", records);
			out.put("issues", preview.issueCount());
			out.put("most_records_held", preview.mostHeld());
			if (preview.hasIssues()) {
				out.put("first_issue", preview.issues().get(0).toString());
				return;
			}
			start = System.nanoTime();
			StreamedResult result = imports.commitStream("database.json", file, ImportProgress.NONE);
			double commitMillis = (System.nanoTime() - start) / 1e6;
			cpu.lap(out, "commit");
			out.put("heap_after_gc_max_mb", heap.stop());
			out.put("committed", result.committed());
			if (result.hasIssues()) {
				out.put("first_issue", result.issues().get(0).toString());
			}
			out.put("preview_ms", Timing.round(previewMillis));
			out.put("preview_rows_per_s", Math.round(records / (previewMillis / 1000)));
			out.put("commit_ms", Timing.round(commitMillis));
			out.put("commit_rows_per_s", Math.round(records / (commitMillis / 1000)));
			long events = AppContexts.count(context, "measure_event");
			out.put("events_after_commit", events);
			out.put("events_complete", events == expectedEvents);
		}
		finally {
			target.drop();
		}
	}

	private static void empty(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = AppContexts.jdbc(context);
		TABLES.forEach((table) -> jdbc.update("delete from " + table));
	}

	/**
	 * CPU time of the importing thread and of the whole process (H2's, Hibernate's and the
	 * collector's threads too) since the last lap, in ms: on a shared machine a figure
	 * that does not grow with the other processes' load, unlike the elapsed time.
	 */
	private static final class CpuClock {

		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();

		private long thread = this.threads.getCurrentThreadCpuTime();

		private long process = this.os.getProcessCpuTime();

		void lap(ObjectNode out, String step) {
			long threadNow = this.threads.getCurrentThreadCpuTime();
			long processNow = this.os.getProcessCpuTime();
			out.put(step + "_thread_cpu_ms", (threadNow - this.thread) / 1_000_000);
			out.put(step + "_process_cpu_ms", (processNow - this.process) / 1_000_000);
			this.thread = threadNow;
			this.process = processNow;
		}

	}

	/**
	 * The most heap in use after a collection, sampled every 100 ms on a thread of its
	 * own, in MB.
	 */
	private static final class HeapSampler {

		private final AtomicLong most = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		private HeapSampler() {
			System.gc();
			this.thread = Thread.ofPlatform().daemon().start(() -> {
				while (this.running) {
					long used = 0;
					for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
						MemoryUsage afterGc = (pool.getType() == MemoryType.HEAP) ? pool.getCollectionUsage() : null;
						if (afterGc != null) {
							used += afterGc.getUsed();
						}
					}
					this.most.accumulateAndGet(used, Math::max);
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}

		static HeapSampler start() {
			return new HeapSampler();
		}

		long stop() {
			this.running = false;
			this.thread.interrupt();
			return this.most.get() / (1024 * 1024);
		}

	}

}
