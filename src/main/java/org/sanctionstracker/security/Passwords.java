package org.sanctionstracker.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.sanctionstracker.base.InvalidInputException;

/**
 * The password rules: 10 to 64 characters and at most 72 bytes in UTF-8 (what BCrypt
 * hashes).
 */
public final class Passwords {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/**
	 * Refuses a password that breaks the rules.
	 * @param field the draft property to report the reason on
	 * @param password the password
	 * @throws InvalidInputException with the reason
	 */
	static void check(String field, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInputException(field, "A password needs at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidInputException(field,
					"A password can have at most " + MAX_LENGTH + " characters (" + MAX_BYTES + " bytes)");
		}
		if (password.isBlank()) {
			throw new InvalidInputException(field, "A password cannot be only spaces");
		}
	}

	/**
	 * A random password of 20 characters without look-alike letters.
	 * @return the password
	 */
	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
