package org.sanctionstracker.source;

import org.springframework.stereotype.Component;

/**
 * The rules a source document keeps across records, in one place: one text is stored once
 * (compared by its SHA-256, {@code uk_source_document_sha256}), and a stored text never
 * changes, since quotes are located in it by position. The document form's service and
 * the importer call them.
 */
@Component
public class DocumentRules {

	/** How a change to a stored document's text is refused. */
	public static final String TEXT_FIXED = "The text of a stored document cannot change: quotes are located in it"
			+ " by position. Add the new text as a new document.";

	private final SourceDocumentRepository documents;

	DocumentRules(SourceDocumentRepository documents) {
		this.documents = documents;
	}

	/**
	 * Why a text cannot be stored as a new document, or {@code null} when it can.
	 * @param text the text
	 * @return the reason (naming the document that has it), or {@code null}
	 */
	public String newTextProblem(String text) {
		if (text == null) {
			return null;
		}
		return this.documents.findByTextSha256(SourceDocument.sha256(text))
			.map((same) -> "This text is already stored as \"" + same.getTitle() + "\"")
			.orElse(null);
	}

	/**
	 * Why a stored document cannot take this text, or {@code null} when it is its own.
	 * @param document the stored document
	 * @param text the text given for it
	 * @return {@link #TEXT_FIXED}, or {@code null}
	 */
	public static String changedTextProblem(SourceDocument document, String text) {
		return (text != null && !document.getTextSha256().equals(SourceDocument.sha256(text))) ? TEXT_FIXED : null;
	}

}
