package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a document's sentences begin and end, as character offsets into its stored text
 * (the offsets evidence uses), decided once for the coverage of documents, the decisions
 * on sentences (form and import) and the views.
 *
 * <p>
 * A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (with the closing
 * quotation marks and brackets that follow) when whitespace and the start of a new
 * sentence follow: a capital, a digit, an opening quotation mark or bracket. A full stop
 * does not end a sentence after a known abbreviation ({@code Mr.}, {@code No.},
 * {@code Jan.}, {@code e.g.}; {@link #ABBREVIATIONS}) or an initial ({@code Leon V.
 * Sigal}); after an abbreviation written with dots ({@code U.S.}, {@code D.P.R.K.}) it
 * ends one only when a word that usually opens a sentence follows ({@code The},
 * {@code It}, {@code But}, …). A heading or list item line is a sentence of its own; a
 * blank line ends a sentence, unless the text before it stops in mid-sentence and the
 * text after it goes on in lower case (a page break inside a sentence).
 */
public final class Sentences {

	/** A sentence: its offsets in the stored text, end exclusive. */
	public record Sentence(int start, int end) {

		/**
		 * Whether a passage lies inside this sentence.
		 * @param from the passage's start
		 * @param to its end (exclusive)
		 * @return whether it does
		 */
		public boolean contains(int from, int to) {
			return this.start <= from && to <= this.end;
		}

		/**
		 * Whether a passage shares at least one character with this sentence.
		 * @param from the passage's start
		 * @param to its end (exclusive)
		 * @return whether it does
		 */
		public boolean overlaps(int from, int to) {
			return from < this.end && to > this.start;
		}

		/**
		 * The sentence's stored text.
		 * @param text the document's text
		 * @return the sentence
		 */
		public String in(String text) {
			return text.substring(this.start, this.end);
		}

	}

	/**
	 * Abbreviations that end with a full stop inside a sentence (compared in lower case,
	 * without the stop).
	 */
	static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col",
			"lt", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov", "pres", "amb", "hon", "rev", "no", "nos", "art",
			"arts", "para", "paras", "sec", "vol", "vols", "pp", "p", "ch", "fig", "jan", "feb", "mar", "apr", "jun",
			"jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "inc",
			"ltd", "co", "corp", "bros", "vs", "v", "cf", "e.g", "i.e", "approx", "est", "dept", "univ", "assn", "intl",
			"natl", "govt", "mt", "ft", "op", "ed", "eds", "al");

	/**
	 * Words that usually open a sentence: after an abbreviation written with dots
	 * ({@code U.S.}) one of them means the sentence ended there.
	 */
	static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its", "he",
			"she", "they", "we", "i", "you", "his", "her", "their", "our", "but", "and", "yet", "so", "still",
			"however", "in", "on", "at", "as", "if", "when", "while", "after", "before", "since", "then", "there",
			"what", "why", "how", "one", "even", "now", "meanwhile", "instead", "moreover", "nor", "of", "for", "under",
			"once", "unlike", "with", "without", "last", "next");

	private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";

	private static final String OPENING = "\"'\u201C\u2018([\u00AB";

	private Sentences() {
	}

	/**
	 * The sentences of a text, in order; whitespace between them belongs to none.
	 * @param text the stored text
	 * @return the sentences
	 */
	public static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int length = text.length();
		int start = skipSpace(text, 0);
		int at = start;
		while (at < length) {
			char c = text.charAt(at);
			if (c == '\n') {
				int next = skipSpace(text, at);
				boolean blankLine = text.substring(at, next).chars().filter((ch) -> ch == '\n').count() >= 2;
				boolean lineOfItsOwn = lineStartsBlock(text, next) || isHeading(text, start);
				if (next >= length || lineOfItsOwn || (blankLine && !continues(text, start, at, next))) {
					add(sentences, text, start, at);
					start = next;
				}
				at = next;
				continue;
			}
			if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
				int end = at + 1;
				while (end < length && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?'
						|| text.charAt(end) == '\u2026')) {
					end++;
				}
				while (end < length && CLOSERS.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				if (end >= length) {
					add(sentences, text, start, end);
					start = length;
					at = length;
					continue;
				}
				if (isSpace(text.charAt(end)) && endsHere(text, start, at, end)) {
					add(sentences, text, start, end);
					start = skipSpace(text, end);
					at = start;
					continue;
				}
				at = end;
				continue;
			}
			at++;
		}
		add(sentences, text, start, length);
		return sentences;
	}

	/**
	 * The sentence a passage lies in.
	 * @param text the stored text
	 * @param from the passage's start
	 * @param to its end (exclusive)
	 * @return the sentence, or empty when the passage runs over more than one sentence
	 * (or lies between two)
	 */
	public static Optional<Sentence> containing(String text, int from, int to) {
		return split(text).stream().filter((sentence) -> sentence.contains(from, to)).findFirst();
	}

	/**
	 * Whether the terminator at {@code stop} (followed by whitespace) ends a sentence.
	 */
	private static boolean endsHere(String text, int start, int stop, int after) {
		int next = skipSpace(text, after);
		if (next >= text.length()) {
			return true;
		}
		if (!startsSentence(text, next)) {
			return false;
		}
		if (text.charAt(stop) != '.') {
			return true;
		}
		// the word before the full stop, with inner dots (U.S, e.g)
		int wordStart = stop;
		while (wordStart > start
				&& (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || (text.charAt(wordStart - 1) == '.'
						&& wordStart - 1 > start && Character.isLetter(text.charAt(wordStart - 2))))) {
			wordStart--;
		}
		String word = text.substring(wordStart, stop);
		if (word.isEmpty()) {
			return true;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(lower)) {
			return false;
		}
		boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
		boolean dotted = word.indexOf('.') > 0;
		if (initial || dotted) {
			return OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
		}
		return true;
	}

	/** Whether a new sentence can start at this character. */
	private static boolean startsSentence(String text, int at) {
		char c = text.charAt(at);
		if (Character.isUpperCase(c) || Character.isDigit(c) || c == '#' || c == '*' || c == '-' || c == '$') {
			return true;
		}
		if (OPENING.indexOf(c) >= 0) {
			int inner = at + 1;
			while (inner < text.length() && OPENING.indexOf(text.charAt(inner)) >= 0) {
				inner++;
			}
			return inner < text.length() && !Character.isLowerCase(text.charAt(inner));
		}
		return false;
	}

	private static String nextWord(String text, int at) {
		int from = at;
		while (from < text.length() && OPENING.indexOf(text.charAt(from)) >= 0) {
			from++;
		}
		int to = from;
		while (to < text.length() && Character.isLetter(text.charAt(to))) {
			to++;
		}
		return text.substring(from, to);
	}

	/**
	 * Whether the text from {@code start} to a blank line goes on after it: it stops
	 * without a terminator and the next line starts in lower case.
	 */
	private static boolean continues(String text, int start, int lineEnd, int next) {
		if (next >= text.length() || isHeading(text, start)) {
			return false;
		}
		int last = lineEnd - 1;
		while (last > start && isSpace(text.charAt(last))) {
			last--;
		}
		char end = text.charAt(last);
		boolean open = Character.isLetterOrDigit(end) || end == ',' || end == ';' || end == '-' || end == '\u2013';
		return open && Character.isLowerCase(text.charAt(next));
	}

	/** Whether the line at this offset is a Markdown heading. */
	private static boolean isHeading(String text, int at) {
		return at < text.length() && (at == 0 || text.charAt(at - 1) == '\n') && text.charAt(at) == '#';
	}

	/** Whether the line at this offset is a Markdown heading, list item or quote. */
	private static boolean lineStartsBlock(String text, int at) {
		if (at >= text.length() || (at > 0 && text.charAt(at - 1) != '\n')) {
			return false;
		}
		char c = text.charAt(at);
		if (c == '#' || c == '>') {
			return true;
		}
		return (c == '-' || c == '*' || c == '+') && at + 1 < text.length() && text.charAt(at + 1) == ' ';
	}

	/** Whitespace, including the no-break space texts copied from the web have. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static int skipSpace(String text, int at) {
		int i = at;
		while (i < text.length() && isSpace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		int to = end;
		while (to > start && isSpace(text.charAt(to - 1))) {
			to--;
		}
		if (to > start) {
			sentences.add(new Sentence(start, to));
		}
	}

}
