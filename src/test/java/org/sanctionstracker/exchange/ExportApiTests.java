package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The export endpoints on the seed dataset: the same filters as the lists give the same
 * records, files are named for download, and a bad parameter is a 400 before anything is
 * streamed.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class ExportApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void a_country_filtered_csv_has_the_rows_the_list_endpoint_has() throws Exception {
		MvcResult result = download("/api/v1/export/events.csv?country=KOR&role=imposer&from=2016");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode list = this.json
			.readTree(this.mvc.perform(get("/api/v1/events?country=KOR&role=imposer&from=2016&size=500"))
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"sanctions-tracker-events-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo(
				"\uFEFFkey,measure,measure_title,imposer,target,type,kind,date,date_precision,date_basis,note,evidence");
		ImportFile file = ImportFileReader.read("events.csv", csv.getBytes(StandardCharsets.UTF_8), (p) -> {
		});
		assertThat(file.issues).isEmpty();
		assertThat(file.events).hasSize(list.get("totalItems").asInt()).isNotEmpty();
		assertThat(file.events).allSatisfy((event) -> {
			assertThat(event.data().context().imposer()).isEqualTo("KOR");
			assertThat(event.data().date().lowerBound()).isAfterOrEqualTo(java.time.LocalDate.of(2016, 1, 1));
		});
	}

	@Test
	void a_json_export_of_measures_carries_events_and_evidence_by_key() throws Exception {
		JsonNode file = this.json
			.readTree(download("/api/v1/export/measures.json?country=JPN&type=PORT_BAN").getResponse()
				.getContentAsString(StandardCharsets.UTF_8));

		assertThat(file.get("format").asString()).isEqualTo("sanctions-coalition-tracker/dataset");
		JsonNode measure = file.get("measures").get(0);
		assertThat(measure.get("key").asString()).isEqualTo("jpn-port-ban");
		assertThat(measure.get("imposer").asString()).isEqualTo("JPN");
		assertThat(measure.get("events").get(0).get("date").asString()).isEqualTo("2006-10");
		assertThat(measure.get("evidence").get(0).get("doc").asString()).isEqualTo("sigal-2009");
	}

	@Test
	void every_kind_exports_in_both_formats() throws Exception {
		for (String kind : List.of("events", "measures", "enforcement-actions", "figures", "actors", "coalitions")) {
			for (String format : List.of("csv", "json")) {
				MvcResult result = download("/api/v1/export/" + kind + "." + format);
				assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8).length()).as(kind)
					.isGreaterThan(200);
			}
		}
	}

	@Test
	void bad_parameters_and_unknown_exports_are_refused_before_streaming() throws Exception {
		assertThat(status("/api/v1/export/events.csv?country=XXX")).isEqualTo(400);
		assertThat(status("/api/v1/export/events.csv?from=2016-13")).isEqualTo(400);
		assertThat(status("/api/v1/export/events.csv?page=2")).isEqualTo(400);
		assertThat(status("/api/v1/export/actors.csv?country=JPN")).isEqualTo(400);
		assertThat(status("/api/v1/export/database.json?country=JPN")).isEqualTo(400);
		assertThat(status("/api/v1/export/users.csv")).isEqualTo(404);
		assertThat(status("/api/v1/export/events.xlsx")).isEqualTo(404);
	}

	private MvcResult download(String uri) throws Exception {
		MvcResult started = this.mvc.perform(get(uri)).andReturn();
		assertThat(started.getResponse().getStatus()).as(uri).isEqualTo(200);
		MvcResult result = this.mvc.perform(asyncDispatch(started)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result;
	}

	private int status(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andReturn().getResponse().getStatus();
	}

}
