package org.sanctionstracker.base;

/**
 * A record a user asked for (or referred to) does not exist, or no longer does.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String message) {
		super(message);
	}

}
