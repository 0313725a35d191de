package org.sanctionstracker.source;

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

	SourceDocumentService(SourceDocumentRepository repository) {
		this.repository = repository;
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

}
