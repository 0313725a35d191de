package org.sanctionstracker.source;

/**
 * A cited passage with the text around it, for showing it highlighted where it stands in
 * its document.
 *
 * @param evidenceId the passage's id
 * @param documentId the document
 * @param documentTitle its title
 * @param before the text before the passage (from a word boundary), prefixed with "…"
 * when the document goes on before it
 * @param quote the passage itself
 * @param after the text after the passage (to a word boundary), followed by "…" when the
 * document goes on after it
 */
public record PassageInContext(Long evidenceId, Long documentId, String documentTitle, String before, String quote,
		String after) {

	/**
	 * Cuts a passage and its surroundings out of a document's text.
	 * @param evidence the passage (located in a document)
	 * @param text the document's text
	 * @param context how many characters to show on each side, at most
	 * @return the passage in context
	 */
	static PassageInContext of(EvidenceItem evidence, String text, int context) {
		int start = evidence.startOffset();
		int end = evidence.endOffset();
		int from = Math.max(0, start - context);
		int to = Math.min(text.length(), end + context);
		// do not cut a word in two
		while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
			from++;
		}
		while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
			to--;
		}
		String before = ((from > 0) ? "…" : "") + text.substring(from, start);
		String after = text.substring(end, to) + ((to < text.length()) ? "…" : "");
		return new PassageInContext(evidence.id(), evidence.documentId(), evidence.documentTitle(), before,
				text.substring(start, end), after);
	}

}
