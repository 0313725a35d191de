package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a fresh start, both seed documents are 100 % decided: every sentence that names a
 * sanction-like act is cited by a record of the seed dataset or carries a stored decision
 * from {@code seeds/dataset/decisions.yaml}. When one is not, the message lists the open
 * sentences with their offsets, so that they can be coded or decided.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class SeedCoverageTests {

	@Autowired
	SourceDocumentService documents;

	@Test
	void both_seed_documents_are_one_hundred_percent_decided_on_a_fresh_start() {
		List<SourceDocumentSummary> seeds = this.documents.list(PageRequest.of(0, 10)).getContent();
		assertThat(seeds).hasSize(2);
		List<String> open = new ArrayList<>();
		for (SourceDocumentSummary document : seeds) {
			DocumentCoverage coverage = this.documents.coverage(document.id()).orElseThrow();
			assertThat(coverage.sentences()).as(document.title()).isGreaterThan(10);
			this.documents.sentences(document.id(), SentenceState.OPEN, 0, 1000)
				.forEach((sentence) -> open.add(document.title() + " [" + sentence.start() + "\u2013" + sentence.end()
						+ "] (" + String.join(", ", sentence.terms()) + ") " + sentence.shown()));
		}
		assertThat(open)
			.as("Open sentences of the seed documents: cite them from a record of seeds/dataset/ or"
					+ " decide them in seeds/dataset/decisions.yaml")
			.isEmpty();
		for (SourceDocumentSummary document : seeds) {
			DocumentCoverage coverage = this.documents.coverage(document.id()).orElseThrow();
			assertThat(coverage.percent()).as(coverage.describe()).isEqualTo(100);
			assertThat(coverage.cited() + coverage.decided()).isEqualTo(coverage.sentences());
		}
	}

}
