package org.sanctionstracker.api;

/**
 * A record the API was asked for does not exist; answered with HTTP 404.
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
