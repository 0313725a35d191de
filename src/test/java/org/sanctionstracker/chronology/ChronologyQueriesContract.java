package org.sanctionstracker.chronology;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.dashboard.ReadSideSlice;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chronology's union of events and enforcement actions on every supported database:
 * order, undated records last, paging across the dated/undated boundary, filters and
 * quotes, on a fixture whose expected rows are listed in the comments.
 */
@ReadSideSlice
@Transactional
abstract class ChronologyQueriesContract {

	private static final Pageable FIRST_HUNDRED = PageRequest.of(0, 100);

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	ChronologyService chronology;

	Actor japan;

	Actor southKorea;

	/**
	 * <pre>
	 * 2006-10      E  Japanese port ban IMPOSED      (quoted)
	 * 2014-05      E  Re-investigation PROMISED
	 * 2014-07-04   E  Japanese port ban RELAXED
	 * 2016-02      A  ARREST by Japan
	 * 2016-02      A  DIPLOMATIC_REQUEST by the US (enforces the Kaesong closure)
	 * 2016-02-10   E  Japanese port ban REIMPOSED
	 * 2016-02-10   E  Kaesong closure IMPOSED        (quoted)
	 * undated      A  CAPACITY_BUILDING by South Korea
	 * undated      E  Re-investigation WITHDRAWN
	 * </pre>
	 */
	@BeforeEach
	void fixture() {
		SourceDocument document = persist(new SourceDocument("Fixture", SourceKind.NEWS, PartialDate.parse("2016-02"),
				"Japan banned port calls by North Korean ships. Seoul shut down Kaesong."));
		this.japan = persist(new Actor("Japan", ActorKind.STATE, "JPN"));
		this.southKorea = persist(new Actor("South Korea", ActorKind.STATE, "KOR"));
		Actor usa = persist(new Actor("United States", ActorKind.STATE, "USA"));
		Actor northKorea = persist(new Actor("North Korea", ActorKind.STATE, "PRK"));

		Measure portBan = persist(new Measure(this.japan, northKorea, MeasureType.PORT_BAN, "Japanese port ban"));
		event(portBan, EventKind.IMPOSED, "2006-10").getEvidence()
			.add(persist(Evidence.passage(document, "banned port calls by North Korean ships", 6)));
		event(portBan, EventKind.RELAXED, "2014-07-04");
		event(portBan, EventKind.REIMPOSED, "2016-02-10");
		Measure kaesong = persist(
				new Measure(this.southKorea, northKorea, MeasureType.BUSINESS_CLOSURE, "Kaesong closure"));
		event(kaesong, EventKind.IMPOSED, "2016-02-10").getEvidence()
			.add(persist(Evidence.passage(document, "shut down Kaesong", 53)));
		Measure reinvestigation = persist(
				new Measure(northKorea, this.japan, MeasureType.ENGAGEMENT, "Re-investigation"));
		event(reinvestigation, EventKind.PROMISED, "2014-05");
		event(reinvestigation, EventKind.WITHDRAWN, "");

		EnforcementAction arrest = new EnforcementAction(this.japan, EnforcementKind.ARREST,
				PartialDate.parse("2016-02"), "Arrest of a North Korean agent");
		arrest.setTarget(northKorea);
		persist(arrest);
		EnforcementAction demand = new EnforcementAction(usa, EnforcementKind.DIPLOMATIC_REQUEST,
				PartialDate.parse("2016-02"), "Demand that Seoul close Kaesong");
		demand.setTarget(this.southKorea);
		demand.setMeasure(kaesong);
		persist(demand);
		persist(new EnforcementAction(this.southKorea, EnforcementKind.CAPACITY_BUILDING, PartialDate.unknown(),
				"Scanning equipment for ASEAN"));
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void events_and_actions_come_in_date_order_with_undated_ones_last() {
		assertThat(rows(Filter.none(), null, FIRST_HUNDRED)).containsExactly("2006-10 Japanese port ban Imposed",
				"2014-05 Re-investigation Promised", "2014-07-04 Japanese port ban Relaxed",
				"2016-02 Arrest of a North Korean agent Arrest",
				"2016-02 Demand that Seoul close Kaesong Diplomatic request", "2016-02-10 Japanese port ban Reimposed",
				"2016-02-10 Kaesong closure Imposed", " Scanning equipment for ASEAN Capacity building",
				" Re-investigation Withdrawn");
	}

	@Test
	void newest_first_still_puts_undated_ones_last() {
		assertThat(rows(Filter.none(), null, PageRequest.of(0, 100, Sort.by(Sort.Order.desc("date"))))).containsExactly(
				"2016-02-10 Kaesong closure Imposed", "2016-02-10 Japanese port ban Reimposed",
				"2016-02 Demand that Seoul close Kaesong Diplomatic request",
				"2016-02 Arrest of a North Korean agent Arrest", "2014-07-04 Japanese port ban Relaxed",
				"2014-05 Re-investigation Promised", "2006-10 Japanese port ban Imposed",
				" Scanning equipment for ASEAN Capacity building", " Re-investigation Withdrawn");
	}

	@Test
	void pages_join_up_across_dated_and_undated_records() {
		List<String> all = rows(Filter.none(), null, FIRST_HUNDRED);

		assertThat(rows(Filter.none(), null, PageRequest.of(0, 4))).isEqualTo(all.subList(0, 4));
		assertThat(rows(Filter.none(), null, PageRequest.of(1, 4))).isEqualTo(all.subList(4, 8));
		assertThat(rows(Filter.none(), null, PageRequest.of(2, 4))).isEqualTo(all.subList(8, 9));
		assertThat(rows(Filter.none(), null, PageRequest.of(3, 4))).isEmpty();
	}

	@Test
	void filters_apply_to_both_kinds_of_record() {
		// Japan imposed the port ban, was the target of the re-investigation and arrested
		// an agent
		assertThat(rows(Filter.none().withActor(this.japan.getId(), CountryRole.ANY), null, FIRST_HUNDRED)).hasSize(6);
		assertThat(rows(Filter.none().withActor(this.japan.getId(), CountryRole.TARGET), null, FIRST_HUNDRED))
			.containsExactly("2014-05 Re-investigation Promised", " Re-investigation Withdrawn");
		assertThat(rows(Filter.none().withActor(this.southKorea.getId(), CountryRole.TARGET), null, FIRST_HUNDRED))
			.containsExactly("2016-02 Demand that Seoul close Kaesong Diplomatic request");
		// an event kind leaves the actions out, an enforcement kind the events
		assertThat(rows(Filter.none().withEventKind(EventKind.IMPOSED), null, FIRST_HUNDRED))
			.containsExactly("2006-10 Japanese port ban Imposed", "2016-02-10 Kaesong closure Imposed");
		assertThat(rows(Filter.none(), EnforcementKind.ARREST, FIRST_HUNDRED))
			.containsExactly("2016-02 Arrest of a North Korean agent Arrest");
		// the demand enforces the Kaesong closure
		assertThat(rows(Filter.none().withType(MeasureType.BUSINESS_CLOSURE), null, FIRST_HUNDRED)).containsExactly(
				"2016-02 Demand that Seoul close Kaesong Diplomatic request", "2016-02-10 Kaesong closure Imposed");
		assertThat(rows(Filter.none().withPeriod(PartialDate.parse("2016"), null), null, FIRST_HUNDRED)).hasSize(4)
			.noneMatch((row) -> row.startsWith(" "));
		assertThat(rows(Filter.none().withText("PORT CALLS"), null, FIRST_HUNDRED))
			.containsExactly("2006-10 Japanese port ban Imposed");
		assertThat(rows(Filter.none().withText("asean"), null, FIRST_HUNDRED))
			.containsExactly(" Scanning equipment for ASEAN Capacity building");
	}

	@Test
	void a_country_filter_gives_the_same_pages_whether_its_measures_or_the_dates_are_read_first() {
		List<Filter> filters = new ArrayList<>();
		for (Actor actor : List.of(this.japan, this.southKorea)) {
			for (CountryRole role : CountryRole.values()) {
				filters.add(Filter.none().withActor(actor.getId(), role));
				filters.add(Filter.none().withActor(actor.getId(), role).withType(MeasureType.PORT_BAN));
				filters.add(Filter.none()
					.withActor(actor.getId(), role)
					.withPeriod(PartialDate.parse("2014-06"), PartialDate.parse("2016")));
			}
		}
		List<Pageable> pages = List.of(FIRST_HUNDRED, PageRequest.of(1, 2),
				PageRequest.of(0, 100, Sort.by(Sort.Order.desc("date"))), PageRequest.of(0, 100, Sort.by("kind")));
		// limits around the few measures of these countries: each role is cut to the
		// limit on its own before their union, whose size then decides the way
		List<Integer> limits = List.of(1, 2, 3, 5, ChronologyService.SELECTIVE_MEASURES);
		for (Filter filter : filters) {
			for (Pageable page : pages) {
				this.chronology.setSelectiveMeasures(0);
				List<String> throughDates = rows(filter, null, page);
				for (int limit : limits) {
					this.chronology.setSelectiveMeasures(limit);
					assertThat(rows(filter, null, page)).as(filter + " " + page + " limit " + limit)
						.isEqualTo(throughDates);
				}
			}
		}
		this.chronology.setSelectiveMeasures(ChronologyService.SELECTIVE_MEASURES);
		assertThat(rows(Filter.none().withActor(this.japan.getId(), CountryRole.IMPOSER), null, FIRST_HUNDRED))
			.containsExactly("2006-10 Japanese port ban Imposed", "2014-07-04 Japanese port ban Relaxed",
					"2016-02 Arrest of a North Korean agent Arrest", "2016-02-10 Japanese port ban Reimposed");
	}

	@Test
	void each_entry_carries_its_first_quote_and_names() {
		ChronologyEntry first = this.chronology.entries(Filter.none(), PageRequest.of(0, 1)).get(0);

		assertThat(first.quote().quote()).isEqualTo("banned port calls by North Korean ships");
		assertThat(first.quote().documentTitle()).isEqualTo("Fixture");
		assertThat(first.evidence()).hasSize(1);
		assertThat(first.actor().iso3()).isEqualTo("JPN");
		assertThat(first.target().iso3()).isEqualTo("PRK");
		assertThat(first.type()).isEqualTo(MeasureType.PORT_BAN);
		assertThat(first.record()).isEqualTo(ChronologyEntry.Record.EVENT);

		ChronologyEntry demand = this.chronology
			.entries(Filter.none().withEnforcementKind(EnforcementKind.DIPLOMATIC_REQUEST), FIRST_HUNDRED)
			.get(0);
		assertThat(demand.measureTitle()).isEqualTo("Kaesong closure");
		assertThat(demand.target().name()).isEqualTo("South Korea");
		assertThat(demand.quote()).isNull();
		assertThat(this.chronology.entry(ChronologyEntry.Record.ENFORCEMENT_ACTION, demand.id()))
			.hasValueSatisfying((entry) -> assertThat(entry.headline()).isEqualTo("Demand that Seoul close Kaesong"));
		assertThat(this.chronology.entry(ChronologyEntry.Record.EVENT, first.id()))
			.hasValueSatisfying((entry) -> assertThat(entry.quote().quote()).startsWith("banned port calls"));
	}

	@Test
	void other_sort_keys_break_ties_by_date() {
		List<String> byActor = this.chronology.entries(Filter.none(), PageRequest.of(0, 100, Sort.by("actor")))
			.stream()
			.map((entry) -> entry.actor().name() + " " + entry.date().iso())
			.toList();

		assertThat(byActor).containsExactly("Japan 2006-10", "Japan 2014-07-04", "Japan 2016-02", "Japan 2016-02-10",
				"North Korea 2014-05", "North Korea ", "South Korea 2016-02-10", "South Korea ",
				"United States 2016-02");
		assertThat(this.chronology.entries(Filter.none(), PageRequest.of(0, 2, Sort.by("kind").descending())))
			.extracting(ChronologyEntry::kindLabel)
			.containsExactly("Withdrawn", "Relaxed");
		assertThatThrownBy(() -> this.chronology.entries(Filter.none(), PageRequest.of(0, 10, Sort.by("nonsense"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private List<String> rows(Filter filter, EnforcementKind kind, Pageable pageable) {
		return this.chronology.entries(filter.withEnforcementKind(kind), pageable)
			.stream()
			.map((entry) -> entry.date().iso() + " " + entry.headline() + " " + entry.kindLabel())
			.toList();
	}

	private MeasureEvent event(Measure measure, EventKind kind, String date) {
		return persist(measure.addEvent(new MeasureEvent(kind, PartialDate.parse(date))));
	}

	private <T> T persist(T entity) {
		return this.entityManager.persist(entity);
	}

}
