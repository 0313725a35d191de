package org.sanctionstracker.api;

/**
 * A request the API cannot answer because of what it asks for; answered with HTTP 400 and
 * the message.
 */
class BadRequestException extends RuntimeException {

	BadRequestException(String message) {
		super(message);
	}

}
