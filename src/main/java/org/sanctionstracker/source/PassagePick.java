package org.sanctionstracker.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A passage chosen in a stored document (selected in the reader or the coverage view), as
 * it travels in an address to the form that records something from it:
 * {@code ?doc=12&start=345&end=420}, offsets into the stored text.
 *
 * @param documentId the document
 * @param start the passage's start offset
 * @param end its end offset (exclusive)
 */
public record PassagePick(long documentId, int start, int end) {

	/** The address parameters, in the order they are written. */
	public static final List<String> PARAMETERS = List.of("doc", "start", "end");

	/**
	 * The passage an address names.
	 * @param parameters the address's query parameters
	 * @return the passage, or empty when the address names none (or not a valid one)
	 */
	public static Optional<PassagePick> from(Map<String, List<String>> parameters) {
		String doc = single(parameters, "doc");
		String start = single(parameters, "start");
		String end = single(parameters, "end");
		if (doc == null || start == null || end == null || !doc.matches("\\d{1,18}") || !start.matches("\\d{1,9}")
				|| !end.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		int from = Integer.parseInt(start);
		int to = Integer.parseInt(end);
		return (to > from) ? Optional.of(new PassagePick(Long.parseLong(doc), from, to)) : Optional.empty();
	}

	private static String single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.size() != 1) ? null : values.get(0);
	}

	/**
	 * The address parameters naming this passage.
	 * @return e.g. {@code doc=12&start=345&end=420}
	 */
	public String query() {
		return "doc=" + this.documentId + "&start=" + this.start + "&end=" + this.end;
	}

	/**
	 * The parameters as a map, to add to an address.
	 * @return the parameters
	 */
	public Map<String, List<String>> parameters() {
		return Map.of("doc", List.of(String.valueOf(this.documentId)), "start", List.of(String.valueOf(this.start)),
				"end", List.of(String.valueOf(this.end)));
	}

}
