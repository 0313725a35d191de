package org.sanctionstracker.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sanctionstracker.base.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Where citing a passage is decided, once for every path that writes records (the forms'
 * services, the importer and the seed load through it): a quote must occur verbatim,
 * exactly once (or at the offset given), in its stored document ({@link #locate}); a web
 * address must be an http(s) address ({@link #webAddressProblem}). A refusal says where
 * the quote and the document part ways, so the analyst can correct it. For the forms it
 * also turns citations into evidence rows inside the saving service's transaction,
 * reusing a passage already stored.
 */
@Component
public class Citations {

	private static final int CONTEXT = 40;

	private static final Pattern LOOSE = Pattern.compile("[\\s\\u00A0]+");

	private final SourceDocumentRepository documents;

	private final EvidenceRepository evidence;

	Citations(SourceDocumentRepository documents, EvidenceRepository evidence) {
		this.documents = documents;
		this.evidence = evidence;
	}

	/**
	 * Why a form's citations cannot be stored, checked without writing anything.
	 * @param drafts the citations
	 * @return the reason for the first one that cannot, or {@code null} when all can
	 */
	public String problem(List<EvidenceDraft> drafts) {
		if (drafts == null) {
			return null;
		}
		for (EvidenceDraft draft : drafts) {
			try {
				check(draft);
			}
			catch (IllegalArgumentException ex) {
				return ex.getMessage();
			}
		}
		return null;
	}

	/**
	 * Why a record that must cite evidence ({@link Provenance}) cannot be saved with
	 * these citations: it has none, or one cannot be stored.
	 * @param drafts the citations
	 * @return the reason, or {@code null}
	 */
	public String requiredProblem(List<EvidenceDraft> drafts) {
		String missing = Provenance.problem(drafts);
		return (missing != null) ? missing : problem(drafts);
	}

	/**
	 * The evidence rows for a form's citations, stored if new.
	 * @param field the draft property to report problems on
	 * @param drafts the citations
	 * @return the evidence, in the given order, without duplicates
	 * @throws InvalidInputException naming the first citation that cannot be stored
	 */
	public List<Evidence> resolve(String field, List<EvidenceDraft> drafts) {
		List<Evidence> result = new ArrayList<>();
		if (drafts == null) {
			return result;
		}
		for (EvidenceDraft draft : drafts) {
			Evidence resolved;
			try {
				resolved = resolve(draft);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(field, ex.getMessage());
			}
			if (!result.contains(resolved)) {
				result.add(resolved);
			}
		}
		return result;
	}

	/**
	 * The citations of stored evidence, for a form.
	 * @param evidence the evidence rows
	 * @return one draft per row
	 */
	public static List<EvidenceDraft> drafts(List<Evidence> evidence) {
		return evidence.stream().map(EvidenceDraft::of).toList();
	}

	/**
	 * The citations as one line for the history panel.
	 * @param evidence the evidence rows
	 * @return each quote (shortened) with its document, or its URL, separated by "; "
	 */
	public static String describe(List<Evidence> evidence) {
		return evidence.stream().map((item) -> {
			if (item.getQuote() == null) {
				return item.getUrl();
			}
			String shown = ReadableText.plain(item.getQuote());
			String quote = (shown.length() > 80) ? shown.substring(0, 79) + "\u2026" : shown;
			SourceDocument document = item.getDocument();
			return "\u201C" + quote + "\u201D" + ((document != null) ? " (" + document.getTitle() + ")" : "");
		}).sorted().collect(java.util.stream.Collectors.joining("; "));
	}

	/**
	 * Where a quoted passage lies in a document's stored text.
	 *
	 * @param start its start offset
	 * @param end its end offset (exclusive)
	 * @param quote the stored text between them: the quote as pasted, or, when it was
	 * copied from the document as the reader shows it, with the markup the reader leaves
	 * out ({@code \$300} for {@code $300})
	 */
	public record Located(int start, int end, String quote) {

	}

	/**
	 * Where a quote occurs in a document's text: verbatim in the stored text, or else in
	 * the text as the reader shows it ({@link ReadableText}: without Markdown headings,
	 * emphasis marks and escapes), so a passage copied from the reader can be cited.
	 * @param document the document
	 * @param quote the quote as pasted
	 * @return where it lies in the stored text
	 * @throws IllegalArgumentException with the reason when it does not occur exactly
	 * once
	 */
	public static Located locate(SourceDocument document, String quote) {
		return locate(document, quote, null);
	}

	/**
	 * Where a quote occurs in a document's text: the one place it occurs (verbatim, or as
	 * the reader shows the text), or the place given when it occurs more than once (an
	 * exported passage carries its offset then).
	 * @param document the document
	 * @param quote the quote
	 * @param start where the quote is said to start in the stored text, or {@code null}
	 * to find it
	 * @return where it lies in the stored text
	 * @throws IllegalArgumentException with the reason when it is not found verbatim
	 * (there), or occurs more than once and no offset is given
	 */
	public static Located locate(SourceDocument document, String quote, Integer start) {
		if (quote == null || quote.isBlank()) {
			throw new IllegalArgumentException("Paste the passage you cite");
		}
		if (quote.length() > Evidence.QUOTE_MAX_LENGTH) {
			throw new IllegalArgumentException("A quote can have at most " + Evidence.QUOTE_MAX_LENGTH
					+ " characters; this one has " + quote.length() + ". Cite a shorter passage.");
		}
		String text = document.getText();
		if (start != null) {
			if (start < 0 || !text.startsWith(quote, start)) {
				throw new IllegalArgumentException("The quote is not in \"" + document.getTitle() + "\" at offset "
						+ start + ": give the offset where it starts, or leave it out.");
			}
			return new Located(start, start + quote.length(), quote);
		}
		int found = once(document, text, quote);
		if (found >= 0) {
			return new Located(found, found + quote.length(), quote);
		}
		ReadableText readable = ReadableText.of(text);
		int shownStart = once(document, readable.shown(), quote);
		if (shownStart < 0) {
			throw new IllegalArgumentException(notFound(document, quote));
		}
		int[] stored = readable.storedRange(shownStart, shownStart + quote.length());
		String storedQuote = text.substring(stored[0], stored[1]);
		if (storedQuote.length() > Evidence.QUOTE_MAX_LENGTH) {
			throw new IllegalArgumentException("A quote can have at most " + Evidence.QUOTE_MAX_LENGTH
					+ " characters with its markup; this one has " + storedQuote.length()
					+ ". Cite a shorter passage.");
		}
		return new Located(stored[0], stored[1], storedQuote);
	}

	/**
	 * Where a quote occurs in a text, if exactly once.
	 * @return its start, or -1 when it does not occur
	 * @throws IllegalArgumentException when it occurs more than once
	 */
	private static int once(SourceDocument document, String text, String quote) {
		int found = text.indexOf(quote);
		if (found < 0) {
			return -1;
		}
		int again = text.indexOf(quote, found + 1);
		if (again >= 0) {
			int count = 0;
			for (int at = found; at >= 0; at = text.indexOf(quote, at + 1)) {
				count++;
			}
			throw new IllegalArgumentException("The quote occurs " + count + " times in \"" + document.getTitle()
					+ "\": paste a longer passage so that it points to one place.");
		}
		return found;
	}

	/**
	 * Whether a quote stored at an offset is found there by {@link #locate} without the
	 * offset, i.e. occurs in the text exactly once (an export writes the offset only when
	 * it is needed).
	 * @param text the document text
	 * @param quote the quote
	 * @param start where it is stored
	 * @return whether the quote alone points to its place
	 */
	public static boolean locatesItself(String text, String quote, int start) {
		return text.indexOf(quote) == start && text.indexOf(quote, start + 1) < 0;
	}

	/**
	 * Why an address cannot be cited, or {@code null} when it can.
	 * @param url the address as typed
	 * @return the reason, or {@code null}
	 */
	public static String webAddressProblem(String url) {
		String value = (url != null) ? url.strip() : "";
		if (value.isEmpty()) {
			return "A citation needs a quote from a stored document or a URL";
		}
		if (value.length() > SourceDocument.URL_MAX_LENGTH) {
			return "A URL can have at most " + SourceDocument.URL_MAX_LENGTH + " characters";
		}
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				throw new URISyntaxException(value, "not a web address");
			}
		}
		catch (URISyntaxException ex) {
			return "'" + value + "' is not a web address; write it as https://example.org/page";
		}
		return null;
	}

	/**
	 * Checks a citation as {@link #resolve} would store it.
	 * @return the document quoted and the quote's offset, or {@code null} for a stored
	 * passage or a web address
	 */
	private Cited check(EvidenceDraft draft) {
		if (draft.id() != null) {
			if (!this.evidence.existsById(draft.id())) {
				throw new IllegalArgumentException("A cited passage no longer exists; remove it and cite it again");
			}
			return null;
		}
		if (draft.documentId() != null) {
			SourceDocument document = this.documents.findById(draft.documentId())
				.orElseThrow(
						() -> new IllegalArgumentException("The document quoted no longer exists; choose another one"));
			return new Cited(document, locate(document, draft.quote(), draft.start()));
		}
		String problem = webAddressProblem(draft.url());
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return null;
	}

	private record Cited(SourceDocument document, Located located) {
	}

	private Evidence resolve(EvidenceDraft draft) {
		if (draft.id() != null) {
			return this.evidence.findById(draft.id())
				.orElseThrow(() -> new IllegalArgumentException(
						"A cited passage no longer exists; remove it and cite it again"));
		}
		Cited cited = check(draft);
		if (cited != null) {
			Located located = cited.located();
			return this.evidence
				.findByDocumentAndStartOffsetAndEndOffset(cited.document(), located.start(), located.end())
				.orElseGet(
						() -> this.evidence.save(Evidence.passage(cited.document(), located.quote(), located.start())));
		}
		return this.evidence.save(Evidence.webCitation(draft.url()));
	}

	/**
	 * A web address as stored, or a refusal naming the field.
	 * @param field the draft property
	 * @param url the address as typed
	 * @return the address, trimmed
	 * @throws InvalidInputException when it is not a web address
	 */
	static String checkedUrl(String field, String url) {
		String problem = webAddressProblem(url);
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
		return url.strip();
	}

	/**
	 * Explains why a quote is not in the text: how much of its beginning matches, and
	 * what the document says where the quote goes on differently.
	 */
	private static String notFound(SourceDocument document, String quote) {
		String text = document.getText();
		String title = "\"" + document.getTitle() + "\"";
		String loose = LOOSE.matcher(quote.strip()).replaceAll(" ");
		if (normalise(text).contains(normalise(loose))) {
			return "The quote is not in " + title + " verbatim, but it is when spaces, line breaks, quotation "
					+ "marks, dashes or capitals are ignored: copy the passage exactly as the document writes it.";
		}
		int low = 0;
		int high = quote.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (text.contains(quote.substring(0, middle))) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		if (low < Math.min(10, quote.length())) {
			return "The quote is not in " + title + ": not even its beginning (\"" + excerpt(quote, 0, CONTEXT)
					+ "\") occurs there. Check that you chose the right document.";
		}
		int at = text.indexOf(quote.substring(0, low));
		int cut = low;
		while (cut > 0 && low - cut < 20 && !Character.isWhitespace(quote.charAt(cut - 1))) {
			cut--;
		}
		if (cut == 0 || low - cut >= 20) {
			cut = low;
		}
		String matched = quote.substring(Math.max(0, cut - CONTEXT), cut).stripTrailing();
		return "The quote is not in " + title + " verbatim: it matches the document up to \"\u2026" + matched
				+ "\", then the quote has \"" + excerpt(quote, cut, 25) + "\" where the document has \""
				+ excerpt(text, at + cut, 25) + "\".";
	}

	private static String excerpt(String text, int from, int length) {
		return text.substring(Math.min(from, text.length()), Math.min(text.length(), from + length));
	}

	private static String normalise(String text) {
		return LOOSE.matcher(text)
			.replaceAll(" ")
			.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.toLowerCase(Locale.ROOT);
	}

}
