package org.sanctionstracker.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * Every query parameter the API reads, described once: {@link ApiEndpoint} lists which
 * endpoint takes which, {@link ApiQuery} refuses the others, and the OpenAPI description
 * ({@link ApiDocumentation}) documents them with these words and allowed values.
 */
enum ApiParameter {

	COUNTRY("country",
			"An actor: ISO 3166 alpha-3 code (JPN), name (Japan), alias (Tokyo) or id from /api/v1/actors. "
					+ "Keeps the records it takes part in, in the role given by 'role'.",
			"JPN"),
	MEMBER("country", "An actor (code, name, alias or id): keeps the coalitions it is a member of.", "JPN"),
	ROLE("role",
			"How 'country' takes part: imposer (it imposed the measure or took the action), target, "
					+ "or any (the default). Needs 'country'. Case does not matter.",
			"imposer", values(CountryRole.class, true)),
	COALITION("coalition", "A coalition id from /api/v1/coalitions: keeps what was done within it.", "3"),
	TYPE("type", "Measure type. Case does not matter; '-' may stand for '_'.", "PORT_BAN",
			values(MeasureType.class, false)),
	EVENT_KIND("kind", "Lifecycle event kind: keeps events of this kind (for measures: those with such an event).",
			"IMPOSED", values(EventKind.class, false)),
	ENFORCEMENT_KIND("kind", "Enforcement kind.", null, values(EnforcementKind.class, false)),
	ACTOR_KIND("kind", "Actor kind.", "STATE", values(ActorKind.class, false)),
	COALITION_KIND("kind", "Coalition kind.", null, values(CoalitionKind.class, false)),
	FROM("from",
			"Start of the period: a year (2009), a month (2008-11) or a day (2016-02-10). A record is in the "
					+ "period when the first day its date can mean falls in it.",
			"2014"),
	TO("to", "End of the period, in the forms of 'from'.", "2016-02"),
	TEXT("q", "Words to look for (titles, names, aliases, descriptions).", "port"),
	AS_OF("asOf",
			"The day a measure's status (in force or not) is derived for, as 2016-02-10; by default the last day the "
					+ "recorded data speaks of (never after today).",
			"2016-12-31"),
	PAGE("page", "Page number, from 0 (default 0).", "0"),
	SIZE("size",
			"Records per page, from 1 to " + ApiQuery.MAX_PAGE_SIZE + " (default " + ApiQuery.DEFAULT_PAGE_SIZE + ").",
			"50"),
	SORT("sort", "Sort key, optionally followed by ',asc' (the default) or ',desc'; the keys this list accepts are "
			+ "its allowed values. Ties are broken by the default order.", null);

	private final String parameterName;

	private final String description;

	private final String example;

	private final List<String> allowedValues;

	ApiParameter(String name, String description, String example) {
		this(name, description, example, List.of());
	}

	ApiParameter(String name, String description, String example, List<String> allowedValues) {
		this.parameterName = name;
		this.description = description;
		this.example = example;
		this.allowedValues = allowedValues;
	}

	/**
	 * The name in the query string.
	 * @return e.g. {@code country}
	 */
	String parameterName() {
		return this.parameterName;
	}

	String description() {
		return this.description;
	}

	/** An example value, or {@code null}. */
	String example() {
		return this.example;
	}

	/** The values allowed, or an empty list when any value of its form is. */
	List<String> allowedValues() {
		return this.allowedValues;
	}

	private static List<String> values(Class<? extends Enum<?>> type, boolean lowerCase) {
		return Arrays.stream(type.getEnumConstants())
			.map(Enum::name)
			.map((name) -> lowerCase ? name.toLowerCase(Locale.ROOT) : name)
			.toList();
	}

}
