package org.sanctionstracker.source;

import java.util.List;

/**
 * A sentence naming a sanction-like act, as the coverage view lists it.
 *
 * @param documentId its document
 * @param start its start offset in the document's stored text
 * @param end its end offset (exclusive)
 * @param text its stored text
 * @param terms the lexicon's words it names
 * @param state cited, decided not a record, or open
 * @param citing the records whose cited passages overlap it
 * @param decision the analyst's decision on it, if one was ever made (it may have been
 * withdrawn)
 */
public record SentenceItem(long documentId, int start, int end, String text, List<String> terms, SentenceState state,
		List<CitingRecord> citing, Decision decision) {

	/**
	 * A decision as the view shows and changes it.
	 *
	 * @param id the decision
	 * @param version its version, for changing it
	 * @param reason why the sentence is not a record, or {@code null} when withdrawn
	 */
	public record Decision(long id, long version, String reason) {

	}

	/** The text as a reader sees it, without Markdown marks. */
	public String shown() {
		return ReadableText.plain(this.text);
	}

}
