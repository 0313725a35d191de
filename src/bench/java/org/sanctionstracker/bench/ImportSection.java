package org.sanctionstracker.bench;

import java.util.List;

import org.sanctionstracker.exchange.ImportPlan;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportResult;
import org.sanctionstracker.exchange.ImportService;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import throughput: the whole-database export of the benchmark database imported into an
 * empty database of the same kind (Flyway-created, then emptied of the seed dataset so
 * that every record is new), preview and commit timed separately. One run each: every
 * run needs a fresh database.
 */
final class ImportSection {

	private static final List<String> TABLES = List.of("figure_evidence", "figure", "enforcement_action_evidence",
			"enforcement_action", "measure_event_evidence", "measure_event", "measure_evidence", "measure",
			"coalition_membership_evidence", "coalition_membership", "coalition_evidence", "coalition",
			"actor_evidence", "actor_alias", "actor", "evidence", "source_document", "rollup_event", "rollup_in_force",
			"rollup_measure", "rollup_enforcement", "measure_status_span", "counted_event", "counted_measure",
			"counted_enforcement");

	private ImportSection() {
	}

	static void run(byte[] file, BenchDatabase target, long expectedEvents, ObjectNode out) {
		target.drop();
		try (ConfigurableApplicationContext context = AppContexts.start(target)) {
			JdbcTemplate jdbc = AppContexts.jdbc(context);
			TABLES.forEach((table) -> jdbc.update("delete from " + table));
			ImportService imports = context.getBean(ImportService.class);
			long start = System.nanoTime();
			ImportPlan plan = imports.preview("database.json", file, ImportProgress.NONE);
			double previewMillis = (System.nanoTime() - start) / 1e6;
			int records = plan.preview().rows().size();
			out.put("file_bytes", file.length);
			out.put("records", records);
			out.put("issues", plan.preview().issues().size());
			if (!plan.preview().issues().isEmpty()) {
				out.put("first_issue", plan.preview().issues().get(0).toString());
				return;
			}
			start = System.nanoTime();
			ImportResult result = imports.commit(plan, ImportProgress.NONE);
			double commitMillis = (System.nanoTime() - start) / 1e6;
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

}
