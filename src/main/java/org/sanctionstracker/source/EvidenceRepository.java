package org.sanctionstracker.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	Optional<Evidence> findByDocumentAndStartOffsetAndEndOffset(SourceDocument document, Integer startOffset,
			Integer endOffset);

	java.util.List<Evidence> findByDocument(SourceDocument document);

}
