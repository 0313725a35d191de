package org.sanctionstracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.DatabaseProduct;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every dashboard aggregate on every supported database, on a small fixture whose
 * expected numbers are worked out by hand in each test (the comments show the working).
 * The measures in force are also checked against {@code Lifecycle.statusOn} on random
 * lifecycles.
 */
@ReadSideSlice
@Transactional
abstract class DashboardQueriesContract {

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	DashboardService dashboard;

	@Autowired
	DataSource dataSource;

	Actor japan;

	Actor southKorea;

	Actor usa;

	Actor northKorea;

	Coalition trilateral;

	Coalition sixParty;

	/**
	 * <pre>
	 * m1 JPN port ban      IMPOSED 2006-10, LIFTING_PROMISED 2008-08, RELAXED 2014-07-04, REIMPOSED 2016-02-10
	 * m2 JPN travel ban    IMPOSED 2006-10, LIFTED 2014-07-04
	 * m3 KOR Kaesong       IMPOSED 2016-02-10
	 * m4 KOR aid stop      IMPOSED 2008 (year only), RELAXED 2009-08
	 * m5 USA designation   IMPOSED 1988-01, LIFTED 2008-10-11
	 * m6 PRK re-investig.  PROMISED 2014-05, IMPOSED 2014-07-04, WITHDRAWN (undated), LIFTED 2016-02
	 * m7 USA energy aid    CONSIDERED 2008-09
	 * </pre>
	 */
	@BeforeEach
	void fixture() {
		this.japan = persist(new Actor("Japan", ActorKind.STATE, "JPN"));
		this.southKorea = persist(new Actor("South Korea", ActorKind.STATE, "KOR"));
		this.usa = persist(new Actor("United States", ActorKind.STATE, "USA"));
		this.northKorea = persist(new Actor("North Korea", ActorKind.STATE, "PRK"));
		Actor eu = persist(new Actor("European Union", ActorKind.INTERNATIONAL_ORGANIZATION, null));

		this.trilateral = new Coalition("Trilateral coalition", CoalitionKind.AD_HOC_COALITION);
		for (Actor member : List.of(this.japan, this.southKorea, this.usa)) {
			this.trilateral.addMembership(new CoalitionMembership(member, MembershipBasis.MEMBER,
					PartialDate.parse("2016-02"), PartialDate.unknown()));
		}
		this.trilateral
			.addMembership(new CoalitionMembership(eu, MembershipBasis.PROPOSED, PartialDate.unknown(), null));
		persist(this.trilateral);
		this.sixParty = new Coalition("Six-Party Talks", CoalitionKind.TALKS_FRAMEWORK);
		for (Actor member : List.of(this.usa, this.southKorea, this.japan)) {
			this.sixParty.addMembership(new CoalitionMembership(member, MembershipBasis.MEMBER,
					PartialDate.parse("2003-08"), PartialDate.unknown()));
		}
		this.sixParty.addMembership(new CoalitionMembership(this.northKorea, MembershipBasis.MEMBER,
				PartialDate.parse("2003-08"), PartialDate.parse("2009-04")));
		persist(this.sixParty);

		Measure portBan = measure(this.japan, this.northKorea, MeasureType.PORT_BAN, "Japanese port ban",
				this.trilateral);
		event(portBan, EventKind.IMPOSED, "2006-10");
		event(portBan, EventKind.LIFTING_PROMISED, "2008-08");
		event(portBan, EventKind.RELAXED, "2014-07-04");
		event(portBan, EventKind.REIMPOSED, "2016-02-10");
		Measure travelBan = measure(this.japan, this.northKorea, MeasureType.TRAVEL_BAN, "Japanese travel ban", null);
		event(travelBan, EventKind.IMPOSED, "2006-10");
		event(travelBan, EventKind.LIFTED, "2014-07-04");
		Measure kaesong = measure(this.southKorea, this.northKorea, MeasureType.BUSINESS_CLOSURE, "Kaesong closure",
				this.trilateral);
		event(kaesong, EventKind.IMPOSED, "2016-02-10");
		Measure aid = measure(this.southKorea, this.northKorea, MeasureType.AID_SUSPENSION, "Aid suspension", null);
		event(aid, EventKind.IMPOSED, "2008");
		event(aid, EventKind.RELAXED, "2009-08");
		Measure designation = measure(this.usa, this.northKorea, MeasureType.DESIGNATION, "State sponsor of terrorism",
				null);
		event(designation, EventKind.IMPOSED, "1988-01");
		event(designation, EventKind.LIFTED, "2008-10-11");
		Measure reinvestigation = measure(this.northKorea, this.japan, MeasureType.ENGAGEMENT,
				"Abduction re-investigation", null);
		event(reinvestigation, EventKind.PROMISED, "2014-05");
		event(reinvestigation, EventKind.IMPOSED, "2014-07-04");
		event(reinvestigation, EventKind.WITHDRAWN, "");
		event(reinvestigation, EventKind.LIFTED, "2016-02");
		Measure energyAid = measure(this.usa, this.northKorea, MeasureType.AID_SUSPENSION, "Energy aid", null);
		event(energyAid, EventKind.CONSIDERED, "2008-09");

		EnforcementAction arrest = new EnforcementAction(this.japan, EnforcementKind.ARREST,
				PartialDate.parse("2016-02"), "Arrest of a North Korean agent");
		arrest.setTarget(this.northKorea);
		persist(arrest);
		EnforcementAction demand = new EnforcementAction(this.usa, EnforcementKind.DIPLOMATIC_REQUEST,
				PartialDate.parse("2016-02"), "Demand that Seoul close Kaesong");
		demand.setTarget(this.southKorea);
		demand.setMeasure(kaesong);
		persist(demand);
		persist(new EnforcementAction(this.southKorea, EnforcementKind.CAPACITY_BUILDING, PartialDate.unknown(),
				"Scanning equipment for ASEAN"));
		persist(new EnforcementAction(this.southKorea, EnforcementKind.DIPLOMATIC_REQUEST, PartialDate.parse("2016"),
				"Appeal to Europe to join the sanctions"));

		Figure revenue = new Figure(new BigDecimal("120000000"), null, "USD", FigurePeriod.PER_YEAR, "Kaesong revenue");
		revenue.setMeasure(kaesong);
		revenue.setDate(PartialDate.parse("2016-02"));
		persist(revenue);
		Figure wages = new Figure(new BigDecimal("70"), new BigDecimal("80"), "USD", FigurePeriod.PER_MONTH,
				"Kaesong wages");
		wages.setActor(this.northKorea);
		wages.setDate(PartialDate.parse("2009"));
		persist(wages);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void events_are_counted_per_year_imposer_and_kind() {
		EventsOverTime events = this.dashboard.eventsOverTime(Filter.none());

		assertThat(events.axis()).isEqualTo(new PeriodAxis(Granularity.YEAR, 1988, 2016));
		assertThat(events.counts())
			.extracting((c) -> c.period(), (c) -> c.imposer().iso3(), EventCount::kind, EventCount::count)
			.containsExactlyInAnyOrder(tuple(1988, "USA", EventKind.IMPOSED, 1L),
					tuple(2006, "JPN", EventKind.IMPOSED, 2L), tuple(2008, "JPN", EventKind.LIFTING_PROMISED, 1L),
					tuple(2008, "KOR", EventKind.IMPOSED, 1L), tuple(2008, "USA", EventKind.LIFTED, 1L),
					tuple(2008, "USA", EventKind.CONSIDERED, 1L), tuple(2009, "KOR", EventKind.RELAXED, 1L),
					tuple(2014, "JPN", EventKind.RELAXED, 1L), tuple(2014, "JPN", EventKind.LIFTED, 1L),
					tuple(2014, "PRK", EventKind.PROMISED, 1L), tuple(2014, "PRK", EventKind.IMPOSED, 1L),
					tuple(2016, "JPN", EventKind.REIMPOSED, 1L), tuple(2016, "KOR", EventKind.IMPOSED, 1L),
					tuple(2016, "PRK", EventKind.LIFTED, 1L));
		// in the order the chart's table lists them, on every database
		assertThat(events.counts()).isSortedAccordingTo(Comparator.comparingInt(EventCount::period)
			.thenComparing((EventCount count) -> count.imposer().name())
			.thenComparing((count) -> count.kind().name()));
		// 16 events: 15 dated ones above, the withdrawal of the re-investigation undated
		assertThat(events.undated()).isEqualTo(1);
		assertThat(events.yearOnly()).isZero();
	}

	@Test
	void a_crowded_events_chart_shows_the_twelve_most_active_imposers_and_sums_the_others_on_every_path() {
		// 16 more imposers: imposer i imposed i + 1 measures in March 2010, one a month
		// later; with the fixture's 4, 20 imposers take steps
		for (int i = 0; i < 16; i++) {
			Actor imposer = persist(new Actor("Imposer " + (char) ('A' + i), ActorKind.STATE, null));
			for (int j = 0; j <= i; j++) {
				Measure crowded = measure(imposer, this.northKorea, MeasureType.PORT_BAN,
						"Crowded measure " + i + "-" + j, null);
				event(crowded, EventKind.IMPOSED, "2010-03");
				event(crowded, EventKind.RELAXED, (j % 2 == 0) ? "2010-04" : "2011");
			}
		}
		this.entityManager.flush();
		this.entityManager.clear();
		List<ActorRef> ranking = this.dashboard.actorsByActivity();

		// from the rollups: no filter and a period counted by month (slice 'S', the
		// counts summed over the kinds), a country (two slices: the imposers not shown
		// apart summed in the database, as on PostgreSQL, or here, as on H2); from the
		// records: text. Each way on each database.
		List<Filter> filters = List.of(Filter.none(),
				Filter.none().withPeriod(PartialDate.parse("2010-01"), PartialDate.parse("2010-12")),
				Filter.none().withActor(this.northKorea.getId(), CountryRole.ANY), Filter.none().withText("crowded"));
		try {
			for (boolean sumsInDatabase : new boolean[] { true, false }) {
				this.dashboard.setSumsInDatabase(sumsInDatabase);
				for (Filter filter : filters) {
					assertEventsChartSplitsTheTable(filter, ranking, sumsInDatabase);
				}
			}
		}
		finally {
			this.dashboard.setSumsInDatabase(DatabaseProduct.isPostgres(this.dataSource));
		}
	}

	private void assertEventsChartSplitsTheTable(Filter filter, List<ActorRef> ranking, boolean sumsInDatabase) {
		String as = filter + (sumsInDatabase ? ", summed in the database" : ", summed here");
		EventsChart chart = this.dashboard.eventsChart(filter);
		EventsOverTime all = this.dashboard.eventsOverTime(filter);

		Set<Long> imposers = all.counts().stream().map((count) -> count.imposer().id()).collect(Collectors.toSet());
		List<ActorRef> ranked = ranking.stream().filter((actor) -> imposers.contains(actor.id())).toList();
		assertThat(ranked).as(as).hasSizeGreaterThan(ChartSeries.MAX_SHOWN + 1);
		assertThat(chart.shown()).as(as).isEqualTo(ranked.subList(0, ChartSeries.MAX_SHOWN));
		assertThat(chart.shown().get(0).name()).as(as).isEqualTo("Imposer P");
		assertThat(chart.others()).as(as).isEqualTo(ranked.subList(ChartSeries.MAX_SHOWN, ranked.size()));
		assertThat(chart.axis()).as(as).isEqualTo(all.axis());
		assertThat(chart.undated()).isEqualTo(all.undated());
		assertThat(chart.yearOnly()).isEqualTo(all.yearOnly());
		Set<Long> apart = chart.shown().stream().map(ActorRef::id).collect(Collectors.toSet());
		assertThat(chart.counts()).as(as + ": the counts of those shown apart, as the table lists them")
			.isEqualTo(all.counts().stream().filter((count) -> apart.contains(count.imposer().id())).toList());
		Map<Integer, Long> others = new TreeMap<>();
		all.counts()
			.stream()
			.filter((count) -> !apart.contains(count.imposer().id()))
			.forEach((count) -> others.merge(count.period(), count.count(), Long::sum));
		assertThat(chart.othersByPeriod()).as(as).isEqualTo(others).isNotEmpty();
		assertThat(chart.total()).isEqualTo(all.counts().stream().mapToLong(EventCount::count).sum());
	}

	@Test
	void a_short_period_is_counted_by_month_leaving_out_year_only_dates() {
		Filter korea2008to2009 = Filter.none()
			.withActor(this.southKorea.getId(), CountryRole.IMPOSER)
			.withPeriod(PartialDate.parse("2008-01"), PartialDate.parse("2009-12"));

		EventsOverTime events = this.dashboard.eventsOverTime(korea2008to2009);

		// 24 months; the imposition dated "2008" cannot be placed in a month
		assertThat(events.axis()).isEqualTo(new PeriodAxis(Granularity.MONTH, 2008 * 12, 2009 * 12 + 11));
		assertThat(events.counts()).singleElement().satisfies((count) -> {
			assertThat(events.axis().label(count.period())).isEqualTo("Aug 2009");
			assertThat(count.kind()).isEqualTo(EventKind.RELAXED);
		});
		assertThat(events.yearOnly()).isEqualTo(1);
		assertThat(events.undated()).isZero();
	}

	@Test
	void event_filters_narrow_the_counts_like_the_event_list() {
		assertThat(this.dashboard.eventsOverTime(Filter.none().withEventKind(EventKind.LIFTED)).counts())
			.extracting((c) -> c.imposer().iso3(), EventCount::count)
			.containsExactlyInAnyOrder(tuple("USA", 1L), tuple("JPN", 1L), tuple("PRK", 1L));
		assertThat(this.dashboard.eventsOverTime(Filter.none().withCoalition(this.trilateral.getId())).counts())
			.extracting(EventCount::count)
			.containsOnly(1L)
			.hasSize(5);
		assertThat(this.dashboard.eventsOverTime(Filter.none().withText("KAESONG")).counts()).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(EventKind.IMPOSED));
		assertThat(
				this.dashboard.eventsOverTime(Filter.none().withActor(this.japan.getId(), CountryRole.TARGET)).counts())
			.extracting(EventCount::kind)
			.containsExactlyInAnyOrder(EventKind.PROMISED, EventKind.IMPOSED, EventKind.LIFTED);
	}

	@Test
	void measures_in_force_are_counted_at_each_year_end() {
		InForceOverTime inForce = this.dashboard.inForceOverTime(Filter.none());

		assertThat(inForce.axis()).isEqualTo(new PeriodAxis(Granularity.YEAR, 1988, 2016));
		// peak counts: Japan 2, South Korea 2, North Korea 1, United States 1
		assertThat(inForce.imposers()).extracting(ActorRef::iso3).containsExactly("JPN", "KOR", "PRK", "USA");
		assertThat(series(inForce, "JPN", 2005, 2006, 2013, 2014, 2015, 2016)).containsExactly(0L, 2L, 2L, 1L, 1L, 1L);
		assertThat(series(inForce, "KOR", 2007, 2008, 2009, 2015, 2016)).containsExactly(0L, 1L, 1L, 1L, 2L);
		assertThat(series(inForce, "USA", 1988, 2007, 2008, 2016)).containsExactly(1L, 1L, 0L, 0L);
		assertThat(series(inForce, "PRK", 2013, 2014, 2015, 2016)).containsExactly(0L, 1L, 1L, 0L);
		assertThat(inForce.points()).extracting(InForcePoint::uncertain).containsOnly(0L);
		assertThat(inForce.points()).hasSize(29 * 4);
	}

	@Test
	void a_step_dated_only_to_a_year_is_uncertain_at_month_ends_inside_it() {
		InForceOverTime inForce = this.dashboard
			.inForceOverTime(Filter.none().withPeriod(PartialDate.parse("2008-01"), PartialDate.parse("2008-12")));

		assertThat(inForce.axis().granularity()).isEqualTo(Granularity.MONTH);
		assertThat(inForce.axis().size()).isEqualTo(12);
		assertThat(inForce.imposers()).extracting(ActorRef::iso3).containsExactly("JPN", "KOR", "USA");
		List<InForcePoint> korea = points(inForce, "KOR");
		// imposed "2008": may or may not be in force until the year is over
		assertThat(korea.subList(0, 11)).extracting(InForcePoint::inForce, InForcePoint::uncertain)
			.containsOnly(tuple(0L, 1L));
		assertThat(korea.get(11).inForce()).isEqualTo(1);
		assertThat(korea.get(11).uncertain()).isZero();
		// lifted on 11 Oct 2008: in force at the end of September, not at the end of
		// October
		assertThat(points(inForce, "USA")).extracting(InForcePoint::inForce)
			.containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L);
		assertThat(points(inForce, "JPN")).extracting(InForcePoint::inForce).containsOnly(2L);
	}

	@Test
	void in_force_counts_take_the_measure_filters_but_not_the_period() {
		InForceOverTime japanese = this.dashboard.inForceOverTime(Filter.none()
			.withActor(this.japan.getId(), CountryRole.IMPOSER)
			.withPeriod(PartialDate.parse("2010"), PartialDate.parse("2016")));

		assertThat(japanese.axis()).isEqualTo(new PeriodAxis(Granularity.YEAR, 2010, 2016));
		assertThat(series(japanese, "JPN", 2010, 2013, 2014, 2016)).containsExactly(2L, 2L, 1L, 1L);
		assertThat(japanese.imposers()).extracting(ActorRef::iso3).containsExactly("JPN");
		assertThat(this.dashboard.inForceOverTime(Filter.none().withType(MeasureType.TRAVEL_BAN)).imposers())
			.extracting(ActorRef::iso3)
			.containsExactly("JPN");
		assertThat(this.dashboard.inForceOverTime(Filter.none().withEventKind(EventKind.CONSIDERED)).axis())
			.as("the only measure with a CONSIDERED step was never in force")
			.isNull();
	}

	@Test
	void in_force_counts_match_lifecycle_status_on_for_random_lifecycles() {
		Random random = new Random(20160210);
		List<Actor> imposers = List.of(this.japan, this.southKorea, this.usa);
		Map<Long, List<Lifecycle.Step>> stepsByMeasure = new HashMap<>();
		Map<Long, Long> imposerOf = new HashMap<>();
		EventKind[] kinds = EventKind.values();
		for (int i = 0; i < 80; i++) {
			Actor imposer = imposers.get(random.nextInt(imposers.size()));
			Measure measure = measure(imposer, this.northKorea, MeasureType.OTHER, "Random " + i, null);
			List<Lifecycle.Step> steps = new ArrayList<>();
			for (int s = random.nextInt(6); s >= 0; s--) {
				EventKind kind = (s == 0 || random.nextInt(3) == 0) ? EventKind.IMPOSED
						: kinds[random.nextInt(kinds.length)];
				PartialDate date = randomDate(random);
				try {
					event(measure, kind, date.iso());
					steps.add(new Lifecycle.Step(kind, date));
				}
				catch (IllegalArgumentException impossibleOrder) {
					// e.g. lifted certainly before imposed: the entity refuses it
				}
			}
			stepsByMeasure.put(measure.getId(), steps);
			imposerOf.put(measure.getId(), imposer.getId());
		}
		this.entityManager.flush();

		for (Filter filter : List.of(
				Filter.none()
					.withType(MeasureType.OTHER)
					.withPeriod(PartialDate.parse("2000"), PartialDate.parse("2004")),
				Filter.none()
					.withType(MeasureType.OTHER)
					.withPeriod(PartialDate.parse("2001-01"), PartialDate.parse("2002-12")))) {
			InForceOverTime inForce = this.dashboard.inForceOverTime(filter);
			PeriodAxis axis = inForce.axis();
			Map<String, long[]> expected = new LinkedHashMap<>();
			Map<String, long[]> actual = new LinkedHashMap<>();
			for (int period : axis.indexes()) {
				LocalDate day = axis.lastDay(period);
				for (Actor imposer : imposers) {
					long[] counts = new long[2];
					stepsByMeasure.forEach((measureId, steps) -> {
						if (imposerOf.get(measureId).equals(imposer.getId())) {
							MeasureStatus status = Lifecycle.statusOn(steps, day);
							counts[0] += (status == MeasureStatus.IN_FORCE) ? 1 : 0;
							counts[1] += (status == MeasureStatus.UNCERTAIN) ? 1 : 0;
						}
					});
					expected.put(day + " " + imposer.getIso3(), counts);
					actual.put(day + " " + imposer.getIso3(), new long[2]);
				}
			}
			inForce.points()
				.forEach((point) -> actual.put(axis.lastDay(point.period()) + " " + point.imposer().iso3(),
						new long[] { point.inForce(), point.uncertain() }));
			assertThat(actual).as(axis.granularity() + " axis").usingRecursiveComparison().isEqualTo(expected);
			assertThat(expected.values().stream().mapToLong((counts) -> counts[1]).sum())
				.as("the fixture exercises uncertain statuses on the monthly axis")
				.matches((uncertain) -> axis.granularity() == Granularity.YEAR || uncertain > 0);
		}
	}

	@Test
	void measures_are_counted_per_imposer_and_type() {
		assertThat(this.dashboard.measuresByImposerAndType(Filter.none()))
			.extracting((c) -> c.imposer().iso3(), TypeCount::type, TypeCount::count)
			.containsExactlyInAnyOrder(tuple("JPN", MeasureType.PORT_BAN, 1L), tuple("JPN", MeasureType.TRAVEL_BAN, 1L),
					tuple("KOR", MeasureType.BUSINESS_CLOSURE, 1L), tuple("KOR", MeasureType.AID_SUSPENSION, 1L),
					tuple("USA", MeasureType.DESIGNATION, 1L), tuple("USA", MeasureType.AID_SUSPENSION, 1L),
					tuple("PRK", MeasureType.ENGAGEMENT, 1L));
		// measures with a LIFTED step: m2, m5, m6
		assertThat(this.dashboard.measuresByImposerAndType(Filter.none().withEventKind(EventKind.LIFTED)))
			.extracting(TypeCount::type)
			.containsExactlyInAnyOrder(MeasureType.TRAVEL_BAN, MeasureType.DESIGNATION, MeasureType.ENGAGEMENT);
		// measures with a step in 2016: m1, m3, m6
		assertThat(this.dashboard.measuresByImposerAndType(Filter.none().withPeriod(PartialDate.parse("2016"), null)))
			.extracting(TypeCount::type)
			.containsExactlyInAnyOrder(MeasureType.PORT_BAN, MeasureType.BUSINESS_CLOSURE, MeasureType.ENGAGEMENT);
		assertThat(this.dashboard.measuresByImposerAndType(Filter.none().withType(MeasureType.AID_SUSPENSION)))
			.extracting((c) -> c.imposer().iso3())
			.containsExactlyInAnyOrder("KOR", "USA");
	}

	@Test
	void alignment_shows_the_members_on_the_day_and_their_measure_types_in_force() {
		CoalitionAlignment endOfFebruary = this.dashboard
			.alignment(this.trilateral.getId(), LocalDate.of(2016, 2, 29), Filter.none())
			.orElseThrow();

		// the EU's proposed membership has no start date, so it counts
		assertThat(endOfFebruary.members()).extracting((m) -> m.actor().name(), AlignmentMember::basis)
			.containsExactly(tuple("European Union", MembershipBasis.PROPOSED), tuple("Japan", MembershipBasis.MEMBER),
					tuple("South Korea", MembershipBasis.MEMBER), tuple("United States", MembershipBasis.MEMBER));
		// Japan's travel ban was lifted in 2014, the US designation in 2008
		assertThat(endOfFebruary.cells())
			.extracting((c) -> c.member().iso3(), AlignmentCell::type, AlignmentCell::inForce, AlignmentCell::uncertain)
			.containsExactlyInAnyOrder(tuple("JPN", MeasureType.PORT_BAN, 1L, 0L),
					tuple("KOR", MeasureType.AID_SUSPENSION, 1L, 0L),
					tuple("KOR", MeasureType.BUSINESS_CLOSURE, 1L, 0L));

		CoalitionAlignment beforeKaesong = this.dashboard
			.alignment(this.trilateral.getId(), LocalDate.of(2016, 2, 5), Filter.none())
			.orElseThrow();
		assertThat(beforeKaesong.cells()).extracting(AlignmentCell::type)
			.containsExactlyInAnyOrder(MeasureType.PORT_BAN, MeasureType.AID_SUSPENSION);
	}

	@Test
	void alignment_marks_steps_that_may_not_have_happened_yet_as_uncertain_and_drops_former_members() {
		CoalitionAlignment mid2008 = this.dashboard
			.alignment(this.sixParty.getId(), LocalDate.of(2008, 6, 30), Filter.none())
			.orElseThrow();

		assertThat(mid2008.members()).extracting((m) -> m.actor().iso3()).containsExactly("JPN", "PRK", "KOR", "USA");
		assertThat(mid2008.cells())
			.extracting((c) -> c.member().iso3(), AlignmentCell::type, AlignmentCell::inForce, AlignmentCell::uncertain)
			.containsExactlyInAnyOrder(tuple("JPN", MeasureType.PORT_BAN, 1L, 0L),
					tuple("JPN", MeasureType.TRAVEL_BAN, 1L, 0L), tuple("KOR", MeasureType.AID_SUSPENSION, 0L, 1L),
					tuple("USA", MeasureType.DESIGNATION, 1L, 0L));

		assertThat(this.dashboard.alignment(this.sixParty.getId(), LocalDate.of(2010, 1, 1), Filter.none())
			.orElseThrow()
			.members()).extracting((m) -> m.actor().iso3()).doesNotContain("PRK");
		assertThat(this.dashboard
			.alignment(this.sixParty.getId(), LocalDate.of(2008, 6, 30), Filter.none().withType(MeasureType.TRAVEL_BAN))
			.orElseThrow()
			.cells()).extracting(AlignmentCell::type).containsExactly(MeasureType.TRAVEL_BAN);
		assertThat(this.dashboard.alignment(987654L, LocalDate.of(2008, 6, 30), Filter.none())).isEmpty();
	}

	@Test
	void enforcement_actions_are_counted_per_actor_and_kind() {
		assertThat(this.dashboard.enforcementByActorAndKind(Filter.none()))
			.extracting((c) -> c.actor().iso3(), EnforcementCount::kind, EnforcementCount::count)
			.containsExactlyInAnyOrder(tuple("JPN", EnforcementKind.ARREST, 1L),
					tuple("USA", EnforcementKind.DIPLOMATIC_REQUEST, 1L),
					tuple("KOR", EnforcementKind.CAPACITY_BUILDING, 1L),
					tuple("KOR", EnforcementKind.DIPLOMATIC_REQUEST, 1L));
		assertThat(this.dashboard.enforcementByActorAndKind(Filter.none().withType(MeasureType.BUSINESS_CLOSURE)))
			.extracting((c) -> c.actor().iso3())
			.containsExactly("USA");
		assertThat(this.dashboard
			.enforcementByActorAndKind(Filter.none().withActor(this.southKorea.getId(), CountryRole.ANY)))
			.extracting(EnforcementCount::count)
			.containsExactly(1L, 1L, 1L);
		// the undated capacity building drops out once a period is set
		assertThat(this.dashboard.enforcementByActorAndKind(Filter.none().withPeriod(PartialDate.parse("2016"), null)))
			.extracting(EnforcementCount::kind)
			.containsExactlyInAnyOrder(EnforcementKind.ARREST, EnforcementKind.DIPLOMATIC_REQUEST,
					EnforcementKind.DIPLOMATIC_REQUEST);
	}

	@Test
	void key_figures_count_what_the_filter_selects() {
		KeyFigures all = this.dashboard.keyFigures(Filter.none(), LocalDate.of(2016, 12, 31));

		// in force at the end of 2016: port ban (reimposed), Kaesong closure, aid
		// suspension (relaxed)
		assertThat(all).isEqualTo(new KeyFigures(7, 16, 3, 0, LocalDate.of(2016, 12, 31), 4, 4, 2));

		KeyFigures kaesong = this.dashboard.keyFigures(Filter.none().withText("kaesong"), LocalDate.of(2016, 12, 31));
		assertThat(kaesong).isEqualTo(new KeyFigures(1, 1, 1, 0, LocalDate.of(2016, 12, 31), 1, 1, 2));

		// the re-investigation ended "February 2016": on 15 February that may or may not
		// have happened
		KeyFigures northKorean = this.dashboard.keyFigures(
				Filter.none().withActor(this.northKorea.getId(), CountryRole.IMPOSER), LocalDate.of(2016, 2, 15));
		assertThat(northKorean.inForce()).isZero();
		assertThat(northKorean.uncertain()).isEqualTo(1);
		assertThat(northKorean.figures()).as("the wages figure names North Korea").isEqualTo(1);
	}

	@Test
	void actors_are_ranked_by_activity_for_their_colours() {
		// South Korea 2 measures + 2 actions; Japan and the US 2 + 1; North Korea 1; EU 0
		assertThat(this.dashboard.actorsByActivity()).extracting(ActorRef::name)
			.containsExactly("South Korea", "Japan", "United States", "North Korea", "European Union");
	}

	@Test
	void defaults_come_from_the_data() {
		// Six-Party Talks members imposed 7 measures, the trilateral coalition's 6
		assertThat(this.dashboard.busiestCoalition())
			.hasValueSatisfying((coalition) -> assertThat(coalition.name()).isEqualTo("Six-Party Talks"));
	}

	private static List<Long> series(InForceOverTime inForce, String iso3, int... periods) {
		List<Long> values = new ArrayList<>();
		for (int period : periods) {
			values.add(inForce.points()
				.stream()
				.filter((point) -> point.period() == period && iso3.equals(point.imposer().iso3()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no point for " + iso3 + " in " + period))
				.inForce());
		}
		return values;
	}

	private static List<InForcePoint> points(InForceOverTime inForce, String iso3) {
		return inForce.points().stream().filter((point) -> iso3.equals(point.imposer().iso3())).toList();
	}

	private static PartialDate randomDate(Random random) {
		int year = 2000 + random.nextInt(4);
		int month = 1 + random.nextInt(12);
		return switch (random.nextInt(7)) {
			case 0 -> PartialDate.unknown();
			case 1, 2 -> PartialDate.ofYear(year);
			case 3, 4 -> PartialDate.ofMonth(year, month);
			default -> new PartialDate(LocalDate.of(year, month, 1).plusDays(random.nextInt(28)), DatePrecision.DAY);
		};
	}

	private Measure measure(Actor imposer, Actor target, MeasureType type, String title, Coalition coalition) {
		Measure measure = new Measure(imposer, target, type, title);
		measure.setCoalition(coalition);
		return persist(measure);
	}

	private MeasureEvent event(Measure measure, EventKind kind, String date) {
		return persist(measure.addEvent(new MeasureEvent(kind, PartialDate.parse(date))));
	}

	private <T> T persist(T entity) {
		return this.entityManager.persist(entity);
	}

}
