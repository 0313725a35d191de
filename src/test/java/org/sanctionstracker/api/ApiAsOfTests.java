package org.sanctionstracker.api;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanctionstracker.AlsoOnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's {@code status} uses the views' "as of" day: by default the last day the data
 * speaks of (not today), said in the response; {@code asOf} chooses another day, read by
 * the one date parser.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class ApiAsOfTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void the_status_is_as_the_data_stands_and_the_response_says_so() throws Exception {
		JsonNode page = ok("/api/v1/measures?country=JPN");

		assertThat(page.get("asOf").asString()).isEqualTo("2016-02-29");
		assertThat(page.get("asOfLabel").asString()).isEqualTo("as the data stands on 29 Feb 2016");
		assertThat(page.get("items")).isNotEmpty()
			.allSatisfy((measure) -> assertThat(measure.get("asOf").asString()).isEqualTo("2016-02-29"));
		long id = page.get("items").get(0).get("id").asLong();
		assertThat(ok("/api/v1/measures/" + id).get("asOf").asString()).isEqualTo("2016-02-29");
	}

	@Test
	void a_chosen_day_is_used_and_said() throws Exception {
		JsonNode page = ok("/api/v1/measures?country=JPN&asOf=2005-06-30");

		assertThat(page.get("asOf").asString()).isEqualTo("2005-06-30");
		assertThat(page.get("asOfLabel").asString()).isEqualTo("as of 30 Jun 2005");
		// Japan's port ban was imposed in October 2006 and reimposed in February 2016
		assertThat(portBan(page).get("status").asString()).isEqualTo("NOT_IN_FORCE");
		assertThat(portBan(ok("/api/v1/measures?country=JPN")).get("status").asString()).isEqualTo("IN_FORCE");
	}

	private static JsonNode portBan(JsonNode page) {
		return page.get("items")
			.valueStream()
			.filter((measure) -> measure.get("type").asString().equals("PORT_BAN"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void a_bad_or_future_as_of_is_refused_in_plain_words() throws Exception {
		assertThat(problem("/api/v1/measures?asOf=2016-13")).contains("there is no month 13");
		assertThat(problem("/api/v1/measures?asOf=" + LocalDate.now().plusYears(2))).contains("is in the future");
		assertThat(problem("/api/v1/measures/1?asOf=2016-02-30")).contains("February 2016 has 29 days");
	}

	private String problem(String uri) throws Exception {
		MvcResult result = this.mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
		return JsonMapper.shared().readTree(result.getResponse().getContentAsString()).get("detail").asString();
	}

	private JsonNode ok(String uri) throws Exception {
		MvcResult result = this.mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
	}

}
