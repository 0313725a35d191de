package org.sanctionstracker.source;

/**
 * Where a sentence naming a sanction-like act stands in its document's coverage.
 */
public enum SentenceState {

	/** A record's evidence quote overlaps it. */
	CITED("Cited"),
	/**
	 * No record cites it, and an analyst decided, with a reason, that it is not a record.
	 */
	DECIDED("Decided not a record"),
	/** Neither: still to be coded or decided. */
	OPEN("Open");

	private final String label;

	SentenceState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
