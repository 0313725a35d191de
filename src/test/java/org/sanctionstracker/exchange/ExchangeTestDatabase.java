package org.sanctionstracker.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers for the import tests: row counts of every table, and emptying the database.
 */
final class ExchangeTestDatabase {

	static final List<String> TABLES = List.of("source_document", "evidence", "actor", "actor_alias", "actor_evidence",
			"coalition", "coalition_evidence", "coalition_membership", "coalition_membership_evidence", "measure",
			"measure_evidence", "measure_event", "measure_event_evidence", "enforcement_action",
			"enforcement_action_evidence", "figure", "figure_evidence");

	private ExchangeTestDatabase() {
	}

	static Map<String, Integer> counts(JdbcTemplate jdbc) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

	static void empty(JdbcTemplate jdbc) {
		for (String table : List.of("sentence_decision", "figure_evidence", "figure", "enforcement_action_evidence",
				"enforcement_action", "measure_event_evidence", "measure_event", "measure_evidence", "measure",
				"coalition_membership_evidence", "coalition_membership", "coalition_evidence", "coalition",
				"actor_evidence", "actor_alias", "actor", "evidence", "source_document")) {
			jdbc.update("delete from " + table);
		}
	}

	static String database(ExportService exports) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.exportDatabase(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
