package org.sanctionstracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.data.binder.ValueContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.exchange.ImportIssue;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceDraft;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One date parser and one set of messages: the same date typed into a form, written in a
 * view's address, sent to the API or found in an import file is refused with the same
 * plain words, and a date outside the plausible range (before 1900, or after today) is
 * refused by the service too, whoever calls it.
 */
class DateInputAcrossPathsTests extends WritingTests {

	private static final int FUTURE_YEAR = LocalDate.now().getYear() + 3;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ActorService actors;

	@Autowired
	ImportService imports;

	@Autowired
	MeasureService measures;

	@Autowired
	DashboardService dashboard;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		as("erin", "EDITOR");
	}

	static Stream<Arguments> badDates() {
		return Stream.of(Arguments.of("2016-02-30", "'2016-02-30' is not a real date: February 2016 has 29 days"),
				Arguments.of("2016-13",
						"'2016-13' is not a real date: there is no month 13 (write the month as 01 to 12)"),
				Arguments.of("2016-00",
						"'2016-00' is not a real date: there is no month 0 (write the month as 01 to 12)"),
				Arguments.of("2015-02-29", "'2015-02-29' is not a real date: February 2015 has 28 days"),
				Arguments.of("0000", "'0000' is too early: the tracker records dates from 1900 on"),
				Arguments.of("1899-12-31", "'1899-12-31' is too early: the tracker records dates from 1900 on"),
				Arguments.of(FUTURE_YEAR + "-01", "'" + FUTURE_YEAR + "-01' is in the future"),
				Arguments.of("yesterday", "'yesterday' is not a date: write a year (2009), a month (2008-11) or a day"
						+ " (2016-02-10)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDates")
	void a_bad_date_gets_the_same_plain_message_through_the_form_the_address_the_api_and_the_import(String typed,
			String message) throws Exception {
		String form = new PartialDateConverter().convertToModel(typed, new ValueContext()).getMessage().orElseThrow();
		String address = FilterParameters.read(Map.of("from", typed)::get, this.actors).problems().get("from");
		String api = JsonMapper.shared()
			.readTree(this.mvc.perform(get("/api/v1/events").param("from", typed))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("detail")
			.asString();
		List<ImportIssue> issues = this.imports
			.preview("events.json", eventFile(typed).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE)
			.preview()
			.issues();

		assertThat(form).as("form").startsWith(message);
		assertThat(address).as("address").contains(message);
		assertThat(api).as("API").contains(message);
		assertThat(issues).as("import").anySatisfy((issue) -> {
			assertThat(issue.field()).isEqualTo("date");
			assertThat(issue.reason()).startsWith(message);
		});
		for (String text : List.of(form, address, api)) {
			assertThat(text).doesNotContain("Invalid value", "Invalid date", "MonthOfYear", "DateTimeException");
		}
	}

	@Test
	void the_service_refuses_a_date_before_1900_or_after_today_with_the_forms_message() {
		long measureId = this.jdbc.queryForObject("select id from measure where seed_key = 'jpn-port-ban'", Long.class);
		for (PartialDate date : List.of(PartialDate.ofYear(1), PartialDate.ofYear(1899),
				PartialDate.ofMonth(FUTURE_YEAR, 1),
				new PartialDate(LocalDate.now().plusDays(1), org.sanctionstracker.base.DatePrecision.DAY))) {
			EventDraft draft = EventDraft.of(measureId);
			draft.setKind(EventKind.IMPOSED);
			draft.setDate(date);
			draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/sanctions")));
			String typed = date.iso();
			String expected = new PartialDateConverter().convertToModel(typed, new ValueContext())
				.getMessage()
				.orElse("no message for " + typed);

			assertThatThrownBy(() -> this.measures.saveEvent(draft)).as(typed)
				.isInstanceOfSatisfying(InvalidInputException.class,
						(refused) -> assertThat(refused.reasons()).containsEntry("date", expected));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from measure_event where date_from < date '1900-01-01'"
				+ " or date_from > current_date", Integer.class))
			.isZero();
	}

	@Test
	void a_refused_year_1_step_moves_neither_the_chart_axis_nor_the_as_of_day() {
		var axisBefore = this.dashboard.eventsOverTime(Filter.none()).axis();
		var asOfBefore = this.measures.asOf(null);
		long measureId = this.jdbc.queryForObject("select id from measure where seed_key = 'jpn-port-ban'", Long.class);
		EventDraft yearOne = EventDraft.of(measureId);
		yearOne.setKind(EventKind.IMPOSED);
		yearOne.setDate(PartialDate.ofYear(1));
		yearOne.setEvidence(List.of(EvidenceDraft.url("https://example.org/sanctions")));

		assertThatThrownBy(() -> this.measures.saveEvent(yearOne)).isInstanceOf(InvalidInputException.class);
		assertThat(this.imports
			.preview("events.json", eventFile("0001").getBytes(StandardCharsets.UTF_8), ImportProgress.NONE)
			.committable()).isFalse();

		assertThat(this.dashboard.eventsOverTime(Filter.none()).axis()).isEqualTo(axisBefore);
		assertThat(axisBefore.first()).isGreaterThanOrEqualTo(1900);
		assertThat(this.measures.asOf(null)).isEqualTo(asOfBefore);
	}

	@Test
	void a_year_0000_is_never_stored_as_year_1() {
		assertThatThrownBy(() -> PartialDate.parse("0000")).hasMessageContaining("too early");
		assertThat(PartialDate.parse("1900").iso()).isEqualTo("1900");
		assertThat(PartialDate.parse(String.valueOf(LocalDate.now().getYear())).lowerBound())
			.isEqualTo(LocalDate.now().withDayOfYear(1));
	}

	private static String eventFile(String date) {
		return """
				{"events": [{"key": "t-date-event", "measure": "jpn-port-ban", "kind": "IMPOSED", "date": "%s",
				  "evidence": [{"url": "https://example.org/sanctions"}]}]}""".formatted(date);
	}

}
