package org.sanctionstracker.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Sort;

import static org.sanctionstracker.api.ApiParameter.ACTOR_KIND;
import static org.sanctionstracker.api.ApiParameter.AS_OF;
import static org.sanctionstracker.api.ApiParameter.COALITION;
import static org.sanctionstracker.api.ApiParameter.COALITION_KIND;
import static org.sanctionstracker.api.ApiParameter.COUNTRY;
import static org.sanctionstracker.api.ApiParameter.ENFORCEMENT_KIND;
import static org.sanctionstracker.api.ApiParameter.EVENT_KIND;
import static org.sanctionstracker.api.ApiParameter.FROM;
import static org.sanctionstracker.api.ApiParameter.MEMBER;
import static org.sanctionstracker.api.ApiParameter.ROLE;
import static org.sanctionstracker.api.ApiParameter.TEXT;
import static org.sanctionstracker.api.ApiParameter.TO;
import static org.sanctionstracker.api.ApiParameter.TYPE;

/**
 * What each endpoint of the API accepts: its query parameters, and for a list its sort
 * keys (each mapped to the entity property paths it sorts by) and default order. The one
 * place these are declared: {@link ApiQuery} checks requests against it and
 * {@link ApiDocumentation} documents it.
 */
enum ApiEndpoint {

	ACTORS(List.of(TEXT, ACTOR_KIND), sortKeys("name", "name", "kind", "kind", "iso3", "iso3"), Sort.by("name", "id")),
	ACTOR,
	COALITIONS(List.of(MEMBER, COALITION_KIND, TEXT), sortKeys("name", "name", "kind", "kind"), Sort.by("name", "id")),
	COALITION_RECORD,
	MEASURES(List.of(COUNTRY, ROLE, COALITION, TYPE, EVENT_KIND, FROM, TO, TEXT, AS_OF),
			sortKeys("title", "title", "type", "type", "imposer", "imposer.name", "target", "target.name"),
			Sort.by("title", "id")),
	MEASURE(List.of(AS_OF)),
	EVENTS(List.of(COUNTRY, ROLE, COALITION, TYPE, EVENT_KIND, FROM, TO, TEXT),
			sortKeys("date", "date.lowerBound", "kind", "kind", "measure", "measure.title", "imposer",
					"measure.imposer.name"),
			Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id"))),
	EVENT,
	ENFORCEMENT_ACTIONS(List.of(COUNTRY, ROLE, COALITION, TYPE, ENFORCEMENT_KIND, FROM, TO, TEXT),
			sortKeys("date", "date.lowerBound", "kind", "kind", "actor", "actor.name"),
			Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id"))),
	ENFORCEMENT_ACTION,
	FIGURES(List.of(COUNTRY, ROLE, COALITION, TYPE, FROM, TO, TEXT),
			sortKeys("amount", "amount", "date", "date.lowerBound", "label", "label"),
			Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id"))),
	FIGURE, EXPORT_ACTORS(ACTORS.parameters), EXPORT_COALITIONS(COALITIONS.parameters),
	EXPORT_MEASURES(List.of(COUNTRY, ROLE, COALITION, TYPE, EVENT_KIND, FROM, TO, TEXT)),
	EXPORT_EVENTS(EVENTS.parameters), EXPORT_ENFORCEMENT_ACTIONS(ENFORCEMENT_ACTIONS.parameters),
	EXPORT_FIGURES(FIGURES.parameters), EXPORT_DATABASE;

	private final List<ApiParameter> parameters;

	private final Map<String, List<String>> sortKeys;

	private final Sort defaultSort;

	ApiEndpoint() {
		this(List.of());
	}

	ApiEndpoint(List<ApiParameter> parameters) {
		this(parameters, Map.of(), null);
	}

	ApiEndpoint(List<ApiParameter> parameters, Map<String, List<String>> sortKeys, Sort defaultSort) {
		this.parameters = parameters;
		this.sortKeys = sortKeys;
		this.defaultSort = defaultSort;
	}

	/**
	 * Whether the endpoint answers with a page of a list ({@code page}, {@code size},
	 * {@code sort}).
	 */
	boolean paged() {
		return this.defaultSort != null;
	}

	/**
	 * The parameters it accepts, paging included for a list.
	 * @return in the order they are documented
	 */
	List<ApiParameter> parameters() {
		List<ApiParameter> all = new ArrayList<>(this.parameters);
		if (paged()) {
			all.addAll(List.of(ApiParameter.PAGE, ApiParameter.SIZE, ApiParameter.SORT));
		}
		return all;
	}

	/** The names of the parameters it accepts. */
	Set<String> parameterNames() {
		Set<String> names = new LinkedHashSet<>();
		parameters().forEach((parameter) -> names.add(parameter.parameterName()));
		return names;
	}

	/** Sort keys and the property paths each sorts by, in the order documented. */
	Map<String, List<String>> sortKeys() {
		return this.sortKeys;
	}

	Sort defaultSort() {
		return this.defaultSort;
	}

	/**
	 * What {@code sort} may be: each key alone, with {@code ,asc} and with {@code ,desc}.
	 * @return e.g. {@code date, date,asc, date,desc, kind, …}
	 */
	List<String> sortValues() {
		List<String> values = new ArrayList<>();
		for (String key : this.sortKeys.keySet()) {
			values.addAll(List.of(key, key + ",asc", key + ",desc"));
		}
		return values;
	}

	private static Map<String, List<String>> sortKeys(String... keysAndPaths) {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		for (int i = 0; i < keysAndPaths.length; i += 2) {
			keys.put(keysAndPaths[i], List.of(keysAndPaths[i + 1]));
		}
		return Collections.unmodifiableMap(keys);
	}

}
