package org.sanctionstracker.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	Optional<Evidence> findByDocumentAndStartOffsetAndEndOffset(SourceDocument document, Integer startOffset,
			Integer endOffset);

	@Query("select new org.sanctionstracker.source.EvidenceItem(ev.id, d.id, d.title, ev.quote, ev.startOffset,"
			+ " ev.endOffset, ev.url) from Evidence ev join ev.document d where d.id = :documentId"
			+ " order by ev.startOffset, ev.endOffset, ev.id")
	List<EvidenceItem> findPassagesOf(long documentId);

	@Query("select new org.sanctionstracker.source.EvidenceItem(ev.id, d.id, d.title, ev.quote, ev.startOffset,"
			+ " ev.endOffset, ev.url) from Evidence ev left join ev.document d where ev.id = :id")
	Optional<EvidenceItem> findItem(long id);

	List<Evidence> findByDocument(SourceDocument document);

}
