package org.sanctionstracker.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.figure.FigureService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterSpecifications;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain tables, constraints and filtered queries on every supported database, on a
 * small fixture whose expected results are worked out by hand in each test.
 */
@Import({ MeasureService.class, EnforcementService.class, FigureService.class, CoalitionService.class,
		ActorService.class, org.sanctionstracker.actor.ActorRules.class,
		org.sanctionstracker.coalition.CoalitionRules.class, org.sanctionstracker.source.Citations.class,
		org.sanctionstracker.base.ReferenceChecks.class, org.sanctionstracker.base.DeletedSeedKeys.class,
		org.sanctionstracker.base.history.History.class, org.sanctionstracker.base.DataChanges.class })
@Transactional
abstract class DomainPersistenceContract {

	private static final Pageable ALL_BY_DATE = PageRequest.of(0, 100,
			Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id")));

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	MeasureService measures;

	@Autowired
	EnforcementService enforcement;

	@Autowired
	FigureService figures;

	@Autowired
	CoalitionService coalitions;

	@Autowired
	ActorService actors;

	@Autowired
	JdbcTemplate jdbc;

	Actor japan;

	Actor southKorea;

	Actor usa;

	Actor northKorea;

	Coalition trilateral;

	Measure portBan;

	Measure kaesong;

	Measure reinvestigation;

	Measure designation;

	@BeforeEach
	void fixture() {
		SourceDocument document = persist(new SourceDocument("Fixture", SourceKind.NEWS, PartialDate.parse("2016-02"),
				"Japan banned port calls by North Korean ships. Seoul shut down Kaesong."));
		this.japan = persist(new Actor("Japan", ActorKind.STATE, "JPN"));
		this.japan.getAliases().add("Tokyo");
		this.southKorea = persist(new Actor("South Korea", ActorKind.STATE, "KOR"));
		this.usa = persist(new Actor("United States", ActorKind.STATE, "USA"));
		this.northKorea = persist(new Actor("North Korea", ActorKind.STATE, "PRK"));
		persist(new Actor("European Union", ActorKind.INTERNATIONAL_ORGANIZATION, null));

		this.trilateral = new Coalition("Trilateral coalition", CoalitionKind.AD_HOC_COALITION);
		this.trilateral.addMembership(new CoalitionMembership(this.japan, MembershipBasis.MEMBER,
				PartialDate.parse("2016-02"), PartialDate.unknown()));
		this.trilateral.addMembership(new CoalitionMembership(this.southKorea, MembershipBasis.MEMBER,
				PartialDate.parse("2016-02"), PartialDate.unknown()));
		persist(this.trilateral);

		this.portBan = measure(this.japan, this.northKorea, MeasureType.PORT_BAN, "Japanese port ban", this.trilateral);
		event(this.portBan, EventKind.IMPOSED, "2006-10");
		event(this.portBan, EventKind.RELAXED, "2014-07-04");
		MeasureEvent reimposed = event(this.portBan, EventKind.REIMPOSED, "2016-02-10");
		reimposed.getEvidence().add(persist(Evidence.passage(document, "banned port calls by North Korean ships", 6)));

		this.kaesong = measure(this.southKorea, this.northKorea, MeasureType.BUSINESS_CLOSURE, "Kaesong closure",
				this.trilateral);
		event(this.kaesong, EventKind.IMPOSED, "2016-02-10");

		this.reinvestigation = measure(this.northKorea, this.japan, MeasureType.ENGAGEMENT,
				"Abduction re-investigation", null);
		event(this.reinvestigation, EventKind.PROMISED, "2014-05");
		event(this.reinvestigation, EventKind.WITHDRAWN, "");

		this.designation = measure(this.usa, this.northKorea, MeasureType.DESIGNATION, "State sponsor of terrorism",
				null);
		event(this.designation, EventKind.IMPOSED, "1988-01");
		event(this.designation, EventKind.LIFTED, "2008-10-11");

		EnforcementAction arrest = new EnforcementAction(this.japan, EnforcementKind.ARREST,
				PartialDate.parse("2016-02"), "Arrest of a North Korean agent");
		arrest.setTarget(this.northKorea);
		persist(arrest);
		EnforcementAction demand = new EnforcementAction(this.usa, EnforcementKind.DIPLOMATIC_REQUEST,
				PartialDate.parse("2016-02"), "Demand that Seoul close Kaesong");
		demand.setTarget(this.southKorea);
		demand.setMeasure(this.kaesong);
		persist(demand);
		persist(new EnforcementAction(this.southKorea, EnforcementKind.CAPACITY_BUILDING, PartialDate.unknown(),
				"Scanning equipment for ASEAN"));

		Figure revenue = new Figure(new BigDecimal("120000000"), null, "USD", FigurePeriod.PER_YEAR, "Kaesong revenue");
		revenue.setMeasure(this.kaesong);
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
	void events_filter_by_country_in_each_role() {
		assertThat(eventTitles(filter().withActor(this.japan.getId(), CountryRole.IMPOSER)))
			.containsExactly("Japanese port ban IMPOSED", "Japanese port ban RELAXED", "Japanese port ban REIMPOSED");
		assertThat(eventTitles(filter().withActor(this.japan.getId(), CountryRole.TARGET)))
			.containsExactly("Abduction re-investigation PROMISED", "Abduction re-investigation WITHDRAWN");
		assertThat(eventTitles(filter().withActor(this.japan.getId(), CountryRole.ANY))).hasSize(5);
	}

	@Test
	void a_period_keeps_events_starting_in_it_and_drops_undated_ones() {
		assertThat(
				eventTitles(filter().withActor(this.japan.getId(), null).withPeriod(PartialDate.parse("2014"), null)))
			.containsExactly("Abduction re-investigation PROMISED", "Japanese port ban RELAXED",
					"Japanese port ban REIMPOSED");
		assertThat(eventTitles(filter().withPeriod(null, PartialDate.parse("2008-10")))).containsExactly(
				"State sponsor of terrorism IMPOSED", "Japanese port ban IMPOSED", "State sponsor of terrorism LIFTED");
	}

	@Test
	void coalition_type_kind_and_period_filters_combine() {
		Filter february2016 = filter().withCoalition(this.trilateral.getId())
			.withPeriod(PartialDate.parse("2016-02"), PartialDate.parse("2016-02"));

		assertThat(eventTitles(february2016)).containsExactly("Japanese port ban REIMPOSED", "Kaesong closure IMPOSED");
		assertThat(eventTitles(february2016.withType(MeasureType.BUSINESS_CLOSURE)))
			.containsExactly("Kaesong closure IMPOSED");
		assertThat(eventTitles(february2016.withEventKind(EventKind.REIMPOSED)))
			.containsExactly("Japanese port ban REIMPOSED");
		assertThat(eventTitles(february2016.withActor(this.usa.getId(), CountryRole.ANY))).isEmpty();
	}

	@Test
	void text_search_looks_in_titles_names_and_quotes_ignoring_case() {
		assertThat(eventTitles(filter().withText("PORT CALLS"))).containsExactly("Japanese port ban REIMPOSED");
		assertThat(eventTitles(filter().withText("south korea"))).containsExactly("Kaesong closure IMPOSED");
		assertThat(eventTitles(filter().withText("100%"))).isEmpty();
	}

	@Test
	void undated_events_sort_last_in_both_directions() {
		List<String> ascending = eventTitles(filter());
		List<String> descending = this.measures
			.events(FilterSpecifications.events(filter()),
					PageRequest.of(0, 100,
							Sort.by(Sort.Order.desc("date.lowerBound").nullsLast(), Sort.Order.asc("id"))))
			.map((row) -> row.measureTitle() + " " + row.kind())
			.getContent();

		assertThat(ascending).first().isEqualTo("State sponsor of terrorism IMPOSED");
		assertThat(ascending).last().isEqualTo("Abduction re-investigation WITHDRAWN");
		assertThat(descending).first().isEqualTo("Japanese port ban REIMPOSED");
		assertThat(descending).last().isEqualTo("Abduction re-investigation WITHDRAWN");
	}

	@Test
	void events_are_paged_by_the_database() {
		var page = this.measures.events(FilterSpecifications.events(filter()),
				PageRequest.of(1, 3, ALL_BY_DATE.getSort()));

		assertThat(page.getTotalElements()).isEqualTo(8);
		assertThat(page.getTotalPages()).isEqualTo(3);
		assertThat(page.getContent()).extracting((row) -> row.measureTitle() + " " + row.kind())
			.containsExactly("Abduction re-investigation PROMISED", "Japanese port ban RELAXED",
					"Japanese port ban REIMPOSED");
	}

	@Test
	void measures_match_event_kind_and_period_through_their_events_and_carry_their_status() {
		var lifted = this.measures.measures(FilterSpecifications.measures(filter().withEventKind(EventKind.LIFTED)),
				Pageable.unpaged(), LocalDate.of(2010, 1, 1));
		assertThat(lifted.getContent()).singleElement().satisfies((measure) -> {
			assertThat(measure.title()).isEqualTo("State sponsor of terrorism");
			assertThat(measure.status()).isEqualTo(MeasureStatus.NOT_IN_FORCE);
			assertThat(measure.events()).extracting(EventItem::kind)
				.containsExactly(EventKind.IMPOSED, EventKind.LIFTED);
			assertThat(measure.imposer().iso3()).isEqualTo("USA");
		});

		var from2016 = this.measures.measures(
				FilterSpecifications.measures(filter().withPeriod(PartialDate.parse("2016"), null)
					.withActor(this.northKorea.getId(), CountryRole.TARGET)),
				PageRequest.of(0, 10, Sort.by("title")), LocalDate.of(2016, 3, 1));
		assertThat(from2016.getContent()).extracting(MeasureDetails::title, MeasureDetails::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Japanese port ban", MeasureStatus.IN_FORCE),
					org.assertj.core.groups.Tuple.tuple("Kaesong closure", MeasureStatus.IN_FORCE));
		assertThat(from2016.getContent().get(0).events().get(2).evidence()).singleElement()
			.satisfies((evidence) -> assertThat(evidence.quote()).isEqualTo("banned port calls by North Korean ships"));
	}

	@Test
	void enforcement_actions_filter_by_role_kind_and_the_measure_they_enforce() {
		assertThat(actionDescriptions(filter().withActor(this.southKorea.getId(), CountryRole.TARGET), null))
			.containsExactly("Demand that Seoul close Kaesong");
		assertThat(actionDescriptions(filter().withActor(this.southKorea.getId(), CountryRole.ANY), null))
			.containsExactly("Demand that Seoul close Kaesong", "Scanning equipment for ASEAN");
		assertThat(actionDescriptions(filter().withType(MeasureType.BUSINESS_CLOSURE), null))
			.containsExactly("Demand that Seoul close Kaesong");
		assertThat(actionDescriptions(filter(), EnforcementKind.ARREST))
			.containsExactly("Arrest of a North Korean agent");
		assertThat(actionDescriptions(filter().withPeriod(PartialDate.parse("2016"), null), null)).hasSize(2);
	}

	@Test
	void figures_match_a_country_through_their_actor_or_measure() {
		assertThat(figureLabels(filter().withActor(this.southKorea.getId(), CountryRole.IMPOSER)))
			.containsExactly("Kaesong revenue");
		assertThat(figureLabels(filter().withActor(this.northKorea.getId(), CountryRole.ANY)))
			.containsExactly("Kaesong wages", "Kaesong revenue");
		assertThat(this.figures.figures(FilterSpecifications.figures(filter().withText("wages")), ALL_BY_DATE)
			.getContent()).singleElement().satisfies((figure) -> {
				assertThat(figure.amount()).isEqualByComparingTo("70");
				assertThat(figure.amountMax()).isEqualByComparingTo("80");
			});
	}

	@Test
	void coalitions_list_their_members_and_filter_by_member() {
		var found = this.coalitions.coalitions(this.japan.getId(), null, null, PageRequest.of(0, 10));
		assertThat(found.getContent()).singleElement()
			.satisfies((coalition) -> assertThat(coalition.members()).extracting((member) -> member.actor().iso3())
				.containsExactlyInAnyOrder("JPN", "KOR"));
		assertThat(this.coalitions.coalitions(this.usa.getId(), null, null, PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void an_actor_is_found_by_code_name_or_alias() {
		assertThat(this.actors.resolve("jpn")).hasValueSatisfying((ref) -> assertThat(ref.name()).isEqualTo("Japan"));
		assertThat(this.actors.resolve("Tokyo")).hasValueSatisfying((ref) -> assertThat(ref.iso3()).isEqualTo("JPN"));
		assertThat(this.actors.resolve("south korea"))
			.hasValueSatisfying((ref) -> assertThat(ref.iso3()).isEqualTo("KOR"));
		assertThat(this.actors.resolve("Atlantis")).isEmpty();
	}

	@Test
	void the_database_keeps_names_unique_ignoring_case_and_spacing() {
		assertThat(this.actors.resolve("  south   KOREA "))
			.hasValueSatisfying((ref) -> assertThat(ref.iso3()).isEqualTo("KOR"));
		assertThatThrownBy(() -> {
			this.entityManager.persist(new Actor(" JAPAN ", ActorKind.STATE, null));
			this.entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class,
				org.hibernate.exception.ConstraintViolationException.class,
				jakarta.persistence.PersistenceException.class)
			.satisfies((ex) -> assertThat(rootMessage(ex)).containsIgnoringCase("uk_actor_name_key"));
	}

	@Test
	void coalition_names_are_unique_ignoring_case_and_spacing_in_the_database() {
		assertThatThrownBy(() -> {
			this.entityManager.persist(new Coalition("trilateral   COALITION", CoalitionKind.ALLIANCE));
			this.entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class,
				org.hibernate.exception.ConstraintViolationException.class,
				jakarta.persistence.PersistenceException.class)
			.satisfies((ex) -> assertThat(rootMessage(ex)).containsIgnoringCase("uk_coalition_name_key"));
	}

	@Test
	void iso3_codes_are_unique() {
		assertThatThrownBy(() -> {
			this.entityManager.persist(new Actor("Japan (duplicate)", ActorKind.STATE, "JPN"));
			this.entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class,
				org.hibernate.exception.ConstraintViolationException.class,
				jakarta.persistence.PersistenceException.class);
	}

	@Test
	void the_default_as_of_day_is_the_last_day_the_steps_speak_of_and_never_after_today() {
		// the latest first day is 10 Feb 2016, but "February 2016" can mean up to the
		// 29th
		event(this.kaesong, EventKind.EXPANDED, "2016-02");
		this.entityManager.flush();
		assertThat(this.measures.asOf(null)).isEqualTo(AsOf.ofData(LocalDate.of(2016, 2, 29)));
		assertThat(this.measures.asOf(null).label()).isEqualTo("as the data stands on 29 Feb 2016");

		// a step stored before the date range was enforced cannot move it into the future
		this.jdbc.update(
				"insert into measure_event (measure_id, kind, date_from, date_precision, version)"
						+ " values (?, 'IMPOSED', ?, 'DAY', 0)",
				this.kaesong.getId(), java.sql.Date.valueOf(LocalDate.now().plusYears(5)));
		assertThat(this.measures.asOf(null).day()).isEqualTo(LocalDate.of(2016, 2, 29));

		// a step dated only to a year began before the latest first day, yet can mean a
		// later day: the last day of its year
		event(this.kaesong, EventKind.RELAXED, "2016");
		event(this.kaesong, EventKind.LIFTED, "2016-03-01");
		this.entityManager.flush();
		assertThat(this.measures.asOf(null)).isEqualTo(AsOf.ofData(LocalDate.of(2016, 12, 31)));

		assertThat(this.measures.asOf(LocalDate.of(2010, 6, 30))).isEqualTo(AsOf.chosen(LocalDate.of(2010, 6, 30)));
		assertThat(this.measures.asOf(LocalDate.of(2010, 6, 30)).label()).isEqualTo("as of 30 Jun 2010");
	}

	@Test
	void the_database_refuses_evidence_with_impossible_offsets() {
		Long documentId = this.jdbc.queryForObject("select min(id) from source_document", Long.class);

		assertThatThrownBy(() -> this.jdbc.update(
				"insert into evidence (document_id, quote, start_offset, end_offset) values (?, 'x', 5, 2)",
				documentId))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private Filter filter() {
		return Filter.none();
	}

	private List<String> eventTitles(Filter filter) {
		return this.measures.events(FilterSpecifications.events(filter), ALL_BY_DATE)
			.map((row) -> row.measureTitle() + " " + row.kind())
			.getContent();
	}

	private List<String> actionDescriptions(Filter filter, EnforcementKind kind) {
		return this.enforcement
			.actions(FilterSpecifications.enforcementActions(filter.withEnforcementKind(kind)), ALL_BY_DATE)
			.map(EnforcementRow::description)
			.getContent();
	}

	private List<String> figureLabels(Filter filter) {
		return this.figures.figures(FilterSpecifications.figures(filter), ALL_BY_DATE)
			.map(FigureRow::label)
			.getContent();
	}

	private Measure measure(Actor imposer, Actor target, MeasureType type, String title, Coalition coalition) {
		Measure measure = new Measure(imposer, target, type, title);
		measure.setCoalition(coalition);
		return persist(measure);
	}

	private MeasureEvent event(Measure measure, EventKind kind, String date) {
		return persist(measure.addEvent(new MeasureEvent(kind, PartialDate.parse(date))));
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	private <T> T persist(T entity) {
		return this.entityManager.persist(entity);
	}

}
