package org.sanctionstracker.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SentenceDecisionRepository extends JpaRepository<SentenceDecision, Long> {

	@Query("select d from SentenceDecision d where d.document.id = :documentId")
	List<SentenceDecision> findByDocumentId(long documentId);

	@Query("select d from SentenceDecision d where d.document.id = :documentId and d.startOffset = :start"
			+ " and d.endOffset = :end")
	Optional<SentenceDecision> findSentence(long documentId, int start, int end);

}
