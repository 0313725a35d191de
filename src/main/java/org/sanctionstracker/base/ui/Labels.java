package org.sanctionstracker.base.ui;

import java.util.Locale;
import java.util.Set;

/**
 * Words for people in place of enum names: {@code UN_REGIME} reads "UN regime",
 * {@code BLOG_POST} "Blog post". Enums that carry their own {@code label()} (measure
 * types, event kinds, enforcement kinds) should use it instead.
 */
public final class Labels {

	private static final Set<String> ACRONYMS = Set.of("UN", "EU", "US", "UK", "NGO", "ISO");

	private Labels() {
	}

	/**
	 * The name of a constant as words: first word capitalised, acronyms kept.
	 * @param value the constant, or {@code null}
	 * @return the words, or an empty text for {@code null}
	 */
	public static String humanize(Enum<?> value) {
		if (value == null) {
			return "";
		}
		String[] words = value.name().split("_");
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (i > 0) {
				text.append(' ');
			}
			if (ACRONYMS.contains(word)) {
				text.append(word);
			}
			else if (i == 0) {
				text.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
			}
			else {
				text.append(word.toLowerCase(Locale.ROOT));
			}
		}
		return text.toString();
	}

	/**
	 * A number of things in words, singular or plural as the number needs: "1 measure",
	 * "2 measures", "0 measures".
	 * @param count how many
	 * @param singular what one is called
	 * @param plural what several are called
	 * @return the count and the noun
	 */
	public static String count(long count, String singular, String plural) {
		return count + " " + ((count == 1) ? singular : plural);
	}

}
