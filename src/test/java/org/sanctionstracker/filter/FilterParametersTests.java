package org.sanctionstracker.filter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The shared filter's query parameters, read and written the same way by the API and the
 * views.
 */
class FilterParametersTests {

	private final ActorService actors = mock(ActorService.class);

	FilterParametersTests() {
		when(this.actors.resolve(anyString())).thenReturn(Optional.empty());
		when(this.actors.resolve("JPN")).thenReturn(Optional.of(new ActorRef(7L, "Japan", "JPN")));
	}

	@Test
	void every_parameter_is_read_into_the_filter() {
		var reading = FilterParameters.read(Map.of("country", "JPN", "role", "imposer", "coalition", "3", "type",
				"port-ban", "from", "2008-11", "to", "2016", "q", " kaesong ")::get, this.actors);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.filter()).isEqualTo(Filter.none()
			.withActor(7L, CountryRole.IMPOSER)
			.withCoalition(3L)
			.withType(MeasureType.PORT_BAN)
			.withPeriod(PartialDate.parse("2008-11"), PartialDate.parse("2016"))
			.withText("kaesong"));
	}

	@Test
	void what_is_written_reads_back_as_the_same_filter() {
		Filter filter = Filter.none()
			.withActor(7L, CountryRole.TARGET)
			.withType(MeasureType.ARMS_EMBARGO)
			.withEventKind(EventKind.LIFTED)
			.withPeriod(PartialDate.parse("2016-02-10"), null)
			.withText("port");

		Map<String, String> written = FilterParameters.write(filter, "JPN");

		assertThat(written).containsExactly(Map.entry("country", "JPN"), Map.entry("role", "target"),
				Map.entry("type", "ARMS_EMBARGO"), Map.entry("kind", "LIFTED"), Map.entry("from", "2016-02-10"),
				Map.entry("q", "port"));
		assertThat(FilterParameters.read(written::get, this.actors).filter()).isEqualTo(filter.withEventKind(null));
	}

	@Test
	void each_bad_value_is_named_and_the_good_ones_still_apply() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("country", "Atlantis");
		parameters.put("role", "sideways");
		parameters.put("type", "PORT_BAN");
		parameters.put("from", "2016-13");
		parameters.put("coalition", "abc");

		var reading = FilterParameters.read(parameters::get, this.actors);

		assertThat(reading.filter()).isEqualTo(Filter.none().withType(MeasureType.PORT_BAN));
		assertThat(reading.problems()).containsOnlyKeys("country", "role", "from", "coalition");
		assertThat(reading.problems().get("country")).startsWith("Unknown country 'Atlantis'");
		assertThat(reading.problems().get("from")).contains("2016-13");
		assertThatThrownBy(reading::filterOrThrow).isInstanceOf(FilterParameters.InvalidParameterException.class)
			.hasMessageStartingWith("Unknown country");
	}

	@Test
	void a_search_longer_than_the_limit_is_left_out_with_a_plain_message() {
		String longest = "k".repeat(Filter.MAX_TEXT);
		assertThat(FilterParameters.read(Map.of("q", longest)::get, this.actors).filter().text()).isEqualTo(longest);

		var reading = FilterParameters.read(Map.of("q", "k".repeat(10_000), "type", "PORT_BAN")::get, this.actors);

		assertThat(reading.problems()).containsEntry("q",
				"A search is at most 200 characters; this one has 10000. Search for a shorter phrase.");
		assertThat(reading.filter().text()).isNull();
		assertThat(reading.filter().type()).isEqualTo(MeasureType.PORT_BAN);
	}

	@Test
	void a_period_that_ends_before_it_starts_is_refused() {
		var reading = FilterParameters.read(Map.of("from", "2016", "to", "2015")::get, this.actors);

		assertThat(reading.problems()).containsKey("to");
		assertThat(reading.filter().to()).isNull();
		assertThat(reading.filter().from()).isEqualTo(PartialDate.parse("2016"));
	}

	@Test
	void a_role_without_a_country_is_refused() {
		var reading = FilterParameters.read(Map.of("role", "imposer")::get, this.actors);

		assertThat(reading.problems()).containsEntry("role", "Parameter 'role' needs a 'country'");
	}

	@Test
	void the_kind_is_read_in_the_vocabulary_of_the_view_or_endpoint_and_the_as_of_day_too() {
		Map<String, String> event = Map.of("kind", "lifting-promised", "asOf", "2016-02");
		Map<String, String> action = Map.of("kind", "ARREST");

		assertThat(FilterParameters.read(event::get, this.actors, FilterParameters.Kinds.EITHER).filter()).isEqualTo(
				Filter.none().withEventKind(EventKind.LIFTING_PROMISED).withAsOf(java.time.LocalDate.of(2016, 2, 29)));
		assertThat(FilterParameters.read(action::get, this.actors, FilterParameters.Kinds.EITHER).filter())
			.isEqualTo(Filter.none().withEnforcementKind(org.sanctionstracker.enforcement.EnforcementKind.ARREST));
		assertThat(FilterParameters.read(action::get, this.actors, FilterParameters.Kinds.EVENT).problems().get("kind"))
			.startsWith("'ARREST' is not a valid kind; use one of CONSIDERED");
		assertThat(FilterParameters.read(Map.of("kind", "NOPE")::get, this.actors, FilterParameters.Kinds.EITHER)
			.problems()
			.get("kind")).contains("an event kind (").contains("an enforcement kind (");

		Filter chosen = Filter.none()
			.withEnforcementKind(org.sanctionstracker.enforcement.EnforcementKind.ARREST)
			.withAsOf(java.time.LocalDate.of(2010, 6, 30));
		Map<String, String> written = FilterParameters.write(chosen, null);
		assertThat(written).containsExactly(Map.entry("kind", "ARREST"), Map.entry("asOf", "2010-06-30"));
		assertThat(FilterParameters.read(written::get, this.actors, FilterParameters.Kinds.EITHER).filter())
			.isEqualTo(chosen);
	}

}
