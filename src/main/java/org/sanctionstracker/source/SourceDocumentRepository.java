package org.sanctionstracker.source;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceDocumentRepository extends JpaRepository<SourceDocument, Long> {

	Optional<SourceDocument> findBySeedFile(String seedFile);

	boolean existsByTextSha256(String textSha256);

	/**
	 * Gives a shipped document its catalogue key when a database from before keys has
	 * none.
	 * @param seedFile the document's file under {@code seeds/}
	 * @param seedKey its catalogue key
	 */
	@Modifying
	@Query(value = "update source_document set seed_key = :seedKey where seed_file = :seedFile and seed_key is null",
			nativeQuery = true)
	void assignMissingSeedKey(String seedFile, String seedKey);

	@Query(value = """
			select new org.sanctionstracker.source.SourceDocumentSummary(
			    d.id, d.title, d.author, d.publisher, d.published, d.kind, length(d.text))
			from SourceDocument d
			""", countQuery = "select count(d) from SourceDocument d")
	Page<SourceDocumentSummary> findSummaries(Pageable pageable);

	@Query(value = """
			select new org.sanctionstracker.source.SourceDocumentSummary(
			    d.id, d.title, d.author, d.publisher, d.published, d.kind, length(d.text))
			from SourceDocument d where lower(d.title) like :pattern escape '\\'
			""", countQuery = "select count(d) from SourceDocument d where lower(d.title) like :pattern escape '\\'")
	Page<SourceDocumentSummary> findSummariesByTitle(String pattern, Pageable pageable);

	java.util.Optional<SourceDocument> findByTextSha256(String textSha256);

}
