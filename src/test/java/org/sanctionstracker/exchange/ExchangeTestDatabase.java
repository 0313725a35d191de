package org.sanctionstracker.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanctionstracker.source.SourceDocumentService;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers for the import tests: row counts of every table, the stored sentence decisions
 * and each document's coverage, and emptying the database.
 */
final class ExchangeTestDatabase {

	static final List<String> TABLES = List.of("source_document", "evidence", "actor", "actor_alias", "actor_evidence",
			"coalition", "coalition_evidence", "coalition_membership", "coalition_membership_evidence", "measure",
			"measure_evidence", "measure_event", "measure_event_evidence", "enforcement_action",
			"enforcement_action_evidence", "figure", "figure_evidence", "sentence_decision");

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

	/**
	 * The decisions that sentences are not records, as document key, sentence offsets,
	 * decision key and reason, in that order.
	 */
	static List<String> decisions(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select d.seed_key || ' ' || s.start_offset || '-' || s.end_offset || ' ' || s.seed_key || ': '
				    || s.reason
				from sentence_decision s join source_document d on d.id = s.document_id
				order by d.seed_key, s.start_offset""", String.class);
	}

	/** Each document's coverage in words, by document key. */
	static Map<String, String> coverages(JdbcTemplate jdbc, SourceDocumentService documents) {
		Map<String, String> coverages = new TreeMap<>();
		jdbc.query("select id, seed_key from source_document", (rs) -> {
			coverages.put(rs.getString(2), documents.coverage(rs.getLong(1)).orElseThrow().describe());
		});
		return coverages;
	}

	static String database(ExportService exports) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.exportDatabase(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
