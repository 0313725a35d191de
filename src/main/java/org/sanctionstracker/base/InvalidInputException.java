package org.sanctionstracker.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input a service refuses, with a reason per field (the name of the draft property the
 * reason belongs to) so that a form can show each reason next to its field. Nothing has
 * been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> reasons;

	/**
	 * One refused field.
	 * @param field the draft property, e.g. {@code "left"}
	 * @param reason what is wrong, in words a user understands
	 */
	public InvalidInputException(String field, String reason) {
		this(Map.of(field, reason));
	}

	/**
	 * Several refused fields.
	 * @param reasons the reason per draft property, in the order they should be read
	 */
	public InvalidInputException(Map<String, String> reasons) {
		super(reasons.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("; ")));
		this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
	}

	/**
	 * The reasons, per draft property.
	 * @return field name to reason
	 */
	public Map<String, String> reasons() {
		return this.reasons;
	}

}
