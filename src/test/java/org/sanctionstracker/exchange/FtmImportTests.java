package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FollowTheMoney import through the one importer: a small OpenSanctions-like file
 * (written from the FtM schema) adds its sanctions as measures keyed by their FtM ids
 * with their source links as evidence, finding the authority among the actors; a sanction
 * without evidence, on a person, or by an unknown authority stops the whole file; and the
 * tracker's own export, imported into an empty database, gives the same measures, start
 * and end dates and evidence. Shares the import tests' database, which the round trip
 * restores.
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@AlsoOnPostgres
class FtmImportTests {

	private static final String SAMPLE = """
			{"id": "t-os-kmdtc", "schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"], "alias": ["KOMID"], "country": ["kp"], "topics": ["sanction"]}, "datasets": ["us_ofac_sdn"], "first_seen": "2016-03-02T10:00:00", "last_seen": "2024-01-01T10:00:00"}
			{"id": "t-os-sanction-1", "schema": "Sanction", "properties": {"entity": ["t-os-kmdtc"], "authority": ["United States"], "country": ["us"], "program": ["NPWMD"], "provisions": ["Block"], "startDate": ["2005-06-29"], "listingDate": ["2005-06-29"], "sourceUrl": ["https://example.org/sdn/komid"]}, "datasets": ["us_ofac_sdn"]}
			{"id": "t-os-sanction-2", "schema": "Sanction", "properties": {"entity": ["PRK"], "authority": ["UN Security Council"], "summary": ["Arms embargo of resolution 1718"], "provisions": ["Arms embargo"], "startDate": ["2006-10-14"], "sourceUrl": ["https://example.org/unsc/1718"]}, "datasets": ["un_sc_sanctions"]}
			""";

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRecords() {
		this.jdbc.update("delete from measure_event_evidence where event_id in"
				+ " (select id from measure_event where seed_key like 't-%')");
		this.jdbc.update("delete from measure_event where seed_key like 't-%'");
		this.jdbc.update(
				"delete from measure_evidence where measure_id in (select id from measure where seed_key like 't-%')");
		this.jdbc.update("delete from measure where seed_key like 't-%'");
		this.jdbc.update("delete from actor_alias where actor_id in (select id from actor where seed_key like 't-%')");
		this.jdbc
			.update("delete from actor_evidence where actor_id in (select id from actor where seed_key like 't-%')");
		this.jdbc.update("delete from actor where seed_key like 't-%'");
	}

	@Test
	void an_opensanctions_like_file_adds_measures_under_their_ftm_ids_with_their_source_links() {
		ImportPlan plan = this.imports.preview("extract.jsonl", SAMPLE.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);

		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		assertThat(this.jdbc.queryForMap("""
				select m.title, m.type, m.legal_basis, i.seed_key as imposer, t.name as target, t.kind as target_kind
				from measure m join actor i on i.id = m.imposer_id join actor t on t.id = m.target_id
				where m.seed_key = 't-os-sanction-1'""")).containsEntry("TITLE", "NPWMD")
			.containsEntry("TYPE", "ASSET_FREEZE")
			.containsEntry("IMPOSER", "USA")
			.containsEntry("TARGET", "Korea Mining Development Trading Corporation")
			.containsEntry("TARGET_KIND", "COMPANY");
		assertThat(this.jdbc.queryForList("""
				select e.kind || ' ' || e.date_from || ' ' || ev.url from measure_event e
				join measure_event_evidence mee on mee.event_id = e.id join evidence ev on ev.id = mee.evidence_id
				where e.seed_key like 't-os-sanction-1.%'""", String.class))
			.containsExactly("IMPOSED 2005-06-29 https://example.org/sdn/komid");
		assertThat(this.jdbc.queryForObject("""
				select ev.url from measure m join measure_evidence me on me.measure_id = m.id
				join evidence ev on ev.id = me.evidence_id where m.seed_key = 't-os-sanction-2'""", String.class))
			.isEqualTo("https://example.org/unsc/1718");
		assertThat(this.jdbc.queryForObject(
				"select a.seed_key from measure m join actor a on a.id = m.imposer_id where m.seed_key = 't-os-sanction-2'",
				String.class))
			.isEqualTo("UNSC");
	}

	@Test
	void a_sanction_without_evidence_on_a_person_or_by_an_unknown_authority_stops_the_file() {
		String file = SAMPLE
				+ """
						{"id": "t-os-person", "schema": "Person", "properties": {"name": ["Kim Example"]}}
						{"id": "t-os-sanction-3", "schema": "Sanction", "properties": {"entity": ["t-os-kmdtc"], "authority": ["United States"], "startDate": ["2009"]}}
						{"id": "t-os-sanction-4", "schema": "Sanction", "properties": {"entity": ["t-os-person"], "authority": ["United States"], "startDate": ["2009"], "sourceUrl": ["https://example.org/p"]}}
						{"id": "t-os-sanction-5", "schema": "Sanction", "properties": {"entity": ["t-os-kmdtc"], "authority": ["Office of Nowhere"], "startDate": ["2009"], "sourceUrl": ["https://example.org/n"]}}
						""";
		int measuresBefore = count("measure");

		ImportPlan plan = this.imports.preview("extract.jsonl", file.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);

		assertThat(result.committed()).isFalse();
		assertThat(count("measure")).isEqualTo(measuresBefore);
		assertThat(plan.preview().issues()).anySatisfy((issue) -> {
			assertThat(issue.key()).isEqualTo("t-os-sanction-3");
			assertThat(issue.field()).isEqualTo("evidence");
			assertThat(issue.reason()).isEqualTo("Cite at least one passage of a stored document or a web address");
		}).anySatisfy((issue) -> {
			assertThat(issue.location()).isEqualTo("line 6");
			assertThat(issue.field()).isEqualTo("entity");
			assertThat(issue.reason()).contains("is a Person");
		}).anySatisfy((issue) -> {
			assertThat(issue.key()).isEqualTo("t-os-sanction-5");
			assertThat(issue.field()).isEqualTo("authority");
			assertThat(issue.reason()).startsWith("'Office of Nowhere' names no actor");
		});
	}

	@Test
	void a_line_that_is_not_an_entity_is_named_and_nothing_is_imported() {
		ImportPlan plan = this.imports.preview("extract.jsonl",
				(SAMPLE + "not json\n{\"id\": \"x\"}\n").getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

		assertThat(plan.committable()).isFalse();
		assertThat(plan.preview().issues()).extracting(ImportIssue::location).contains("line 4", "line 5");
	}

	@Test
	void the_export_imported_into_an_empty_database_gives_the_same_measures_dates_and_evidence() {
		String database = ExchangeTestDatabase.database(this.exports);
		LocalDate asOf = this.exports.asOf(Filter.none()).day();
		Map<String, String> before = measures(database, asOf);
		java.io.ByteArrayOutputStream ftm = new java.io.ByteArrayOutputStream();
		this.exports.exportFtm(Filter.none(), ftm);
		try {
			ExchangeTestDatabase.empty(this.jdbc);
			ImportPlan plan = this.imports.preview("sanctions-tracker-ftm.jsonl", ftm.toByteArray(),
					ImportProgress.NONE);
			assertThat(plan.preview().issues()).isEmpty();
			assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();

			Map<String, String> after = measures(ExchangeTestDatabase.database(this.exports), asOf);

			assertThat(before).hasSizeGreaterThan(30);
			assertThat(after.keySet()).isEqualTo(before.keySet());
			SoftAssertions.assertSoftly((softly) -> before
				.forEach((key, measure) -> softly.assertThat(after.get(key)).as(key).isEqualTo(measure)));
		}
		finally {
			ExchangeTestDatabase.empty(this.jdbc);
			ImportPlan restore = this.imports.preview("database.json", database.getBytes(StandardCharsets.UTF_8),
					ImportProgress.NONE);
			assertThat(this.imports.commit(restore, ImportProgress.NONE).committed()).isTrue();
		}
	}

	/**
	 * Each measure of a database export as an analyst compares it: parties, type, title,
	 * description, legal basis, the period in force as of the day, and the passages and
	 * addresses it cites.
	 */
	private static Map<String, String> measures(String database, LocalDate asOf) {
		ImportFile file = ImportFileReader.read("database.json", database.getBytes(StandardCharsets.UTF_8), (p) -> {
		});
		assertThat(file.issues).isEmpty();
		Map<String, String> measures = new TreeMap<>();
		for (var located : file.measures) {
			MeasureData m = located.data();
			Lifecycle.Period period = Lifecycle.periodOn(FieldFormatContext.steps(m.events()), asOf);
			Set<String> evidence = m.evidence()
				.stream()
				.map((Cite c) -> c.isWeb() ? c.url() : c.doc() + ": " + c.quote())
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			measures.put(m.key(),
					String.join(" | ", List.of(m.imposer(), m.target(), m.type().name(), m.title(),
							String.valueOf(m.description()), String.valueOf(m.legalBasis()),
							String.valueOf(period.start()), String.valueOf(period.end()), evidence.toString())));
		}
		return measures;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
