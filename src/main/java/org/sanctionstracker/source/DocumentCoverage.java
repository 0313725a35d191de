package org.sanctionstracker.source;

import java.util.Locale;

/**
 * How far a document is coded: of its sentences that name a sanction-like act, how many
 * records cite, how many an analyst decided are not a record, and how many are open.
 *
 * @param documentId the document
 * @param sentences the sentences naming a sanction-like act
 * @param cited those a record cites
 * @param decided those decided not a record (and not cited)
 * @param open the rest
 */
public record DocumentCoverage(long documentId, int sentences, int cited, int decided, int open) {

	/**
	 * The share decided: cited or decided not a record, of all such sentences.
	 * @return from 0 to 1; 1 for a document without such sentences
	 */
	public double share() {
		return (this.sentences == 0) ? 1.0 : (this.cited + this.decided) / (double) this.sentences;
	}

	/**
	 * The share decided in whole percent, rounded down so that 100 % means every
	 * sentence.
	 * @return from 0 to 100
	 */
	public int percent() {
		return (this.sentences == 0) ? 100 : (int) Math.floor(100.0 * (this.cited + this.decided) / this.sentences);
	}

	/**
	 * The coverage in words, e.g. "92 % decided: 40 cited, 6 decided not a record, 4 open
	 * of 50 sentences naming a sanction-like act".
	 * @return the sentence
	 */
	public String describe() {
		if (this.sentences == 0) {
			return "No sentence names a sanction-like act.";
		}
		return String.format(Locale.ENGLISH,
				"%d %% decided: %d cited, %d decided not a record, %d open, of %d sentences naming a sanction-like act.",
				percent(), this.cited, this.decided, this.open, this.sentences);
	}

}
