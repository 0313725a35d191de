package org.sanctionstracker.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.NotOnPostgres;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The corrections of issue 15 to the shipped dataset, as loaded on a fresh start: each
 * record dated or coded as the texts and the public record support, with the basis named,
 * and the records that were missing present.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@NotOnPostgres("it reads the values the seed dataset holds; the seed load itself runs on PostgreSQL in SeedDatasetTests and the upgrade path in SeedUpgradeTests")
class SeedCorrectionsTests {

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void japans_conditional_promise_of_2008_dates_from_the_beijing_talks_announced_on_13_june() {
		for (String key : List.of("jpn-port-ban-lifting-promised-2008", "jpn-travel-ban-lifting-promised-2008",
				"prk-abduction-reinvestigation-2008-promised")) {
			Step step = step(key);
			assertThat(step.date()).as(key).isEqualTo("2008-06-13 DAY");
			assertThat(step.basis()).as(key).contains("Beijing", "13 June 2008", "Shenyang");
		}
		assertThat(step("jpn-port-ban-lifting-promised-2008").kind()).isEqualTo("LIFTING_PROMISED");
		assertThat(urls("measure_event", "jpn-port-ban-lifting-promised-2008"))
			.containsExactly("http://news.bbc.co.uk/2/hi/asia-pacific/7452253.stm");
	}

	@Test
	void japans_three_2016_steps_are_announced_on_10_february_and_in_force_from_19_february() {
		for (String measure : List.of("jpn-port-ban", "jpn-travel-ban", "jpn-remittance")) {
			List<Step> of2016 = steps(measure).stream().filter((s) -> s.date().startsWith("2016")).toList();
			assertThat(of2016).as(measure)
				.extracting(Step::kind, Step::date)
				.containsExactly(tuple("ANNOUNCED", "2016-02-10 DAY"),
						tuple(measure.equals("jpn-remittance") ? "EXPANDED" : "REIMPOSED", "2016-02-19 DAY"));
			assertThat(of2016.get(0).basis()).contains("10 February 2016");
			assertThat(of2016.get(1).basis()).contains("19 February 2016");
		}
		assertThat(statusOn("jpn-port-ban", "2016-02-15")).as("announced, not yet in force: still relaxed")
			.isEqualTo(statusOn("jpn-port-ban", "2015-01-01"));
	}

	@Test
	void private_food_aid_is_its_own_step_and_government_aid_stays_withheld() {
		assertThat(steps("kor-government-aid-suspension")).extracting(Step::kind).doesNotContain("RELAXED");
		assertThat(this.jdbc.queryForObject("select type from measure where seed_key = 'kor-private-food-aid-2009'",
				String.class))
			.isEqualTo("ENGAGEMENT");
		assertThat(steps("kor-private-food-aid-2009")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("IMPOSED", "2009-08-01 MONTH"));
	}

	@Test
	void the_sunshine_policy_ends_when_lee_took_office_in_february_2008() {
		Step ended = step("kor-sunshine-policy-ended");
		assertThat(ended.kind()).isEqualTo("LIFTED");
		assertThat(ended.date()).isEqualTo("2008-02-01 MONTH");
		assertThat(ended.basis()).contains("25 February 2008");
		assertThat(ended.date()).isEqualTo(step("kor-aid-conditionality-2008").date());
		assertThat(statusOn("kor-sunshine-policy", "2009-01-01")).isEqualTo(MeasureStatus.NOT_IN_FORCE);
	}

	@Test
	void the_norths_kaesong_threat_is_dated_11_february_2016_with_its_asset_freeze() {
		Step threat = step("prk-kaesong-retaliation-threat-2016-threatened");
		assertThat(threat.date()).isEqualTo("2016-02-11 DAY");
		assertThat(threat.date()).isEqualTo(step("prk-kaesong-asset-freeze-2016-imposed").date());
		assertThat(threat.basis()).contains("11 February 2016");
	}

	@Test
	void the_delisting_promise_cites_the_delisting_and_the_notice_to_congress_is_coded() {
		assertThat(quotes("measure_event", "usa-sst-designation-lifting-promised"))
			.allSatisfy((quote) -> assertThat(quote).contains("delisting"));
		assertThat(steps("usa-sst-designation")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("IMPOSED", "1988-01-01 MONTH"), tuple("LIFTING_PROMISED", "2007-02-13 DAY"),
					tuple("LIFTING_PROMISED", "2008-06-26 DAY"), tuple("LIFTED", "2008-10-11 DAY"));
		assertThat(step("usa-sst-designation-notice-to-congress-2008").basis()).contains("notified Congress");
		assertThat(step("usa-sst-designation-lifted").basis()).contains("Rescission of Determination");
	}

	@Test
	void obamas_willingness_to_meet_is_dated_from_his_presidency_not_the_campaign() {
		Step considered = step("usa-obama-meeting-offer-considered");
		assertThat(considered.kind()).isEqualTo("CONSIDERED");
		assertThat(considered.date()).isEqualTo("2009-01-01 YEAR");
		assertThat(considered.basis()).contains("20 January 2009", "not a government step");
	}

	@Test
	void the_energy_aid_suspension_keeps_the_texts_month_and_names_the_public_records_day() {
		Step imposed = step("usa-energy-aid-suspension-imposed");
		assertThat(imposed.date()).isEqualTo("2008-11-01 MONTH");
		assertThat(imposed.basis()).contains("November 2008", "12 December 2008");
	}

	@Test
	void items_only_noted_in_the_pyongyang_declaration_are_considered_not_promised() {
		assertThat(steps("prk-pyongyang-declaration-commitments")).extracting(Step::kind).containsExactly("CONSIDERED");
	}

	@Test
	void rhetoric_and_an_authors_legal_opinion_are_not_non_compliance() {
		assertThat(
				this.jdbc.queryForList("select a.seed_key from enforcement_action e join actor a on a.id = e.actor_id"
						+ " where e.kind = 'NON_COMPLIANCE' order by a.seed_key", String.class))
			.containsExactly("AFRICA-MEMBER-STATES", "CHN");
		assertThat(count("enforcement_action",
				"seed_key in ('rus-you-first', 'chn-you-first', 'kor-kaesong-payments-inconsistent')"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select description from enforcement_action where seed_key = 'kor-request-rus-enforce'", String.class))
			.contains("You first");
	}

	@Test
	void the_arrest_of_the_agent_has_no_month_the_text_does_not_give() {
		assertThat(this.jdbc.queryForObject(
				"select date_precision from enforcement_action where seed_key = 'jpn-arrest-agent'", String.class))
			.isEqualTo("UNKNOWN");
	}

	@Test
	void seouls_plan_against_north_korean_labour_abroad_is_announced_not_a_request_made() {
		assertThat(count("enforcement_action", "seed_key = 'kor-request-sea-laborers'")).isZero();
		assertThat(steps("kor-overseas-labor-campaign")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("ANNOUNCED", "2016-02-01 MONTH"));
	}

	@Test
	void the_october_2007_six_party_accord_is_its_own_record_within_the_talks() {
		Map<String, Object> accord = this.jdbc.queryForMap("select m.type, c.seed_key as coalition from measure m"
				+ " join coalition c on c.id = m.coalition_id where m.seed_key = 'usa-six-party-accord-2007'");
		assertThat(accord).containsEntry("TYPE", "ENGAGEMENT").containsEntry("COALITION", "six-party-talks");
		assertThat(steps("usa-six-party-accord-2007")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("PROMISED", "2007-10-03 DAY"));
	}

	@Test
	void the_allies_united_front_of_2009_is_a_coalition_of_the_three() {
		assertThat(this.jdbc.queryForList("select a.seed_key || ' ' || m.joined_from || ' ' || m.joined_precision"
				+ " from coalition_membership m join actor a on a.id = m.actor_id join coalition c on c.id = m.coalition_id"
				+ " where c.seed_key = 'us-rok-japan-united-front-2009' order by a.seed_key", String.class))
			.containsExactly("JPN 2009-01-01 YEAR", "KOR 2009-01-01 YEAR", "USA 2009-01-01 YEAR");
		assertThat(quotes("coalition", "us-rok-japan-united-front-2009"))
			.anySatisfy((quote) -> assertThat(quote).contains("united front for now"));
	}

	@Test
	void the_detention_of_the_hyundai_asan_employee_runs_from_30_march_to_13_august_2009() {
		assertThat(steps("prk-hyundai-asan-employee-detention")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("IMPOSED", "2009-03-30 DAY"), tuple("LIFTED", "2009-08-13 DAY"));
		assertThat(statusOn("prk-hyundai-asan-employee-detention", "2009-05-01")).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(statusOn("prk-hyundai-asan-employee-detention", "2009-08-14")).isEqualTo(MeasureStatus.NOT_IN_FORCE);
	}

	@Test
	void north_korea_left_the_six_party_talks_on_14_april_2009() {
		Map<String, Object> membership = this.jdbc.queryForMap(
				"select left_from, left_precision, date_basis from coalition_membership where seed_key = 'six-party-talks-prk'");
		assertThat(membership.get("LEFT_FROM")).hasToString("2009-04-14");
		assertThat(membership.get("LEFT_PRECISION")).isEqualTo("DAY");
		assertThat((String) membership.get("DATE_BASIS")).contains("14 April 2009");
	}

	@Test
	void france_is_among_the_permanent_members_in_the_un_regime() {
		assertThat(
				this.jdbc.queryForList("select a.seed_key from coalition_membership m join actor a on a.id = m.actor_id"
						+ " join coalition c on c.id = m.coalition_id where c.seed_key = 'un-dprk-sanctions'"
						+ " and m.joined_from = date '2006-10-14'", String.class))
			.containsExactlyInAnyOrder("CHN", "FRA", "GBR", "RUS", "USA");
		assertThat(urls("coalition_membership", "un-dprk-sanctions-fra")).isNotEmpty();
	}

	@Test
	void resolutions_2087_and_2094_expand_the_un_sanctions() {
		assertThat(steps("unsc-dprk-sanctions")).extracting(Step::kind, Step::date)
			.containsExactly(tuple("IMPOSED", "2006-10-14 DAY"), tuple("EXPANDED", "2009-06-12 DAY"),
					tuple("EXPANDED", "2013-01-22 DAY"), tuple("EXPANDED", "2013-03-07 DAY"));
		assertThat(step("unsc-dprk-sanctions-expanded-2087").basis()).contains("SC/10891");
		assertThat(step("unsc-dprk-sanctions-expanded-2094").basis()).contains("SC/10934");
		assertThat(urls("measure_event", "unsc-dprk-sanctions-expanded-2087"))
			.containsExactly("https://press.un.org/en/2013/sc10891.doc.htm");
	}

	// ---- helpers

	/**
	 * A lifecycle step as stored: its kind, its date as "lower bound PRECISION", its
	 * basis.
	 */
	record Step(String kind, String date, String basis) {

	}

	private Step step(String key) {
		return this.jdbc.queryForObject(
				"select kind, date_from, date_precision, date_basis from measure_event where seed_key = ?",
				(row, i) -> new Step(row.getString(1), row.getObject(2, LocalDate.class) + " " + row.getString(3),
						row.getString(4)),
				key);
	}

	private List<Step> steps(String measure) {
		return this.jdbc.query(
				"select e.kind, e.date_from, e.date_precision, e.date_basis from measure_event e"
						+ " join measure m on m.id = e.measure_id where m.seed_key = ? order by e.date_from, e.id",
				(row, i) -> new Step(row.getString(1), row.getObject(2, LocalDate.class) + " " + row.getString(3),
						row.getString(4)),
				measure);
	}

	private List<String> quotes(String table, String key) {
		return cited(table, key, "quote");
	}

	private List<String> urls(String table, String key) {
		return cited(table, key, "url");
	}

	private List<String> cited(String table, String key, String column) {
		String owner = switch (table) {
			case "coalition_membership" -> "membership_id";
			case "measure_event" -> "event_id";
			default -> table + "_id";
		};
		return this.jdbc.queryForList("select e." + column + " from evidence e join " + table + "_evidence x on x."
				+ "evidence_id = e.id join " + table + " r on r.id = x." + owner + " where r.seed_key = ? and e."
				+ column + " is not null order by e.id", String.class, key);
	}

	private int count(String table, String where) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where " + where, Integer.class);
	}

	private MeasureStatus statusOn(String key, String day) {
		return this.transaction.execute((status) -> this.entityManager
			.createQuery("select m from Measure m where m.seedKey = :key", Measure.class)
			.setParameter("key", key)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + key))
			.statusOn(LocalDate.parse(day)));
	}

}
