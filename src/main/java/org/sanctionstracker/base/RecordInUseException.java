package org.sanctionstracker.base;

/**
 * A delete refused because other records still reference the record; the message names
 * them.
 */
public class RecordInUseException extends RuntimeException {

	public RecordInUseException(String message) {
		super(message);
	}

}
