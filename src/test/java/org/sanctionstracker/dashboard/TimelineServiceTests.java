package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The timeline, the map's counts and the comparison on the seed dataset, checked against
 * what the two source texts and the public record say.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class TimelineServiceTests {

	@Autowired
	TimelineService timeline;

	@Autowired
	DashboardService dashboard;

	@Autowired
	ActorService actors;

	@Test
	void south_koreas_kaesong_closure_starts_on_10_february_2016_and_is_still_in_force() {
		TimelineMeasure kaesong = measure(lane("KOR"), "Closure of the Kaesong Industrial Complex");

		assertThat(kaesong.segments()).hasSize(1);
		TimelineSegment closure = kaesong.segments().get(0);
		assertThat(closure.period().from()).isEqualTo(LocalDate.of(2016, 2, 10));
		assertThat(closure.period().until()).as("open to the right while in force").isNull();
		assertThat(closure.period().rough()).isFalse();
		assertThat(closure.step().kind()).isEqualTo(EventKind.IMPOSED);
		assertThat(closure.step().date().display()).isEqualTo("10 Feb 2016");
		assertThat(closure.step().quote()).contains("totally suspending the operation");
	}

	@Test
	void japans_port_ban_is_relaxed_in_2014_and_reimposed_on_19_february_2016_with_the_month_dated_steps_marked_rough() {
		TimelineMeasure portBan = measure(lane("JPN"), "Ban on North Korean ships entering Japanese ports");

		assertThat(portBan.segments())
			.extracting((segment) -> segment.step().kind(), (segment) -> segment.period().from(),
					(segment) -> segment.period().rough())
			.containsExactly(tuple(EventKind.IMPOSED, LocalDate.of(2006, 10, 1), true),
					tuple(EventKind.IMPOSED, LocalDate.of(2006, 10, 31), false),
					tuple(EventKind.RELAXED, LocalDate.of(2014, 7, 4), false),
					tuple(EventKind.REIMPOSED, LocalDate.of(2016, 2, 19), false));
		assertThat(portBan.segments().get(2).step().date().display()).isEqualTo("4 Jul 2014");
		assertThat(portBan.segments().get(3).step().date().display()).isEqualTo("19 Feb 2016");
		// the promise to lift in 2008, its withdrawal and the announcement of 10 February
		// 2016 are markers, not changes of status
		assertThat(portBan.markers()).extracting(TimelineStep::kind, (step) -> step.date().display())
			.containsExactly(tuple(EventKind.LIFTING_PROMISED, "13 Jun 2008"), tuple(EventKind.WITHDRAWN, "Sep 2008"),
					tuple(EventKind.ANNOUNCED, "10 Feb 2016"));
	}

	@Test
	void the_us_state_sponsor_designation_bar_ends_when_it_was_lifted_on_11_october_2008() {
		TimelineMeasure designation = measure(lane("USA"),
				"U.S. designation of North Korea as a state sponsor of terrorism");

		TimelineSegment last = designation.segments().get(designation.segments().size() - 1);
		assertThat(last.period().until()).isEqualTo(LocalDate.of(2008, 10, 11));
		assertThat(designation.segments().get(0).period().from()).isEqualTo(LocalDate.of(1988, 1, 1));
		assertThat(designation.markers()).extracting(TimelineStep::kind, (step) -> step.date().display())
			.as("the promise of February 2007 and the notice to Congress of June 2008")
			.containsExactly(tuple(EventKind.LIFTING_PROMISED, "13 Feb 2007"),
					tuple(EventKind.LIFTING_PROMISED, "26 Jun 2008"));
	}

	@Test
	void lanes_group_by_imposer_coalition_or_type_and_sum_up_as_density_strips() {
		TimelineOverview byImposer = this.timeline.overview(Filter.none(), TimelineGrouping.IMPOSER);
		assertThat(byImposer.lanes()).extracting(TimelineLane::label)
			.contains("Japan", "South Korea", "United States", "North Korea");
		assertThat(byImposer.lanes().stream().mapToInt(TimelineLane::measures).sum()).isEqualTo(byImposer.measures());
		TimelineLane japan = byImposer.lane(String.valueOf(actor("JPN").id()));
		int y2010 = 2010 - byImposer.axis().first();
		assertThat(japan.density().get(y2010))
			.as("Japan's port ban, travel ban, two Koizumi summits and Fukuda's talks on their bars in 2010")
			.isEqualTo(5);

		TimelineOverview byType = this.timeline.overview(Filter.none(), TimelineGrouping.TYPE);
		assertThat(byType.lane(MeasureType.PORT_BAN.name()).measures()).isEqualTo(2);
		TimelineOverview byCoalition = this.timeline.overview(Filter.none(), TimelineGrouping.COALITION);
		assertThat(byCoalition.lanes()).extracting(TimelineLane::label).contains("Within no coalition");
	}

	@Test
	void the_filters_period_sets_the_axis_and_keeps_measures_in_force_during_it() {
		Filter period = Filter.none()
			.withPeriod(org.sanctionstracker.base.PartialDate.parse("2012"),
					org.sanctionstracker.base.PartialDate.parse("2013"));
		TimelineOverview overview = this.timeline.overview(period, TimelineGrouping.IMPOSER);

		assertThat(overview.first()).isEqualTo(LocalDate.of(2012, 1, 1));
		assertThat(overview.last()).isEqualTo(LocalDate.of(2013, 12, 31));
		TimelineRows japan = this.timeline.rows(period, overview, String.valueOf(actor("JPN").id()), 50);
		assertThat(japan.measures()).extracting(TimelineMeasure::title)
			.as("imposed in 2006, in force through 2012")
			.contains("Ban on North Korean ships entering Japanese ports");
	}

	@Test
	void the_map_counts_each_imposers_measures_in_force_against_north_korea_on_any_day() {
		ActorRef target = this.timeline.target(Filter.none()).orElseThrow();
		assertThat(target.iso3()).isEqualTo("PRK");
		InForceByActor map = this.timeline.inForceByActor(Filter.none(), target);

		ActorInForce usa = map.of(actor("USA").id()).orElseThrow();
		assertThat(usa.on(LocalDate.of(2008, 10, 10)).inForce()).isEqualTo(1);
		assertThat(usa.on(LocalDate.of(2008, 10, 11)).inForce()).isZero();
		ActorInForce japan = map.of(actor("JPN").id()).orElseThrow();
		assertThat(japan.on(LocalDate.of(2006, 10, 15)).uncertain()).as("imposed in October 2006").isEqualTo(2);
		assertThat(japan.on(LocalDate.of(2006, 11, 1)).inForce()).as("port ban, travel ban, two Koizumi summits")
			.isEqualTo(4);
		assertThat(map.of(actor("PRK").id())).as("North Korea imposes nothing on itself").isEmpty();
	}

	@Test
	void the_maps_counts_and_the_dashboards_sql_give_the_same_numbers_on_any_day() {
		ActorRef prk = actor("PRK");
		Filter againstPrk = Filter.none().withActor(prk.id(), CountryRole.TARGET);
		InForceByActor map = this.timeline.inForceByActor(againstPrk, prk);
		for (LocalDate day : List.of(LocalDate.of(2006, 10, 15), LocalDate.of(2008, 10, 11), LocalDate.of(2009, 6, 30),
				LocalDate.of(2014, 7, 4), LocalDate.of(2016, 2, 15), LocalDate.of(2016, 2, 29))) {
			KeyFigures figures = this.dashboard.keyFigures(againstPrk, day);
			assertThat(map.actors().stream().mapToLong((actor) -> actor.on(day).inForce()).sum())
				.as("in force on %s", day)
				.isEqualTo(figures.inForce());
			assertThat(map.actors().stream().mapToLong((actor) -> actor.on(day).uncertain()).sum())
				.as("uncertain on %s", day)
				.isEqualTo(figures.uncertain());
		}
	}

	@Test
	void comparing_japan_south_korea_and_the_us_shows_who_moved_first_and_the_gaps() {
		ActorRef jpn = actor("JPN");
		ActorRef kor = actor("KOR");
		ActorRef usa = actor("USA");
		ActorRef target = this.timeline.target(Filter.none()).orElseThrow();
		Comparison comparison = this.timeline.comparison(Filter.none(), target, List.of(jpn, kor, usa),
				LocalDate.of(2016, 2, 29));

		assertThat(comparison.cell(jpn, MeasureType.PORT_BAN).orElseThrow().status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(comparison.cell(usa, MeasureType.PORT_BAN)).isEmpty();
		assertThat(comparison.movers(MeasureType.PORT_BAN))
			.extracting((cell) -> cell.actor().iso3(), (cell) -> cell.firstTaken().display())
			.containsExactly(tuple("JPN", "Oct 2006"), tuple("KOR", "24 May 2010"));
		assertThat(comparison.cell(usa, MeasureType.DESIGNATION).orElseThrow().status()).as("lifted in 2008")
			.isEqualTo(MeasureStatus.NOT_IN_FORCE);
		assertThat(comparison.gaps(kor, usa)).extracting(ComparisonCell::type)
			.contains(MeasureType.PORT_BAN, MeasureType.BUSINESS_CLOSURE);
		assertThat(comparison.gaps(usa, jpn)).extracting(ComparisonCell::type)
			.contains(MeasureType.LEGISLATION, MeasureType.SECONDARY_SANCTION)
			.doesNotContain(MeasureType.DESIGNATION);

		Comparison in2007 = this.timeline.comparison(Filter.none(), target, List.of(jpn, kor, usa),
				LocalDate.of(2007, 12, 31));
		assertThat(in2007.cell(usa, MeasureType.DESIGNATION).orElseThrow().status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(in2007.movers(MeasureType.PORT_BAN)).extracting((cell) -> cell.actor().iso3())
			.containsExactly("JPN");
	}

	@Test
	void an_organisation_is_shown_by_the_members_of_the_coalitions_it_acted_in() {
		ActorRef unsc = this.actors.resolve("UN Security Council").orElseThrow();
		var members = this.timeline.members(List.of(unsc), LocalDate.of(2016, 2, 29));

		assertThat(members.get(unsc)).extracting(ActorRef::iso3).contains("CHN", "USA", "RUS", "GBR");
		assertThat(this.timeline.members(List.of(unsc), LocalDate.of(2006, 1, 1)).get(unsc))
			.as("before resolution 1718 only the undated membership of the African states counts")
			.extracting(ActorRef::name)
			.containsExactly("UN member states in Africa");
	}

	private TimelineRows lane(String iso3) {
		TimelineOverview overview = this.timeline.overview(Filter.none(), TimelineGrouping.IMPOSER);
		return this.timeline.rows(Filter.none(), overview, String.valueOf(actor(iso3).id()), 100);
	}

	private static TimelineMeasure measure(TimelineRows rows, String title) {
		return rows.measures()
			.stream()
			.filter((measure) -> measure.title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no " + title + " in " + rows.measures().stream().map(TimelineMeasure::title).toList()));
	}

	private ActorRef actor(String code) {
		return this.actors.resolve(code).orElseThrow();
	}

}
