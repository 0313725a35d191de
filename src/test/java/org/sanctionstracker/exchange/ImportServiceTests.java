package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.source.SourceDocumentService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports into a database holding the seed dataset: a file with any bad record writes
 * nothing and names the record, field and reason; a good file adds, changes or leaves
 * records as its preview says; the same file twice changes nothing; the whole database
 * exported, imported into an empty database and exported again gives the same bytes.
 * These tests get a database of their own (the property below), as they rewrite it.
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@AlsoOnPostgres
class ImportServiceTests {

	private static final String QUOTE = "The current trouble with our allies";

	private static final String OTHER_QUOTE = "Social Science Research Council";

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SourceDocumentService documents;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void removeTestRecords() {
		this.jdbc
			.update("delete from figure_evidence where figure_id in (select id from figure where seed_key like 't-%')");
		this.jdbc.update("delete from figure where seed_key like 't-%'");
		this.jdbc.update("delete from measure_event_evidence where event_id in"
				+ " (select id from measure_event where seed_key like 't-%')");
		this.jdbc.update("delete from measure_event where seed_key like 't-%'");
		this.jdbc.update(
				"delete from measure_evidence where measure_id in (select id from measure where seed_key like 't-%')");
		this.jdbc.update("delete from measure where seed_key like 't-%'");
		this.jdbc
			.update("delete from actor_evidence where actor_id in (select id from actor where seed_key like 't-%')");
		this.jdbc.update("delete from actor_alias where actor_id in (select id from actor where seed_key like 't-%')");
		this.jdbc.update("delete from actor where seed_key like 't-%'");
	}

	@Test
	void the_whole_database_round_trips_through_an_empty_database_byte_for_byte() {
		String first = ExchangeTestDatabase.database(this.exports);
		assertThat(first).contains("\"key\" : \"jpn-port-ban\"").contains("\"key\" : \"sigal-2009\"");
		List<String> decisions = ExchangeTestDatabase.decisions(this.jdbc);
		assertThat(decisions).hasSizeGreaterThan(10)
			.anySatisfy((d) -> assertThat(d).startsWith("sigal-2009 ").contains(" decision-sigal-worst-crises: "));
		Map<String, String> coverages = ExchangeTestDatabase.coverages(this.jdbc, this.documents);
		assertThat(coverages).hasSize(2).allSatisfy((doc, coverage) -> assertThat(coverage).startsWith("100 %"));

		ExchangeTestDatabase.empty(this.jdbc);
		assertThat(this.jdbc.queryForObject("select count(*) from measure", Integer.class)).isZero();
		ImportPlan plan = preview("database.json", first);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(plan.preview().rows()).allSatisfy((row) -> assertThat(row.change()).isEqualTo(ImportChange.NEW));
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);
		assertThat(result.outcome().issues()).isEmpty();
		assertThat(result.committed()).isTrue();
		assertThat(ExchangeTestDatabase.decisions(this.jdbc)).as("the analyst's decisions").isEqualTo(decisions);
		assertThat(ExchangeTestDatabase.coverages(this.jdbc, this.documents)).as("each document's coverage")
			.isEqualTo(coverages);

		String second = ExchangeTestDatabase.database(this.exports);
		assertThat(second).isEqualTo(first);

		ImportPlan again = preview("database.json", second);
		assertThat(again.preview().issues()).isEmpty();
		assertThat(again.preview().writes()).isZero();
		assertThat(again.preview().counts().get(ExchangeKind.EVENTS).get(ImportChange.UNCHANGED))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from measure_event", Integer.class))
			.isGreaterThan(50);
	}

	@Test
	void one_bad_row_among_good_ones_commits_nothing_and_names_row_field_and_reason() {
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		String csv = "key,name,kind,iso3,aliases,description,evidence\r\n" //
				+ "t-one,Test state one,STATE,,,,\r\n" //
				+ "t-two,Test state two,PLANET,,,,\r\n" //
				+ "t-three,Test state three,GROUPING,,\"[\"\"Third\"\"]\",,\r\n";

		ImportPlan plan = preview("actors.csv", csv);
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);

		assertThat(plan.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("row 3");
			assertThat(issue.key()).isEqualTo("t-two");
			assertThat(issue.field()).isEqualTo("kind");
			assertThat(issue.reason()).startsWith("'PLANET' is not one of STATE");
		});
		assertThat(result.committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void good_rows_are_added_as_previewed_and_the_same_file_again_changes_nothing() {
		String csv = "key,name,kind,iso3,aliases,description,evidence\r\n" //
				+ "t-one,Test state one,STATE,,,,\r\n" //
				+ "t-three,Test grouping,GROUPING,,\"[\"\"Third\"\"]\",\"=cmd|' /C calc'!A0\",\"[{\"\"doc\"\":\"\"sigal-2009\"\",\"\"quote\"\":\"\""
				+ QUOTE + "\"\"}]\"\r\n";

		ImportPlan plan = preview("actors.csv", csv);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(plan.preview().rows()).extracting(PreviewRow::change)
			.containsExactly(ImportChange.NEW, ImportChange.NEW);
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();

		assertThat(this.jdbc.queryForObject("select description from actor where seed_key = 't-three'", String.class))
			.isEqualTo("=cmd|' /C calc'!A0");
		Map<String, Integer> after = ExchangeTestDatabase.counts(this.jdbc);
		ImportPlan again = preview("actors.csv", csv);
		assertThat(again.preview().rows()).extracting(PreviewRow::change)
			.containsExactly(ImportChange.UNCHANGED, ImportChange.UNCHANGED);
		assertThat(this.imports.commit(again, ImportProgress.NONE).committed()).isTrue();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(after);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					unknown reference      | $.measures[0]            | imposer  | 'NOWHERE' is not an actor key, neither in this file nor in the database
					quote not in document  | $.measures[0]            | evidence | The quote is not in
					malformed date         | $.measures[0].events[0]  | date     | '2016-13' is not a real date
					impossible date        | $.measures[0].events[0]  | date     | '2016-02-30' is not a real date
					lifted before imposed  | $.measures[0].events[1]  |          | The measure cannot be lifted (2009) before it was imposed (2010)
					duplicate key          | $.measures[1]            | key      | the key 't-m' is used by another measure in this file
					unknown document       | $.measures[0]            | evidence | document 'nope-2000' is neither in this file nor in the database
					missing title          | $.measures[0]            | title    | is required
					""")
	void each_kind_of_bad_record_is_reported_and_nothing_is_written(String problem, String location, String field,
			String reason) {
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		String imposer = problem.equals("unknown reference") ? "NOWHERE" : "JPN";
		String quote = problem.equals("quote not in document") ? "Atlantis is sinking" : QUOTE;
		String doc = problem.equals("unknown document") ? "nope-2000" : "sigal-2009";
		String imposed = switch (problem) {
			case "malformed date" -> "2016-13";
			case "impossible date" -> "2016-02-30";
			default -> "2010";
		};
		String lifted = problem.equals("lifted before imposed") ? "2009" : "2011";
		String title = problem.equals("missing title") ? "" : "Test measure";
		String measure = """
				{"key": "t-m", "imposer": "%s", "target": "PRK", "type": "PORT_BAN", "title": "%s",
				 "evidence": [{"doc": "%s", "quote": "%s"}],
				 "events": [{"key": "t-m-imposed", "kind": "IMPOSED", "date": "%s", "evidence": []},
				            {"key": "t-m-lifted", "kind": "LIFTED", "date": "%s", "evidence": []}]}"""
			.formatted(imposer, title, doc, quote, imposed, lifted);
		String second = problem.equals("duplicate key") ? ", " + measure.replace("t-m-", "t-m2-") : "";
		String json = "{\"measures\": [" + measure + second + "]}";

		ImportPlan plan = preview("measures.json", json);
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);

		assertThat(plan.preview().issues()).anySatisfy((issue) -> {
			assertThat(issue.location()).isEqualTo(location);
			assertThat(issue.field()).isEqualTo(field);
			assertThat(issue.reason()).contains(reason);
		});
		assertThat(result.committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void an_actor_named_like_an_existing_one_but_for_case_is_refused_as_the_form_refuses_it() throws Exception {
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		String csv = "key,name,kind,iso3,aliases,description,evidence\r\n" //
				+ "t-dup,japan,STATE,,,,\r\n";

		ImportPlan plan = preview("actors.csv", csv);
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);

		assertThat(plan.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("row 2");
			assertThat(issue.field()).isEqualTo("name");
			assertThat(issue.reason()).isEqualTo("Another actor is already called \"Japan\"");
		});
		assertThat(result.committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		mvc.perform(get("/api/v1/measures?country=Japan&role=imposer"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].imposer.name").value("Japan"));
	}

	@Test
	void names_differing_only_in_spacing_and_case_are_one_name_for_coalitions_too() {
		String name = this.jdbc.queryForObject("select name from coalition where seed_key = 'six-party-talks'",
				String.class);
		String json = """
				{"coalitions": [{"key": "t-c", "name": "  %s ", "kind": "TALKS_FRAMEWORK",
				  "evidence": [{"doc": "sigal-2009", "quote": "%s"}]}]}"""
			.formatted(name.toUpperCase(java.util.Locale.ROOT).replace(" ", "   "), OTHER_QUOTE);

		ImportPlan plan = preview("c.json", json);

		assertThat(plan.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.field()).isEqualTo("name");
			assertThat(issue.reason()).isEqualTo("Another coalition is already called \"" + name + "\"");
		});
	}

	@Test
	void a_row_with_four_problems_lists_all_four() {
		String csv = "key,imposer,target,type,title,description,legal_basis,coalition,evidence\r\n"
				+ "t-four,NOWHERE,PRK,PLANET_BAN,,,,,\"[{\"\"doc\"\":\"\"sigal-2009\"\",\"\"quote\"\":\"\"Atlantis is sinking\"\"}]\"\r\n";

		ImportPlan plan = preview("measures.csv", csv);

		assertThat(plan.preview().issues()).extracting(ImportIssue::location).containsOnly("row 2");
		assertThat(plan.preview().issues()).extracting(ImportIssue::field)
			.containsExactlyInAnyOrder("imposer", "type", "title", "evidence");
	}

	@Test
	void a_measure_without_evidence_is_refused() {
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		String json = """
				{"measures": [{"key": "t-m", "imposer": "JPN", "target": "PRK", "type": "PORT_BAN",
				  "title": "Uncited port ban", "evidence": [],
				  "events": [{"key": "t-m-imposed", "kind": "IMPOSED", "date": "2010",
				              "evidence": [{"doc": "sigal-2009", "quote": "%s"}]}]}]}""".formatted(QUOTE);

		ImportPlan plan = preview("m.json", json);

		assertThat(plan.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("$.measures[0]");
			assertThat(issue.field()).isEqualTo("evidence");
			assertThat(issue.reason()).isEqualTo("Cite at least one passage of a stored document or a web address");
		});
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void a_changed_field_is_previewed_and_a_record_changed_since_the_preview_stops_the_commit() {
		String json = """
				{"actors": [{"key": "t-a", "name": "Test actor", "kind": "GROUPING", "aliases": [],
				  "evidence": [{"doc": "sigal-2009", "quote": "%s"}]}]}""".formatted(OTHER_QUOTE);
		assertThat(this.imports.commit(preview("a.json", json), ImportProgress.NONE).committed()).isTrue();

		ImportPlan plan = preview("a.json", json.replace("Test actor", "Renamed actor"));
		assertThat(plan.preview().rows()).singleElement().satisfies((row) -> {
			assertThat(row.change()).isEqualTo(ImportChange.CHANGED);
			assertThat(row.changedFields()).containsExactly("name");
		});
		this.jdbc
			.update("update actor set description = 'edited meanwhile', version = version + 1 where seed_key = 't-a'");

		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);

		assertThat(result.committed()).isFalse();
		assertThat(result.outcome().issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.reason()).contains("changed in the database by someone else"));
		assertThat(this.jdbc.queryForObject("select name from actor where seed_key = 't-a'", String.class))
			.isEqualTo("Test actor");
	}

	@Test
	void what_identifies_a_record_cannot_be_changed_by_an_import() {
		String json = """
				{"measures": [{"key": "jpn-port-ban", "imposer": "JPN", "target": "PRK", "type": "TRADE_RESTRICTION",
				  "title": "Changed", "evidence": [{"doc": "sigal-2009", "quote": "%s"}]}]}""".formatted(QUOTE);

		ImportPlan plan = preview("m.json", json);

		assertThat(plan.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.field()).isEqualTo("type");
			assertThat(issue.reason()).contains("cannot be changed by an import");
		});
	}

	@Test
	void an_events_csv_adds_an_event_to_a_seeded_measure_and_checks_its_context() {
		String header = "key,measure,measure_title,imposer,target,type,kind,date,date_precision,date_basis,note,evidence\r\n";
		String evidence = "\"[{\"\"doc\"\":\"\"sigal-2009\"\",\"\"quote\"\":\"\"" + QUOTE + "\"\"}]\"";
		String good = header + "t-e,jpn-port-ban,,JPN,PRK,PORT_BAN,CONSIDERED,2017-03,MONTH,,A test step," + evidence
				+ "\r\n";
		String wrongContext = header + "t-e,jpn-port-ban,,KOR,PRK,PORT_BAN,CONSIDERED,2017-03,MONTH,,A test step,"
				+ evidence + "\r\n";
		String wrongPrecision = header + "t-e,jpn-port-ban,,JPN,PRK,PORT_BAN,CONSIDERED,2017-03,DAY,,A test step,"
				+ evidence + "\r\n";

		assertThat(preview("events.csv", wrongContext).preview().issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.field()).isEqualTo("imposer"));
		assertThat(preview("events.csv", wrongPrecision).preview().issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.reason()).contains("does not fit the date '2017-03'"));

		ImportPlan plan = preview("events.csv", good);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		assertThat(this.jdbc.queryForObject("select date_precision from measure_event where seed_key = 't-e'",
				String.class))
			.isEqualTo("MONTH");
	}

	@Test
	void a_file_that_is_not_json_or_csv_is_one_clear_issue() {
		for (String content : List.of("{\"measures\": [", "\u0000\u0001binary", "key,name\r\n\"unclosed")) {
			ImportPlan plan = preview("x.json", content);
			assertThat(plan.preview().issues()).as(content).isNotEmpty();
			assertThat(plan.committable()).isFalse();
		}
		assertThat(preview("x.csv", "key,name,kind\r\n\"unclosed").preview().issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.reason()).contains("not valid CSV"));
	}

	private ImportPlan preview(String name, String content) {
		return this.imports.preview(name, content.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
	}

}
