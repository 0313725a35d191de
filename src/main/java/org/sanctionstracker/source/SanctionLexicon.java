package org.sanctionstracker.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The words of the field that make a sentence "sanction-like" (impose, ban, embargo,
 * freeze, suspend, relax, lift, …, each with its inflections), read from a lexicon file:
 * by default {@code coverage/sanction-lexicon.txt}, which says where its words come from;
 * {@code tracker.coverage.lexicon} points at another. Words are matched whole, ignoring
 * case; a hyphenated word is matched by each of its parts.
 */
public final class SanctionLexicon {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern ENTRY = Pattern.compile("\\s*([\\p{L}-]+)\\s*:\\s*(.+)");

	/** Each form, lower case, to its lemma. */
	private final Map<String, String> lemmas;

	private final String sha256;

	private SanctionLexicon(Map<String, String> lemmas, String sha256) {
		this.lemmas = Collections.unmodifiableMap(lemmas);
		this.sha256 = sha256;
	}

	/**
	 * Reads a lexicon file.
	 * @param resource the file
	 * @return the lexicon
	 * @throws IllegalStateException naming the file and line when it cannot be read
	 */
	public static SanctionLexicon read(Resource resource) {
		String text;
		try {
			text = resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sanction lexicon " + resource.getDescription() + " cannot be read", ex);
		}
		return parse(text, resource.getDescription());
	}

	/**
	 * Reads a lexicon from its text.
	 * @param text the file's text
	 * @param name what to call the file in a message
	 * @return the lexicon
	 * @throws IllegalStateException naming the line that is not an entry
	 */
	public static SanctionLexicon parse(String text, String name) {
		Map<String, String> lemmas = new HashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher entry = ENTRY.matcher(line);
			if (!entry.matches()) {
				throw new IllegalStateException("The sanction lexicon " + name + " has a line " + (i + 1)
						+ " that is not \"lemma: form form …\": " + line);
			}
			String lemma = entry.group(1).toLowerCase(Locale.ROOT);
			for (String form : entry.group(2).strip().split("\\s+")) {
				lemmas.putIfAbsent(form.toLowerCase(Locale.ROOT), lemma);
			}
		}
		if (lemmas.isEmpty()) {
			throw new IllegalStateException("The sanction lexicon " + name + " names no words");
		}
		return new SanctionLexicon(lemmas, SourceDocument.sha256(text));
	}

	/**
	 * The lexicon's lemmas a text names, in the order they first occur.
	 * @param text a sentence
	 * @return the lemmas, empty when the text names no sanction-like act
	 */
	public List<String> terms(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			String lemma = this.lemmas.get(word.group().toLowerCase(Locale.ROOT));
			if (lemma != null) {
				found.add(lemma);
			}
		}
		return new ArrayList<>(found);
	}

	/**
	 * The SHA-256 of the lexicon's text: stored sentences derived with another lexicon
	 * are derived again.
	 * @return the hex digest
	 */
	public String sha256() {
		return this.sha256;
	}

	/**
	 * How many word forms the lexicon holds.
	 * @return the count
	 */
	public int size() {
		return this.lemmas.size();
	}

}
