package org.sanctionstracker.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the source documents that evidence is quoted from.
 */
@Service
@Transactional(readOnly = true)
public class SourceDocumentService {

	private final SourceDocumentRepository repository;

	private final EvidenceRepository evidence;

	SourceDocumentService(SourceDocumentRepository repository, EvidenceRepository evidence) {
		this.repository = repository;
		this.evidence = evidence;
	}

	/**
	 * One page of documents, without their texts, sorted as asked.
	 * @param pageable page and sort (by the properties of {@link SourceDocumentSummary})
	 * @return the page
	 */
	public Page<SourceDocumentSummary> list(Pageable pageable) {
		return this.repository.findSummaries(pageable);
	}

	/**
	 * A document with its full text.
	 * @param id the document's id
	 * @return the document, if it exists
	 */
	public Optional<SourceDocument> get(long id) {
		return this.repository.findById(id);
	}

	/**
	 * Every passage of a document that records cite, in text order (passages may
	 * overlap).
	 * @param documentId the document
	 * @return the passages
	 */
	public List<EvidenceItem> citedPassages(long documentId) {
		return this.evidence.findPassagesOf(documentId);
	}

	/**
	 * A cited passage with the text around it.
	 * @param evidenceId the passage
	 * @param context how many characters to show on each side, at most
	 * @return the passage in context, if it exists and is located in a document (a
	 * citation by URL has no context)
	 */
	public Optional<PassageInContext> passage(long evidenceId, int context) {
		return this.evidence.findItem(evidenceId)
			.filter((item) -> item.documentId() != null)
			.flatMap((item) -> this.repository.findById(item.documentId())
				.map((document) -> PassageInContext.of(item, document.getText(), context)));
	}

}
