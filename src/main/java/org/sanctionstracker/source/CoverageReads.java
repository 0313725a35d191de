package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.sanctionstracker.source.Sentences.Sentence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the stored coverage of documents ({@link CoverageUpdate} keeps it): one indexed
 * query each.
 */
@Component
class CoverageReads {

	/** A stored sanction-like sentence. */
	record Stored(Sentence sentence, List<String> terms, SentenceState state) {
	}

	private final JdbcTemplate jdbc;

	CoverageReads(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	Optional<DocumentCoverage> coverage(long documentId) {
		return coverages(List.of(documentId)).values().stream().findFirst();
	}

	Map<Long, DocumentCoverage> coverages(Collection<Long> documentIds) {
		Map<Long, DocumentCoverage> result = new HashMap<>();
		if (documentIds.isEmpty()) {
			return result;
		}
		String marks = String.join(", ", documentIds.stream().map((id) -> "?").toList());
		this.jdbc.query("select document_id, sentences, cited, decided, open_sentences from document_coverage"
				+ " where document_id in (" + marks + ")", (row) -> {
					DocumentCoverage coverage = new DocumentCoverage(row.getLong(1), row.getInt(2), row.getInt(3),
							row.getInt(4), row.getInt(5));
					result.put(coverage.documentId(), coverage);
				}, documentIds.toArray());
		return result;
	}

	List<Stored> sentences(long documentId, SentenceState state, int offset, int limit) {
		List<Object> arguments = new ArrayList<>(List.of(documentId));
		String where = "document_id = ?";
		if (state != null) {
			where += " and state = ?";
			arguments.add(state.name());
		}
		arguments.add(limit);
		arguments.add(offset);
		return this.jdbc.query(
				"select start_offset, end_offset, terms, state from document_sentence where " + where
						+ " order by start_offset limit ? offset ?",
				(row, i) -> new Stored(new Sentence(row.getInt(1), row.getInt(2)),
						Arrays.asList(row.getString(3).split(" ")), SentenceState.valueOf(row.getString(4))),
				arguments.toArray());
	}

	int count(long documentId, SentenceState state) {
		return (state == null)
				? this.jdbc.queryForObject("select count(*) from document_sentence where document_id = ?",
						Integer.class, documentId)
				: this.jdbc.queryForObject("select count(*) from document_sentence where document_id = ? and state = ?",
						Integer.class, documentId, state.name());
	}

}
