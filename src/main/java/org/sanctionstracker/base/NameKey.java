package org.sanctionstracker.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as uniqueness rules compare it: Unicode-composed, trimmed, every run of spaces
 * (line breaks, tabs, non-breaking spaces) made one space, and case-folded. "Japan", "
 * japan " and "JAPAN" have the same key, so they are one name. Entities keep the key of
 * their name in a column of its own, which a unique constraint backs.
 */
public final class NameKey {

	/**
	 * The longest key a column holds: case folding and composition may make a key longer
	 * than its name.
	 */
	public static final int MAX_LENGTH = 1000;

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200B\\u3000]+");

	private NameKey() {
	}

	/**
	 * The key of a name.
	 * @param name the name, or {@code null}
	 * @return its key, or {@code null} when the name is {@code null} or blank
	 */
	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String spaced = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
		if (spaced.isEmpty()) {
			return null;
		}
		return spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

}
