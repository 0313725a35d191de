package org.sanctionstracker.source;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the source-document tables and queries must do on every supported database
 * ({@link SourceDocumentPersistenceTests} runs it on H2 and PostgreSQL); Flyway builds
 * the schema there.
 */
@Transactional // Spring looks for it on the class declaring the test method: each test
				// rolls back
abstract class SourceDocumentPersistenceContract {

	@Autowired
	SourceDocumentRepository repository;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flyway_created_the_schema_that_hibernate_validated() {
		Integer applied = this.jdbc
			.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
		assertThat(applied).isPositive();
	}

	@Test
	void a_partial_date_survives_the_round_trip_with_its_precision() {
		SourceDocument saved = this.repository
			.saveAndFlush(document("Blog", SourceKind.BLOG_POST, "2016-02", "text a"));
		this.entityManager.clear();

		SourceDocument loaded = this.repository.findById(saved.getId()).orElseThrow();

		assertThat(loaded.getPublished()).isEqualTo(PartialDate.ofMonth(2016, 2));
		assertThat(loaded.getPublished().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(loaded.getTextSha256()).isEqualTo(SourceDocument.sha256("text a")).hasSize(64);
	}

	@Test
	void an_unknown_date_is_stored_without_a_lower_bound() {
		SourceDocument saved = this.repository.saveAndFlush(document("Undated", SourceKind.NEWS, "", "text b"));
		this.entityManager.clear();

		assertThat(this.repository.findById(saved.getId()).orElseThrow().getPublished())
			.isEqualTo(PartialDate.unknown());
	}

	@Test
	void summaries_are_sorted_and_paged_by_the_database_and_carry_the_text_length() {
		this.repository.save(document("Beta", SourceKind.ESSAY, "2009", "12345"));
		this.repository.save(document("Alpha", SourceKind.REPORT, "2010", "123"));
		this.repository.saveAndFlush(document("Gamma", SourceKind.NEWS, "2011-05-04", "1234567"));

		List<SourceDocumentSummary> firstPage = this.repository.findSummaries(PageRequest.of(0, 2, Sort.by("title")))
			.getContent();

		assertThat(firstPage).extracting(SourceDocumentSummary::title).containsExactly("Alpha", "Beta");
		assertThat(firstPage).extracting(SourceDocumentSummary::length).containsExactly(3, 5);
		assertThat(this.repository.findSummaries(PageRequest.of(1, 2, Sort.by("published.lowerBound").descending()))
			.getContent()).extracting(SourceDocumentSummary::title).containsExactly("Beta");
	}

	@Test
	void the_same_text_cannot_be_stored_twice() {
		this.repository.saveAndFlush(document("One", SourceKind.ESSAY, "2009", "same text"));

		assertThatThrownBy(() -> this.repository.saveAndFlush(document("Two", SourceKind.NEWS, "2010", "same text")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	static SourceDocument document(String title, SourceKind kind, String published, String text) {
		return new SourceDocument(title, kind, PartialDate.parse(published), text);
	}

}
