package org.sanctionstracker.filter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PartialDates;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * The shared filter as URL query parameters, read and written the same way by the JSON
 * API and the views, so that a view's address and an API request with the same parameters
 * select the same records: {@code country} (ISO 3166 alpha-3 code, name, alias or id),
 * {@code role} ({@code imposer}, {@code target} or {@code any}), {@code coalition} (id),
 * {@code type} (a {@link MeasureType}), {@code kind} (an event kind or an enforcement
 * kind, as the view or endpoint says, see {@link Kinds}), {@code from} and {@code to}
 * ({@code 2009}, {@code 2008-11}, {@code 2016-02-10}), {@code q} (free text) and
 * {@code asOf} (the day "in force" is asked about). Dates are read by the one date parser
 * ({@link PartialDate#parse}), so a bad one gets the same plain message as in a form.
 */
public final class FilterParameters {

	public static final String COUNTRY = "country";

	public static final String ROLE = "role";

	public static final String COALITION = "coalition";

	public static final String TYPE = "type";

	public static final String KIND = "kind";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String TEXT = "q";

	public static final String AS_OF = AsOf.PARAMETER;

	/**
	 * Which vocabulary a view's or endpoint's {@code kind} parameter takes.
	 */
	public enum Kinds {

		/** No {@code kind}. */
		NONE,
		/** A lifecycle step ({@link EventKind}). */
		EVENT,
		/** An enforcement action's kind ({@link EnforcementKind}). */
		ENFORCEMENT,
		/** Either: an event kind keeps events, an enforcement kind keeps actions. */
		EITHER

	}

	/** The parameters {@link #read} turns into a {@link Filter}. */
	public static final Set<String> SHARED = Set.of(COUNTRY, ROLE, COALITION, TYPE, FROM, TO, TEXT);

	private FilterParameters() {
	}

	/**
	 * A parameter whose value cannot be used; the message names it and says what is
	 * allowed.
	 */
	public static final class InvalidParameterException extends IllegalArgumentException {

		private final String parameter;

		public InvalidParameterException(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

		/**
		 * The offending parameter's name.
		 * @return e.g. {@code from}
		 */
		public String parameter() {
			return this.parameter;
		}

	}

	/**
	 * The outcome of reading parameters leniently: the filter built from every usable
	 * parameter, and a message for each one that was left out.
	 *
	 * @param filter the filter
	 * @param problems per parameter name, why its value was left out; in parameter order
	 */
	public record Reading(Filter filter, Map<String, String> problems) {

		/**
		 * The filter, or the first problem as an exception.
		 * @return the filter
		 * @throws InvalidParameterException when any parameter was unusable
		 */
		public Filter filterOrThrow() {
			if (!this.problems.isEmpty()) {
				var first = this.problems.entrySet().iterator().next();
				throw new InvalidParameterException(first.getKey(), first.getValue());
			}
			return this.filter;
		}

	}

	/**
	 * Reads the shared filter parameters, keeping each usable one and noting why the
	 * others were left out (views show the notes and go on; the API refuses the request).
	 * @param values the value of a parameter by name, {@code null} or blank when absent
	 * @param actors resolves the country reference
	 * @return the filter and the problems
	 */
	public static Reading read(Function<String, String> values, ActorService actors) {
		return read(values, actors, Kinds.NONE);
	}

	/**
	 * Reads the shared filter parameters and a {@code kind} of the given vocabulary,
	 * keeping each usable one and noting why the others were left out.
	 * @param values the value of a parameter by name, {@code null} or blank when absent
	 * @param actors resolves the country reference
	 * @param kinds which vocabulary {@code kind} takes; with {@link Kinds#NONE} it is not
	 * read
	 * @return the filter and the problems
	 */
	public static Reading read(Function<String, String> values, ActorService actors, Kinds kinds) {
		Map<String, String> problems = new LinkedHashMap<>();
		Long actorId = attempt(problems, COUNTRY, () -> actorId(COUNTRY, value(values, COUNTRY), actors));
		CountryRole role = attempt(problems, ROLE, () -> enumValue(ROLE, value(values, ROLE), CountryRole.class));
		if (role != null && actorId == null && !problems.containsKey(COUNTRY)) {
			problems.put(ROLE, "Parameter 'role' needs a 'country'");
			role = null;
		}
		Long coalitionId = attempt(problems, COALITION, () -> id(COALITION, value(values, COALITION)));
		MeasureType type = attempt(problems, TYPE, () -> enumValue(TYPE, value(values, TYPE), MeasureType.class));
		PartialDate from = attempt(problems, FROM, () -> date(FROM, value(values, FROM)));
		PartialDate to = attempt(problems, TO, () -> date(TO, value(values, TO)));
		if (from != null && to != null && PartialDates.certainlyBefore(to, from)) {
			problems.put(TO, "'to' (" + to.display() + ") is before 'from' (" + from.display() + ")");
			to = null;
		}
		EventKind eventKind = null;
		EnforcementKind enforcementKind = null;
		String kind = value(values, KIND);
		if (kind != null) {
			switch (kinds) {
				case EVENT -> eventKind = attempt(problems, KIND, () -> enumValue(KIND, kind, EventKind.class));
				case ENFORCEMENT ->
					enforcementKind = attempt(problems, KIND, () -> enumValue(KIND, kind, EnforcementKind.class));
				case EITHER -> {
					eventKind = optionalEnum(kind, EventKind.class);
					enforcementKind = optionalEnum(kind, EnforcementKind.class);
					if (eventKind == null && enforcementKind == null) {
						problems.put(KIND,
								"'" + kind + "' is not a valid kind; use an event kind (" + names(EventKind.class)
										+ ") or an enforcement kind (" + names(EnforcementKind.class) + ")");
					}
				}
				case NONE -> {
				}
			}
		}
		LocalDate asOf = attempt(problems, AS_OF, () -> asOf(value(values, AS_OF)));
		Filter filter = Filter.none()
			.withActor(actorId, (actorId != null) ? role : null)
			.withCoalition(coalitionId)
			.withType(type)
			.withEventKind(eventKind)
			.withEnforcementKind(enforcementKind)
			.withPeriod(from, to)
			.withText(attempt(problems, TEXT, () -> text(TEXT, value(values, TEXT))))
			.withAsOf(asOf);
		return new Reading(filter, problems);
	}

	/**
	 * Writes a filter as query parameters, leaving out what it does not set.
	 * @param filter the filter
	 * @param country how to write its actor (an ISO code reads best); {@code null} writes
	 * the actor's id
	 * @return parameter values by name, in a stable order
	 */
	public static Map<String, String> write(Filter filter, String country) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (filter.actorId() != null) {
			parameters.put(COUNTRY, (country != null) ? country : String.valueOf(filter.actorId()));
			if (filter.role() != null && filter.role() != CountryRole.ANY) {
				parameters.put(ROLE, filter.role().name().toLowerCase(Locale.ROOT));
			}
		}
		if (filter.coalitionId() != null) {
			parameters.put(COALITION, String.valueOf(filter.coalitionId()));
		}
		if (filter.type() != null) {
			parameters.put(TYPE, filter.type().name());
		}
		if (filter.eventKind() != null) {
			parameters.put(KIND, filter.eventKind().name());
		}
		else if (filter.enforcementKind() != null) {
			parameters.put(KIND, filter.enforcementKind().name());
		}
		if (Filter.isKnown(filter.from())) {
			parameters.put(FROM, filter.from().iso());
		}
		if (Filter.isKnown(filter.to())) {
			parameters.put(TO, filter.to().iso());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			parameters.put(TEXT, filter.text().strip());
		}
		if (filter.asOf() != null) {
			parameters.put(AS_OF, filter.asOf().toString());
		}
		return parameters;
	}

	/**
	 * A value of a controlled vocabulary, read case-insensitively with {@code -} for
	 * {@code _}.
	 * @param name the parameter name, for the message
	 * @param value the value, {@code null} or blank when absent
	 * @param type the vocabulary
	 * @param <E> the vocabulary type
	 * @return the value, or {@code null} when absent
	 * @throws InvalidParameterException naming the allowed values
	 */
	public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(name,
					"'" + value + "' is not a valid " + name + "; use one of " + names(type));
		}
	}

	private static <E extends Enum<E>> E optionalEnum(String value, Class<E> type) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).findFirst().orElse(null);
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	/**
	 * The day "in force" is asked about ({@link AsOf#parse}).
	 * @param value the value, {@code null} or blank when absent
	 * @return the day, or {@code null} when absent
	 * @throws InvalidParameterException with the date parser's plain message
	 */
	public static LocalDate asOf(String value) {
		try {
			return AsOf.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(AS_OF, "Parameter '" + AS_OF + "': " + ex.getMessage());
		}
	}

	/**
	 * A record id.
	 * @param name the parameter name, for the message
	 * @param value the value, {@code null} or blank when absent
	 * @return the id, or {@code null} when absent
	 * @throws InvalidParameterException when it is not a whole number
	 */
	public static Long id(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{1,18}")) {
			throw new InvalidParameterException(name, "'" + value + "' is not a valid " + name + " id");
		}
		return Long.valueOf(value.strip());
	}

	/**
	 * A date at year, month or day precision.
	 * @param name the parameter name, for the message
	 * @param value the value, {@code null} or blank when absent
	 * @return the date, or {@code null} when absent
	 * @throws InvalidParameterException saying how to write a date
	 */
	public static PartialDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(name, "Parameter '" + name + "': " + ex.getMessage());
		}
	}

	/**
	 * The actor a reference names.
	 * @param name the parameter name, for the message
	 * @param reference an ISO code, a name, an alias or an id; {@code null} or blank when
	 * absent
	 * @param actors resolves the reference
	 * @return the actor's id, or {@code null} when absent
	 * @throws InvalidParameterException when no single actor matches
	 */
	public static Long actorId(String name, String reference, ActorService actors) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		return actors.resolve(reference)
			.map(ActorRef::id)
			.orElseThrow(() -> new InvalidParameterException(name, "Unknown " + name + " '" + reference.strip()
					+ "': use an ISO 3166 alpha-3 code (JPN), a name, an alias or an id from /api/v1/actors"));
	}

	/**
	 * Reads a free-text search: at most {@link Filter#MAX_TEXT} characters.
	 * @param name the parameter's name, e.g. {@code q}
	 * @param text the value, or {@code null}
	 * @return the value, or {@code null}
	 * @throws InvalidParameterException when it is longer
	 */
	public static String text(String name, String text) {
		if (text != null && text.length() > Filter.MAX_TEXT) {
			throw new InvalidParameterException(name, "A search is at most " + Filter.MAX_TEXT
					+ " characters; this one has " + text.length() + ". Search for a shorter phrase.");
		}
		return text;
	}

	private static String value(Function<String, String> values, String name) {
		String value = values.apply(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <T> T attempt(Map<String, String> problems, String name, java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (InvalidParameterException ex) {
			problems.put(name, ex.getMessage());
			return null;
		}
	}

}
