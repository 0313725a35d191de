package org.sanctionstracker.filter.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * What the filter bar is set to, with the records its choices name (so that it can show
 * them and write them into the address).
 *
 * @param country the country or other actor, or {@code null}
 * @param role in which role the country appears; {@code null} for either
 * @param coalition the coalition, or {@code null}
 * @param type the measure type, or {@code null}
 * @param kind an event kind (or, where enforcement actions are listed, an enforcement
 * kind), or {@code null}
 * @param from the period's start, or {@code null}
 * @param to the period's end, or {@code null}
 * @param text free text, or {@code null}
 */
public record FilterValues(ActorSummary country, CountryRole role, CoalitionRef coalition, MeasureType type,
		Enum<?> kind, PartialDate from, PartialDate to, String text) {

	public static FilterValues none() {
		return new FilterValues(null, null, null, null, null, null, null, null);
	}

	/**
	 * The shared filter these values select; an enforcement kind is left out (see
	 * {@link #kind(Class)}).
	 * @return the filter
	 */
	public Filter toMeasureFilter() {
		return Filter.none()
			.withActor((this.country != null) ? this.country.id() : null, (this.country != null) ? this.role : null)
			.withCoalition((this.coalition != null) ? this.coalition.id() : null)
			.withType(this.type)
			.withEventKind(kind(EventKind.class))
			.withPeriod(this.from, this.to)
			.withText((this.text != null && !this.text.isBlank()) ? this.text.strip() : null);
	}

	/**
	 * The kind, if it is of the given vocabulary.
	 * @param type the vocabulary
	 * @param <E> its type
	 * @return the kind, or {@code null}
	 */
	public <E extends Enum<E>> E kind(Class<E> type) {
		return type.isInstance(this.kind) ? type.cast(this.kind) : null;
	}

	/**
	 * The values as query parameters, named as the API names them ({@code country=JPN},
	 * {@code from=2008-11} …).
	 * @return the parameters, leaving out what is not set
	 */
	public Map<String, String> toParameters() {
		String countryCode = (this.country == null) ? null
				: (this.country.iso3() != null) ? this.country.iso3() : String.valueOf(this.country.id());
		Map<String, String> parameters = new LinkedHashMap<>(
				FilterParameters.write(toMeasureFilter().withEventKind(null), countryCode));
		if (this.kind != null) {
			Map<String, String> ordered = new LinkedHashMap<>();
			parameters.forEach((name, value) -> {
				if (FilterParameters.FROM.equals(name)) {
					ordered.put(FilterParameters.KIND, this.kind.name());
				}
				ordered.put(name, value);
			});
			ordered.putIfAbsent(FilterParameters.KIND, this.kind.name());
			parameters = ordered;
		}
		return parameters;
	}

	/**
	 * The values as Vaadin query parameters, for links and the address bar.
	 * @return the parameters
	 */
	public QueryParameters toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		toParameters().forEach((name, value) -> parameters.put(name, List.of(value)));
		return new QueryParameters(parameters);
	}

	/**
	 * The values as a query string, e.g. {@code country=JPN&from=2014}.
	 * @return the query string, empty when nothing is set
	 */
	public String toQueryString() {
		return queryString(toParameters());
	}

	/**
	 * Parameters as a query string, in their order, each name and value URL-encoded.
	 * @param parameters the parameters
	 * @return e.g. {@code country=JPN&q=port%20calls}
	 */
	public static String queryString(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	public FilterValues withCountry(ActorSummary country, CountryRole role) {
		return new FilterValues(country, role, this.coalition, this.type, this.kind, this.from, this.to, this.text);
	}

	public FilterValues withPeriod(PartialDate from, PartialDate to) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, this.kind, from, to, this.text);
	}

	public FilterValues withType(MeasureType type) {
		return new FilterValues(this.country, this.role, this.coalition, type, this.kind, this.from, this.to,
				this.text);
	}

	public FilterValues withKind(Enum<?> kind) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, kind, this.from, this.to,
				this.text);
	}

	public FilterValues withCoalition(CoalitionRef coalition) {
		return new FilterValues(this.country, this.role, coalition, this.type, this.kind, this.from, this.to,
				this.text);
	}

}
