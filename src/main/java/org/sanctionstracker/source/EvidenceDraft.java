package org.sanctionstracker.source;

/**
 * A citation as a form holds it: an evidence row already stored ({@code id}), a quote to
 * find in a stored document ({@code documentId} + {@code quote}), or a web address
 * ({@code url}).
 *
 * @param id the stored evidence, or {@code null} for a new citation
 * @param documentId the document quoted
 * @param documentTitle its title, for display
 * @param quote the verbatim quote
 * @param url the web address, for a URL citation
 * @param start where the quote starts in the document's stored text, when it was chosen
 * there (a passage selected in the reader), so that a quote occurring more than once
 * points to one place; {@code null} when it was pasted
 */
public record EvidenceDraft(Long id, Long documentId, String documentTitle, String quote, String url, Integer start) {

	public EvidenceDraft(Long id, Long documentId, String documentTitle, String quote, String url) {
		this(id, documentId, documentTitle, quote, url, null);
	}

	public static EvidenceDraft quote(Long documentId, String documentTitle, String quote) {
		return new EvidenceDraft(null, documentId, documentTitle, quote, null);
	}

	public static EvidenceDraft url(String url) {
		return new EvidenceDraft(null, null, null, null, url);
	}

	static EvidenceDraft of(Evidence evidence) {
		SourceDocument document = evidence.getDocument();
		return new EvidenceDraft(evidence.getId(), (document != null) ? document.getId() : null,
				(document != null) ? document.getTitle() : null, evidence.getQuote(),
				(document != null) ? null : evidence.getUrl());
	}

	/**
	 * How the citation reads in a list.
	 * @return the quote with its document, or the URL
	 */
	public String display() {
		if (this.quote != null) {
			return "\u201C" + ReadableText.plain(this.quote) + "\u201D \u2014 "
					+ ((this.documentTitle != null) ? this.documentTitle : "");
		}
		return (this.url != null) ? this.url : "";
	}

}
