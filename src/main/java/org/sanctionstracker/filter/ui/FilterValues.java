package org.sanctionstracker.filter.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.enforcement.EnforcementKind;
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
 * @param eventKind the lifecycle step, or {@code null}
 * @param enforcementKind the enforcement action's kind, or {@code null}
 * @param from the period's start, or {@code null}
 * @param to the period's end, or {@code null}
 * @param text free text, or {@code null}
 * @param asOf the day "in force" is asked about, when the user chose one
 */
public record FilterValues(ActorSummary country, CountryRole role, CoalitionRef coalition, MeasureType type,
		EventKind eventKind, EnforcementKind enforcementKind, PartialDate from, PartialDate to, String text,
		LocalDate asOf) {

	public static FilterValues none() {
		return new FilterValues(null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The shared filter these values select.
	 * @return the filter
	 */
	public Filter toFilter() {
		return Filter.none()
			.withActor((this.country != null) ? this.country.id() : null, (this.country != null) ? this.role : null)
			.withCoalition((this.coalition != null) ? this.coalition.id() : null)
			.withType(this.type)
			.withEventKind(this.eventKind)
			.withEnforcementKind(this.enforcementKind)
			.withPeriod(this.from, this.to)
			.withText((this.text != null && !this.text.isBlank()) ? this.text.strip() : null)
			.withAsOf(this.asOf);
	}

	/**
	 * The values as query parameters, named as the API names them ({@code country=JPN},
	 * {@code from=2008-11} …).
	 * @return the parameters, leaving out what is not set
	 */
	public Map<String, String> toParameters() {
		String countryCode = (this.country == null) ? null
				: (this.country.iso3() != null) ? this.country.iso3() : String.valueOf(this.country.id());
		return FilterParameters.write(toFilter(), countryCode);
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
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public FilterValues withCountry(ActorSummary country, CountryRole role) {
		return new FilterValues(country, role, this.coalition, this.type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public FilterValues withPeriod(PartialDate from, PartialDate to) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, this.eventKind,
				this.enforcementKind, from, to, this.text, this.asOf);
	}

	public FilterValues withType(MeasureType type) {
		return new FilterValues(this.country, this.role, this.coalition, type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public FilterValues withEventKind(EventKind kind) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, kind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public FilterValues withEnforcementKind(EnforcementKind kind) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, this.eventKind, kind, this.from,
				this.to, this.text, this.asOf);
	}

	public FilterValues withCoalition(CoalitionRef coalition) {
		return new FilterValues(this.country, this.role, coalition, this.type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public FilterValues withAsOf(LocalDate asOf) {
		return new FilterValues(this.country, this.role, this.coalition, this.type, this.eventKind,
				this.enforcementKind, this.from, this.to, this.text, asOf);
	}

}
