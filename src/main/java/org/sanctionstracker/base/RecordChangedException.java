package org.sanctionstracker.base;

/**
 * A save or delete against a record that someone else changed (or deleted) after the form
 * read it. The message says who changed it and when, so the user can reload and decide;
 * nothing was written.
 */
public class RecordChangedException extends RuntimeException {

	public RecordChangedException(String message) {
		super(message);
	}

}
