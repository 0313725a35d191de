package org.sanctionstracker.base;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

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

	/**
	 * Whether any of the expressions contains the pattern, ignoring case.
	 * @param cb the criteria builder
	 * @param pattern a lower-case LIKE pattern from {@link #containsPattern}
	 * @param texts the string expressions
	 * @return the predicate
	 */
	public static Predicate anyContains(CriteriaBuilder cb, String pattern, List<Expression<String>> texts) {
		return cb.or(texts.stream().map((text) -> cb.like(cb.lower(text), pattern, ESCAPE)).toArray(Predicate[]::new));
	}

}
