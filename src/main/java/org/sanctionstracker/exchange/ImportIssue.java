package org.sanctionstracker.exchange;

/**
 * Why one record of an import file cannot be imported.
 *
 * @param location where the record is: a CSV row ("row 4", the header being row 1) or a
 * JSON path ("$.measures[2].events[0]"); "file" for the file as a whole
 * @param key the record's key, when it has one
 * @param field the field at fault, or {@code null} for the record as a whole
 * @param reason what is wrong, in words a user can act on
 */
public record ImportIssue(String location, String key, String field, String reason) {

	@Override
	public String toString() {
		return this.location + ((this.key != null) ? " (" + this.key + ")" : "")
				+ ((this.field != null) ? ", " + this.field : "") + ": " + this.reason;
	}

}
