package org.sanctionstracker.source;

/**
 * A cited passage as records show it.
 *
 * @param id the evidence id
 * @param documentId the document quoted, or {@code null} for a URL citation
 * @param documentTitle its title
 * @param quote the verbatim quote
 * @param startOffset where the quote starts in the document text
 * @param endOffset where it ends (exclusive)
 * @param url the document's or the citation's URL
 */
public record EvidenceItem(Long id, Long documentId, String documentTitle, String quote, Integer startOffset,
		Integer endOffset, String url) {

}
