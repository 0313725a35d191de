package org.sanctionstracker.base;

import java.util.Locale;

/**
 * Turns what a user typed into a case-insensitive SQL {@code LIKE} pattern.
 */
public final class TextSearch {

	/** The escape character the patterns use. */
	public static final char ESCAPE = '\\';

	private TextSearch() {
	}

	/**
	 * A lower-case "contains" pattern with {@code %}, {@code _} and {@code \} escaped.
	 * @param text what the user typed
	 * @return the pattern, or {@code null} when the text is blank
	 */
	public static String containsPattern(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
