package org.sanctionstracker.exchange;

/**
 * What an import does to one record.
 */
public enum ImportChange {

	/** The key is not in the database: the record is added. */
	NEW("New"),
	/** The record is in the database and the file changes it. */
	CHANGED("Changed"),
	/** The record is in the database exactly as the file has it. */
	UNCHANGED("Unchanged");

	private final String label;

	ImportChange(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
