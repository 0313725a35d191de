package org.sanctionstracker.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionstracker.AlsoOnPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The read-only JSON API on the shipped seed dataset: filters combine as their
 * intersection, and every bad parameter is a 400 with a reason, never a 500.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class ReadApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void measures_by_imposer_and_type_carry_actors_events_and_evidence() throws Exception {
		JsonNode page = ok("/api/v1/measures?country=JPN&role=imposer&type=PORT_BAN");

		assertThat(page.get("totalItems").asLong()).isPositive();
		for (JsonNode measure : page.get("items")) {
			assertThat(measure.get("imposer").get("iso3").asString()).isEqualTo("JPN");
			assertThat(measure.get("imposer").get("name").asString()).isEqualTo("Japan");
			assertThat(measure.get("target").get("iso3").asString()).isEqualTo("PRK");
			assertThat(measure.get("type").asString()).isEqualTo("PORT_BAN");
			assertThat(measure.get("title").asString()).isNotBlank();
			assertThat(measure.get("events")).isNotEmpty();
			for (JsonNode event : measure.get("events")) {
				assertThat(event.get("kind").asString()).isNotBlank();
				assertThat(event.get("date").get("precision").asString()).isIn("DAY", "MONTH", "YEAR", "UNKNOWN");
				// every step of Japan's port ban cites a passage of a text; some cite the
				// public record's web address too
				assertThat(event.get("evidence")).isNotEmpty()
					.anySatisfy((evidence) -> assertThat(text(evidence, "documentTitle")).isNotBlank())
					.allSatisfy((evidence) -> assertThat(
							text(evidence, "documentTitle").isBlank() ? text(evidence, "url") : text(evidence, "quote"))
						.isNotBlank());
			}
		}
	}

	@Test
	void a_month_precise_date_is_written_with_its_bounds() throws Exception {
		JsonNode page = ok("/api/v1/events?from=2008-11&to=2008-11&type=AID_SUSPENSION");

		assertThat(page.get("items")).isNotEmpty();
		JsonNode date = page.get("items").get(0).get("date");
		assertThat(date.get("value").asString()).isEqualTo("2008-11");
		assertThat(date.get("precision").asString()).isEqualTo("MONTH");
		assertThat(date.get("earliest").asString()).isEqualTo("2008-11-01");
		assertThat(date.get("latest").asString()).isEqualTo("2008-11-30");
		assertThat(date.get("display").asString()).isEqualTo("Nov 2008");
	}

	@Test
	void combined_filters_give_the_intersection_of_each_filter_alone() throws Exception {
		Set<Long> japan = ids("/api/v1/events?country=JPN&size=500");
		Set<Long> period = ids("/api/v1/events?from=2014&to=2016-02&size=500");
		Set<Long> both = ids("/api/v1/events?country=JPN&from=2014&to=2016-02&size=500");

		Set<Long> expected = new HashSet<>(japan);
		expected.retainAll(period);
		assertThat(both).isNotEmpty().isEqualTo(expected).isNotEqualTo(japan).isNotEqualTo(period);
	}

	@Test
	void each_event_matches_every_filter_given() throws Exception {
		JsonNode page = ok("/api/v1/events?country=KOR&role=imposer&from=2016&kind=IMPOSED&size=500");

		assertThat(page.get("items")).isNotEmpty();
		for (JsonNode event : page.get("items")) {
			assertThat(event.get("imposer").get("iso3").asString()).isEqualTo("KOR");
			assertThat(event.get("kind").asString()).isEqualTo("IMPOSED");
			assertThat(event.get("date").get("earliest").asString()).isGreaterThanOrEqualTo("2016-01-01");
		}
	}

	@Test
	void the_role_decides_which_side_the_country_is_on() throws Exception {
		JsonNode imposed = ok("/api/v1/measures?country=PRK&role=imposer&size=500");
		JsonNode received = ok("/api/v1/measures?country=PRK&role=target&size=500");
		JsonNode either = ok("/api/v1/measures?country=PRK&size=500");

		assertThat(imposed.get("items"))
			.allSatisfy((m) -> assertThat(m.get("imposer").get("iso3").asString()).isEqualTo("PRK"));
		assertThat(received.get("items"))
			.allSatisfy((m) -> assertThat(m.get("target").get("iso3").asString()).isEqualTo("PRK"));
		assertThat(either.get("totalItems").asLong())
			.isEqualTo(imposed.get("totalItems").asLong() + received.get("totalItems").asLong());
	}

	@Test
	void a_country_can_be_named_by_alias() throws Exception {
		assertThat(ids("/api/v1/measures?country=Tokyo&size=500"))
			.isEqualTo(ids("/api/v1/measures?country=jpn&size=500"));
	}

	@Test
	void every_list_endpoint_answers_with_a_page() throws Exception {
		for (String path : List.of("actors", "coalitions", "measures", "events", "enforcement-actions", "figures")) {
			JsonNode page = ok("/api/v1/" + path);
			assertThat(page.get("items")).as(path).isNotEmpty();
			assertThat(page.get("page").asInt()).isZero();
			assertThat(page.get("size").asInt()).isEqualTo(50);
		}
	}

	@Test
	void pages_and_sorting_are_honoured() throws Exception {
		JsonNode first = ok("/api/v1/events?sort=date,desc&size=3");
		JsonNode second = ok("/api/v1/events?sort=date,desc&size=3&page=1");

		List<String> dates = StreamSupport.stream(first.get("items").spliterator(), false)
			.map((event) -> event.get("date").get("earliest").asString())
			.toList();
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(second.get("items").get(0).get("date").get("earliest").asString()).isLessThanOrEqualTo(dates.get(2));
		assertThat(first.get("totalPages").asInt()).isEqualTo((int) Math.ceil(first.get("totalItems").asLong() / 3.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/measures?country=XXX", "/api/v1/measures?country=JPN&role=sideways",
			"/api/v1/measures?type=FOO", "/api/v1/events?from=2016-13", "/api/v1/events?to=2016-02-30",
			"/api/v1/events?page=-1", "/api/v1/events?size=0", "/api/v1/events?size=501", "/api/v1/events?bogus=1",
			"/api/v1/events?sort=nope", "/api/v1/events?sort=date,sideways", "/api/v1/events?kind=BAD",
			"/api/v1/events?role=imposer", "/api/v1/events?from=2016&to=2015", "/api/v1/events?country=JPN&country=KOR",
			"/api/v1/events?coalition=abc", "/api/v1/enforcement-actions?kind=IMPOSED", "/api/v1/actors?kind=PLANET",
			"/api/v1/measures?asOf=yesterday", "/api/v1/measures/abc", "/api/v1/figures?kind=IMPOSED" })
	void a_bad_parameter_is_a_400_with_a_reason(String uri) throws Exception {
		MvcResult result = this.mvc.perform(get(uri)).andReturn();

		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(problem.get("detail").asString()).as(uri).isNotBlank().doesNotContain("Exception");
	}

	@Test
	void a_bad_parameter_message_says_what_is_allowed() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/measures?type=FOO")).andReturn();

		assertThat(this.json.readTree(result.getResponse().getContentAsString()).get("detail").asString())
			.startsWith("'FOO' is not a valid type; use one of PORT_BAN, SHIPPING_RESTRICTION");
	}

	@Test
	void a_missing_measure_is_a_404() throws Exception {
		assertThat(this.mvc.perform(get("/api/v1/measures/987654321")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void the_api_is_read_only() throws Exception {
		int status = this.mvc.perform(post("/api/v1/measures").contentType("application/json").content("{}"))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(405);
	}

	private JsonNode ok(String uri) throws Exception {
		MvcResult result = this.mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private Set<Long> ids(String uri) throws Exception {
		JsonNode page = ok(uri);
		assertThat(page.get("totalPages").asInt()).as(uri).isLessThanOrEqualTo(1);
		Set<Long> ids = new HashSet<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : "";
	}

}
