package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;

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
 * The GSDB-compatible and CAMEO-coded exports on the seed dataset, checked against the
 * formats' published field lists (copied below: the Global Sanctions Data Base's
 * variables, GDELT 1.0's event fields, the CAMEO 1.1b3 codebook's codes) and against what
 * an analyst knows of the cases: Japan's port ban is a trade case from 2006, the UN
 * sanctions are expanded to the Council's member states in the dyadic file, the state
 * sponsor of terrorism listing ends in 2008 (or is still in force as of 2007), and each
 * lifecycle step carries its CAMEO code, actors, day, quote and measure.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class ResearchFormatsExportTests {

	/** GSDB case-level variables (Felbermayr et al. 2020; GSDB codebook). */
	private static final List<String> GSDB_CASE = List.of("case_id", "sanctioned_state", "sanctioning_state", "begin",
			"end", "trade", "descr_trade", "arms", "military", "financial", "travel", "other", "target_mult",
			"sender_mult", "objective", "success");

	/** GSDB dyadic variables. */
	private static final List<String> GSDB_DYADIC = List.of("case_id", "sanctioned_state", "sanctioning_state", "year",
			"trade", "descr_trade", "arms", "military", "financial", "travel", "other", "target_mult", "sender_mult",
			"objective", "success");

	/** GDELT 1.0 event table fields, in their order there (a subset). */
	private static final List<String> GDELT = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code",
			"Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode",
			"EventBaseCode", "EventRootCode", "QuadClass", "SOURCEURL");

	/** CAMEO 1.1b3 event codes of the cues that concern sanctions, aid and coercion. */
	private static final Set<String> CAMEO_CODES = Set.of("010", "012", "020", "021", "022", "0254", "030", "031",
			"0311", "033", "0331", "034", "035", "0354", "036", "040", "046", "050", "057", "060", "061", "070", "071",
			"080", "081", "084", "085", "110", "111", "120", "124", "1244", "128", "130", "131", "1311", "1312", "1313",
			"139", "160", "161", "162", "1621", "1622", "1623", "163", "164", "166", "170", "171", "1711", "172", "173",
			"174");

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void gsdb_cases_have_gsdb_variables_first_and_japans_port_ban_is_a_trade_case_from_2006() throws Exception {
		List<Map<String, String>> rows = rows("/api/v1/export/gsdb-cases.csv", GSDB_CASE);
		Map<String, Map<String, String>> byCase = byColumn(rows, "case_id");

		assertThat(byCase.get("jpn-port-ban")).containsEntry("sanctioned_state", "North Korea")
			.containsEntry("sanctioning_state", "Japan")
			.containsEntry("begin", "2006")
			.containsEntry("end", "2016")
			.containsEntry("trade", "1")
			.containsEntry("financial", "0")
			.containsEntry("sender_mult", "0")
			.containsEntry("in_force_on_as_of", "1");
		assertThat(byCase.get("usa-sst-designation")).containsEntry("begin", "1988")
			.containsEntry("end", "2008")
			.containsEntry("other", "1")
			.containsEntry("in_force_on_as_of", "0");
		assertThat(byCase.get("usa-energy-aid-suspension")).containsEntry("financial", "1");
		assertThat(byCase.get("unsc-dprk-sanctions")).containsEntry("sanctioning_state", "UN Security Council")
			.containsEntry("sender_mult", "1");
		assertThat(byCase).doesNotContainKeys("jpn-koizumi-summit-2002", "kor-secondary-shipping-boycott");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("sanctioned_state")).isNotBlank();
			assertThat(List.of("trade", "arms", "military", "financial", "travel", "other")
				.stream()
				.filter((flag) -> row.get(flag).equals("1"))).hasSize(1);
			assertThat(Integer.parseInt(row.get("begin"))).isLessThanOrEqualTo(Integer.parseInt(row.get("end")));
		});
	}

	@Test
	void gsdb_dyads_expand_the_un_sanctions_to_the_member_states_of_its_coalition() throws Exception {
		List<Map<String, String>> rows = rows("/api/v1/export/gsdb-dyadic.csv", GSDB_DYADIC);

		assertThat(rows)
			.filteredOn((r) -> r.get("case_id").equals("unsc-dprk-sanctions") && r.get("year").equals("2007"))
			.extracting((r) -> r.get("sanctioning_state"))
			.contains("China", "Russia", "United Kingdom", "United States")
			.doesNotContain("UN Security Council", "UN member states in Africa");
		assertThat(rows).filteredOn((r) -> r.get("case_id").equals("unsc-dprk-sanctions"))
			.allSatisfy((r) -> assertThat(r.get("via")).isEqualTo("UN Security Council"));
		assertThat(rows).filteredOn((r) -> r.get("case_id").equals("jpn-port-ban"))
			.extracting((r) -> r.get("year"))
			.containsExactly("2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015", "2016");
	}

	@Test
	void the_gsdb_files_honour_the_as_of_day_and_the_filter() throws Exception {
		Map<String, Map<String, String>> then = byColumn(
				rows("/api/v1/export/gsdb-cases.csv?asOf=2007-12-31", GSDB_CASE), "case_id");
		List<Map<String, String>> japan = rows("/api/v1/export/gsdb-cases.csv?country=JPN&role=imposer", GSDB_CASE);

		assertThat(then.get("usa-sst-designation")).containsEntry("end", "2007")
			.containsEntry("in_force_on_as_of", "1")
			.containsEntry("as_of", "2007-12-31");
		assertThat(then).doesNotContainKey("kor-kaesong-closure");
		assertThat(japan).isNotEmpty().allSatisfy((r) -> assertThat(r.get("sanctioning_state")).isEqualTo("Japan"));
	}

	@Test
	void cameo_events_carry_codebook_codes_actors_day_quote_and_measure() throws Exception {
		List<Map<String, String>> rows = rows("/api/v1/export/events-cameo.csv", GDELT);
		Map<String, Map<String, String>> byId = byColumn(rows, "GLOBALEVENTID");

		assertThat(rows).allSatisfy((r) -> {
			String code = r.get("EventCode");
			assertThat(CAMEO_CODES).as(r.get("GLOBALEVENTID")).contains(code);
			assertThat(r.get("EventBaseCode")).isEqualTo(code.substring(0, 3));
			assertThat(r.get("EventRootCode")).isEqualTo(code.substring(0, 2));
			int root = Integer.parseInt(r.get("EventRootCode"));
			assertThat(r.get("QuadClass"))
				.isEqualTo(String.valueOf((root <= 5) ? 1 : (root <= 9) ? 2 : (root <= 14) ? 3 : 4));
			assertThat(r.get("SQLDATE")).matches("(\\d{8})?");
			assertThat(r.get("quote") + r.get("SOURCEURL")).as("evidence").isNotBlank();
		});
		assertThat(byId.get("jpn-port-ban-imposed")).containsEntry("EventCode", "163")
			.containsEntry("Actor1Code", "JPN")
			.containsEntry("Actor2Code", "PRK")
			.containsEntry("SQLDATE", "20061001")
			.containsEntry("date", "2006-10")
			.containsEntry("date_precision", "MONTH")
			.containsEntry("measure_id", "jpn-port-ban")
			.containsEntry("document", "sigal-2009");
		assertThat(byId.get("jpn-port-ban-imposed").get("quote")).isNotBlank();
		assertThat(byId.get("jpn-port-ban-relaxed-2014")).containsEntry("EventCode", "085");
		assertThat(byId.get("jpn-port-ban-lifting-promised-2008")).containsEntry("EventCode", "0354");
		assertThat(rows).extracting((r) -> r.get("EventCode")).contains("163", "085", "0354", "1621", "1312");
		assertThat(rows).filteredOn((r) -> r.get("record").equals("enforcement_action")).isNotEmpty();
		assertThat(rows).filteredOn((r) -> r.get("Actor1Name").equals("UN Security Council"))
			.allSatisfy((r) -> assertThat(r.get("Actor1Code")).isEqualTo("IGOUNO"));
	}

	@Test
	void bad_parameters_are_refused_before_streaming() throws Exception {
		assertThat(status("/api/v1/export/gsdb-cases.csv?asOf=tomorrow")).isEqualTo(400);
		assertThat(status("/api/v1/export/gsdb-dyadic.csv?country=XXX")).isEqualTo(400);
		assertThat(status("/api/v1/export/events-cameo.csv?kind=IMPOSED")).isEqualTo(400);
	}

	// ---- helpers

	private List<Map<String, String>> rows(String uri, List<String> publishedFields) throws Exception {
		MvcResult started = this.mvc.perform(get(uri)).andReturn();
		assertThat(started.getResponse().getStatus()).as(uri).isEqualTo(200);
		MvcResult result = this.mvc.perform(asyncDispatch(started)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("no byte order mark").doesNotStartWith("\uFEFF");
		Csv.Reader csv = new Csv.Reader(new java.io.StringReader(body));
		List<String> header = csv.next();
		assertThat(header.subList(0, publishedFields.size())).isEqualTo(publishedFields);
		List<Map<String, String>> rows = new java.util.ArrayList<>();
		List<String> row;
		while ((row = csv.next()) != null) {
			if (row.size() == 1 && row.get(0).isEmpty()) {
				continue;
			}
			assertThat(row).hasSameSizeAs(header);
			Map<String, String> named = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				named.put(header.get(i), row.get(i));
			}
			rows.add(named);
		}
		assertThat(rows).as(uri).isNotEmpty();
		return rows;
	}

	private static Map<String, Map<String, String>> byColumn(List<Map<String, String>> rows, String column) {
		Map<String, Map<String, String>> by = new HashMap<>();
		rows.forEach((r) -> by.put(r.get(column), r));
		return by;
	}

	private int status(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andReturn().getResponse().getStatus();
	}

}
