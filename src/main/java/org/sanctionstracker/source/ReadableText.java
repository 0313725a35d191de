package org.sanctionstracker.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's stored text as a reader sees it. Source texts are kept exactly as they
 * came (evidence offsets and the SHA-256 depend on it), and some came as Markdown:
 * headings ({@code ### Japan}), emphasis ({@code *Gaullists*}, {@code **…**}), escapes
 * ({@code \$300}), bullet lists, quotes, links. This class reads that markup without
 * changing the text: every character of the stored text is either shown or is markup, and
 * every shown character keeps its offset in the stored text. So a passage (an offset
 * range in the stored text) is marked exactly on the characters shown, and a quote copied
 * from the shown text can be found back in the stored one.
 *
 * <p>
 * Only the common subset of Markdown is read; anything else stays as written. Text
 * without markup is shown unchanged.
 */
public final class ReadableText {

	/** How a block of text is shown. */
	public enum Kind {

		/** A heading, with its level from 1 ({@code #}) to 6. */
		HEADING,
		/** A paragraph. */
		PARAGRAPH,
		/** An item of a bullet list; consecutive items form one list. */
		LIST_ITEM,
		/** A quoted paragraph ({@code > …}). */
		QUOTE,
		/** A thematic break ({@code ---}). */
		RULE

	}

	/**
	 * A run of shown characters that are consecutive in the stored text and look the
	 * same.
	 *
	 * @param start the offset of its first character in the stored text
	 * @param text the characters shown (they are the stored text from {@code start} to
	 * {@code start + text.length()})
	 * @param strong shown in bold
	 * @param emphasis shown in italics
	 * @param href the address it links to, or {@code null}
	 */
	public record Run(int start, String text, boolean strong, boolean emphasis, String href) {

		/** The offset after its last character in the stored text. */
		public int end() {
			return this.start + this.text.length();
		}

	}

	/**
	 * A heading, paragraph, list item, quote or rule.
	 *
	 * @param kind what it is
	 * @param level a heading's level (1 to 6), 0 otherwise
	 * @param runs its shown text
	 */
	public record Block(Kind kind, int level, List<Run> runs) {

		/** The text shown, as one string. */
		public String text() {
			StringBuilder text = new StringBuilder();
			this.runs.forEach((run) -> text.append(run.text()));
			return text.toString();
		}

	}

	private static final int STRONG = 1;

	private static final int EMPHASIS = 2;

	private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");

	private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");

	private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+][ \\t]+");

	private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");

	private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");

	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\(([^()\\s]+)\\)");

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private final String raw;

	/** Whether each stored character is markup, not shown. */
	private final boolean[] hidden;

	/** Each stored character's look (bits {@link #STRONG}, {@link #EMPHASIS}). */
	private final int[] style;

	/** The link each stored character belongs to, or {@code null}. */
	private final String[] href;

	private final List<Block> blocks = new ArrayList<>();

	/** Whether the text is a piece cut out of a longer one (a quote). */
	private final boolean fragment;

	private ReadableText(String raw, boolean fragment) {
		this.raw = raw;
		this.fragment = fragment;
		this.hidden = new boolean[raw.length()];
		this.style = new int[raw.length()];
		this.href = new String[raw.length()];
		parse();
	}

	/**
	 * Reads a stored text.
	 * @param raw the text as stored
	 * @return the text as a reader sees it
	 */
	public static ReadableText of(String raw) {
		return new ReadableText((raw != null) ? raw : "", false);
	}

	/**
	 * Reads a piece cut out of a stored text, such as a quote with the words around it:
	 * emphasis whose other half lies outside the piece is left out as markup too.
	 * @param raw the piece as stored
	 * @return the piece as a reader sees it
	 */
	public static ReadableText ofFragment(String raw) {
		return new ReadableText((raw != null) ? raw : "", true);
	}

	/**
	 * A quote or other short text as a reader sees it, on one line: markup left out
	 * ({@code \$300} reads {@code $300}, {@code *Gaullists*} reads {@code Gaullists}).
	 * @param raw the text as stored
	 * @return the text shown
	 */
	public static String plain(String raw) {
		return (raw == null) ? null : ofFragment(raw).shown();
	}

	/**
	 * The headings, paragraphs, list items, quotes and rules, in order.
	 * @return the blocks
	 */
	public List<Block> blocks() {
		return this.blocks;
	}

	/**
	 * The stored text without its markup: what a reader sees, line breaks included.
	 * @return the shown characters, in order
	 */
	public String shown() {
		StringBuilder shown = new StringBuilder(this.raw.length());
		for (int i = 0; i < this.raw.length(); i++) {
			if (!this.hidden[i]) {
				shown.append(this.raw.charAt(i));
			}
		}
		return shown.toString();
	}

	/**
	 * Where a passage of the shown text lies in the stored text.
	 * @param shownStart the passage's start in {@link #shown()}
	 * @param shownEnd its end (exclusive), after its start
	 * @return the stored offsets {@code [start, end)}: from its first shown character to
	 * after its last one
	 */
	public int[] storedRange(int shownStart, int shownEnd) {
		if (shownStart < 0 || shownEnd <= shownStart) {
			throw new IllegalArgumentException("Not a passage: " + shownStart + " to " + shownEnd);
		}
		int start = -1;
		int end = -1;
		int index = 0;
		for (int i = 0; i < this.raw.length() && index < shownEnd; i++) {
			if (this.hidden[i]) {
				continue;
			}
			if (index == shownStart) {
				start = i;
			}
			if (index == shownEnd - 1) {
				end = i + 1;
			}
			index++;
		}
		if (start < 0 || end < 0) {
			throw new IllegalArgumentException("The passage lies past the end of the text");
		}
		return new int[] { start, end };
	}

	private void parse() {
		List<int[]> lines = lines();
		Kind open = null;
		int openLevel = 0;
		int openStart = -1;
		int openEnd = -1;
		for (int[] line : lines) {
			int from = line[0];
			int to = line[1];
			String text = this.raw.substring(from, to);
			if (text.isBlank()) {
				openStart = close(open, openLevel, openStart, openEnd);
				open = null;
				continue;
			}
			Matcher rule = RULE.matcher(text);
			Matcher heading = HEADING.matcher(text);
			Matcher bullet = BULLET.matcher(text);
			Matcher quote = QUOTE.matcher(text);
			if (rule.find()) {
				openStart = close(open, openLevel, openStart, openEnd);
				open = null;
				hide(from, to);
				this.blocks.add(new Block(Kind.RULE, 0, List.of()));
			}
			else if (heading.find()) {
				openStart = close(open, openLevel, openStart, openEnd);
				open = null;
				hide(from, from + heading.end());
				int end = to;
				Matcher closing = CLOSING_HASHES.matcher(text);
				if (closing.find() && closing.start() >= heading.end()) {
					hide(from + closing.start(), to);
					end = from + closing.start();
				}
				inline(from + heading.end(), end);
				this.blocks.add(new Block(Kind.HEADING, heading.group(1).length(), runs(from + heading.end(), end)));
			}
			else if (bullet.find()) {
				openStart = close(open, openLevel, openStart, openEnd);
				hide(from, from + bullet.end());
				open = Kind.LIST_ITEM;
				openStart = from + bullet.end();
				openEnd = to;
			}
			else if (quote.find() && open != Kind.PARAGRAPH && open != Kind.LIST_ITEM) {
				hide(from, from + quote.end());
				if (open != Kind.QUOTE) {
					openStart = close(open, openLevel, openStart, openEnd);
					open = Kind.QUOTE;
					openStart = from + quote.end();
				}
				openEnd = to;
			}
			else if (open != null) {
				// a further line of the paragraph, item or quote
				openEnd = to;
			}
			else {
				open = Kind.PARAGRAPH;
				openStart = from;
				openEnd = to;
			}
		}
		close(open, openLevel, openStart, openEnd);
	}

	/** Finishes the open block, if any. */
	private int close(Kind kind, int level, int start, int end) {
		if (kind != null && start >= 0 && end > start) {
			inline(start, end);
			this.blocks.add(new Block(kind, level, runs(start, end)));
		}
		return -1;
	}

	/** The lines of the stored text as {@code [start, end)} without their line break. */
	private List<int[]> lines() {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= this.raw.length(); i++) {
			if (i == this.raw.length() || this.raw.charAt(i) == '\n') {
				int end = (i > start && this.raw.charAt(i - 1) == '\r') ? i - 1 : i;
				lines.add(new int[] { start, end });
				start = i + 1;
			}
		}
		return lines;
	}

	private void hide(int from, int to) {
		for (int i = from; i < to; i++) {
			this.hidden[i] = true;
		}
	}

	/** Reads escapes, links and emphasis within a block. */
	private void inline(int from, int to) {
		// escapes: a backslash before ASCII punctuation is markup, the character text
		boolean[] literal = new boolean[to - from];
		for (int i = from; i < to - 1; i++) {
			if (this.raw.charAt(i) == '\\' && !literal[i - from] && PUNCTUATION.indexOf(this.raw.charAt(i + 1)) >= 0) {
				this.hidden[i] = true;
				literal[i + 1 - from] = true;
				i++;
			}
		}
		// links: [text](address)
		Matcher link = LINK.matcher(this.raw).region(from, to);
		while (link.find()) {
			if (literal[link.start() - from] || this.hidden[link.start()]) {
				continue;
			}
			this.hidden[link.start()] = true;
			hide(link.end(1), link.end());
			for (int i = link.start(1); i < link.end(1); i++) {
				this.href[i] = link.group(2);
			}
		}
		emphasis(from, to, literal);
	}

	/**
	 * Pairs runs of {@code *} or {@code _} that open and close emphasis, innermost first:
	 * two characters on each side make it strong, one emphasised. In a fragment, runs
	 * left without a partner (their partner lies outside the fragment) are markup too.
	 */
	private void emphasis(int from, int to, boolean[] literal) {
		record Delimiter(char marker, int start, int end, int[] left, boolean canOpen, boolean canClose) {
		}
		List<Delimiter> runs = new ArrayList<>();
		Deque<Delimiter> openers = new ArrayDeque<>();
		int i = from;
		while (i < to) {
			char c = this.raw.charAt(i);
			if ((c != '*' && c != '_') || literal[i - from] || this.hidden[i]) {
				i++;
				continue;
			}
			int end = i;
			while (end < to && this.raw.charAt(end) == c && !literal[end - from]) {
				end++;
			}
			char before = (i > from) ? this.raw.charAt(i - 1) : ' ';
			char after = (end < to) ? this.raw.charAt(end) : ' ';
			boolean leftFlanking = !Character.isWhitespace(after);
			boolean rightFlanking = !Character.isWhitespace(before);
			Delimiter run = new Delimiter(c, i, end, new int[] { end - i },
					leftFlanking && (c == '*' || !Character.isLetterOrDigit(before)),
					rightFlanking && (c == '*' || !Character.isLetterOrDigit(after)));
			runs.add(run);
			if (run.canClose()) {
				for (Delimiter opener : List.copyOf(openers)) {
					if (run.left()[0] == 0) {
						break;
					}
					if (opener.marker() != c) {
						continue;
					}
					int used = (run.left()[0] >= 2 && opener.left()[0] >= 2) ? 2 : 1;
					int openerEnd = opener.start() + opener.left()[0];
					int closerStart = end - run.left()[0];
					hide(openerEnd - used, openerEnd);
					hide(closerStart, closerStart + used);
					for (int k = openerEnd; k < closerStart; k++) {
						this.style[k] |= (used == 2) ? STRONG : EMPHASIS;
					}
					opener.left()[0] -= used;
					run.left()[0] -= used;
					// openers inside this pair can no longer be closed outside it
					while (!openers.isEmpty() && openers.peek() != opener) {
						openers.pop();
					}
					if (opener.left()[0] == 0) {
						openers.remove(opener);
					}
				}
			}
			if (run.canOpen() && run.left()[0] > 0) {
				openers.push(run);
			}
			i = end;
		}
		if (this.fragment) {
			for (Delimiter run : runs) {
				if (run.left()[0] > 0 && (run.canOpen() || run.canClose())) {
					hide(run.start(), run.end());
				}
			}
		}
	}

	/** The shown runs of a block: cut wherever a hidden character or the look changes. */
	private List<Run> runs(int from, int to) {
		List<Run> runs = new ArrayList<>();
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean cut = i == to || this.hidden[i]
					|| (start >= 0 && (this.style[i] != this.style[start] || !same(this.href[i], this.href[start])));
			if (cut && start >= 0) {
				runs.add(new Run(start, this.raw.substring(start, i), (this.style[start] & STRONG) != 0,
						(this.style[start] & EMPHASIS) != 0, this.href[start]));
				start = -1;
			}
			if (i < to && !this.hidden[i] && start < 0) {
				start = i;
			}
		}
		return runs;
	}

	private static boolean same(String a, String b) {
		return (a == null) ? b == null : a.equals(b);
	}

}
