package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.exchange.SeedDatasetLoader.Dataset;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The shipped dataset as loaded on start: every quote sits verbatim at its offsets, every
 * record cites evidence, the database holds exactly what the files hold, loading again
 * changes nothing, and a faulty dataset is refused whole with the record named.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class SeedDatasetTests {

	private static final List<String> EVIDENCED_TABLES = List.of("actor", "coalition", "coalition_membership",
			"measure", "measure_event", "enforcement_action", "figure");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SeedDatasetLoader loader;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void every_quote_equals_its_document_text_at_its_offsets() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select e.quote, e.start_offset, e.end_offset, d.text
				from evidence e join source_document d on d.id = e.document_id""");

		assertThat(rows).hasSizeGreaterThan(50);
		for (Map<String, Object> row : rows) {
			String text = (String) row.get("TEXT");
			String quote = (String) row.get("QUOTE");
			int start = ((Number) row.get("START_OFFSET")).intValue();
			int end = ((Number) row.get("END_OFFSET")).intValue();
			assertThat(text.substring(start, end)).isEqualTo(quote);
		}
	}

	@Test
	void every_record_cites_evidence() {
		for (String table : EVIDENCED_TABLES) {
			String ownerColumn = switch (table) {
				case "coalition_membership" -> "membership_id";
				case "measure_event" -> "event_id";
				case "enforcement_action" -> "action_id";
				default -> table + "_id";
			};
			Integer uncited = this.jdbc.queryForObject("select count(*) from " + table + " r where not exists"
					+ " (select 1 from " + table + "_evidence x where x." + ownerColumn + " = r.id)", Integer.class);
			assertThat(uncited).as(table + " rows without evidence").isZero();
		}
	}

	@Test
	void the_database_holds_exactly_the_records_of_the_dataset_files() throws IOException {
		JsonNode actors = yaml("actors.yaml").get("actors");
		JsonNode coalitions = yaml("coalitions.yaml").get("coalitions");
		JsonNode measures = yaml("measures.yaml").get("measures");
		JsonNode actions = yaml("enforcement-actions.yaml").get("enforcement_actions");
		JsonNode figures = yaml("figures.yaml").get("figures");

		assertThat(count("actor")).isEqualTo(actors.size());
		assertThat(count("coalition")).isEqualTo(coalitions.size());
		assertThat(count("coalition_membership")).isEqualTo(nested(coalitions, "members"));
		assertThat(count("measure")).isEqualTo(measures.size());
		assertThat(count("measure_event")).isEqualTo(nested(measures, "events"));
		assertThat(count("enforcement_action")).isEqualTo(actions.size());
		assertThat(count("figure")).isEqualTo(figures.size());
		assertThat(grouped("select type, count(*) from measure group by type")).isEqualTo(tally(measures, "type"));
		assertThat(grouped("select kind, count(*) from enforcement_action group by kind"))
			.isEqualTo(tally(actions, "kind"));
		Map<String, Integer> eventKinds = new TreeMap<>();
		measures.forEach((measure) -> measure.get("events")
			.forEach((event) -> eventKinds.merge(event.get("kind").asString(), 1, Integer::sum)));
		assertThat(grouped("select kind, count(*) from measure_event group by kind")).isEqualTo(eventKinds);
	}

	@Test
	void loading_again_changes_nothing() {
		Map<String, Integer> before = tableCounts();

		int added = this.loader.load(SeedDatasetLoader.readFiles());

		assertThat(added).isZero();
		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void loading_again_keeps_an_analysts_edit() {
		String original = this.jdbc.queryForObject("select title from measure where seed_key = 'jpn-port-ban'",
				String.class);
		this.jdbc.update("update measure set title = 'Edited by an analyst', version = version + 1"
				+ " where seed_key = 'jpn-port-ban'");
		try {
			this.loader.load(SeedDatasetLoader.readFiles());

			assertThat(
					this.jdbc.queryForObject("select title from measure where seed_key = 'jpn-port-ban'", String.class))
				.isEqualTo("Edited by an analyst");
		}
		finally {
			this.jdbc.update("update measure set title = ? where seed_key = 'jpn-port-ban'", original);
		}
	}

	@Test
	void a_state_the_database_already_holds_without_a_key_is_linked_not_added_again() {
		// a database loaded before France joined the dataset, in which an analyst (or the
		// synthetic generator) created France
		this.jdbc.update("delete from coalition_membership where seed_key = 'un-dprk-sanctions-fra'");
		this.jdbc.update("update actor set seed_key = null, description = 'Added by an analyst' where iso3 = 'FRA'");
		try {
			int added = this.loader.load(SeedDatasetLoader.readFiles());

			assertThat(added).as("the membership only").isEqualTo(1);
			assertThat(this.jdbc.queryForList("select description from actor where iso3 = 'FRA'", String.class))
				.containsExactly("Added by an analyst");
			assertThat(this.jdbc.queryForObject("select a.iso3 from coalition_membership m join actor a"
					+ " on a.id = m.actor_id where m.seed_key = 'un-dprk-sanctions-fra'", String.class))
				.isEqualTo("FRA");
			assertThat(this.loader.load(SeedDatasetLoader.readFiles())).as("a second start adds nothing").isZero();
		}
		finally {
			this.jdbc.update("update actor set seed_key = 'FRA', description = ? where iso3 = 'FRA'",
					"Permanent member of the UN Security Council; not named in either text.");
		}
	}

	@Test
	void a_quote_not_in_its_document_stops_the_load_naming_the_record() {
		Dataset dataset = SeedDatasetLoader
			.read(Map.of("actors.yaml", actors(actor("test-atlantis", "Atlantis is sinking"))));

		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(dataset))
			.withMessageContaining("actors.yaml $.actors[0] (test-atlantis), evidence: The quote is not in \"The Allies"
					+ " and North Korea\": not even its beginning (\"Atlantis is sinking\") occurs there");
		assertThat(this.jdbc.queryForObject("select count(*) from actor where seed_key like 'test-%'", Integer.class))
			.isZero();
	}

	@Test
	void a_quote_found_twice_must_be_lengthened() {
		Dataset dataset = SeedDatasetLoader.read(Map.of("actors.yaml", actors(actor("test-twice", "North Korea"))));

		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(dataset))
			.withMessageContaining("actors.yaml $.actors[0] (test-twice), evidence: The quote occurs")
			.withMessageContaining("paste a longer passage");
	}

	@Test
	void a_rule_broken_while_writing_rolls_back_the_whole_load() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("actors.yaml",
				actors(actor("test-first", "Director of the Northeast Asia Cooperative Security Project"),
						actor("test-second", "Social Science Research Council")));
		files.put("measures.yaml", """
				measures:
				  - key: test-backwards
				    imposer: test-first
				    target: test-second
				    type: PORT_BAN
				    title: Lifted before imposed
				    evidence: [{doc: sigal-2009, quote: "The current trouble with our allies"}]
				    events:
				      - key: test-backwards-imposed
				        kind: IMPOSED
				        date: "2010"
				        evidence: [{doc: sigal-2009, quote: "The current trouble with our allies"}]
				      - key: test-backwards-lifted
				        kind: LIFTED
				        date: "2009"
				        evidence: [{doc: sigal-2009, quote: "The current trouble with our allies"}]
				""");

		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(SeedDatasetLoader.read(files)))
			.withMessageContaining("measures.yaml $.measures[0].events[1] (test-backwards-lifted): "
					+ "The measure cannot be lifted (2009) before it was imposed (2010)");
		assertThat(this.jdbc.queryForObject("select count(*) from actor where seed_key like 'test-%'", Integer.class))
			.isZero();
	}

	@Test
	void a_record_without_evidence_stops_the_load() {
		Dataset dataset = SeedDatasetLoader.read(Map.of("coalitions.yaml", """
				coalitions:
				  - key: test-uncited
				    name: Test coalition without a source
				    kind: AD_HOC_COALITION
				"""));

		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(dataset))
			.withMessageContaining("coalitions.yaml $.coalitions[0] (test-uncited), evidence: "
					+ "Cite at least one passage of a stored document or a web address");
	}

	@Test
	void japans_port_ban_is_in_force_relaxed_and_retightened_as_the_documents_tell() {
		assertThat(statusOn("jpn-port-ban", "2006-09-01")).isEqualTo(MeasureStatus.NOT_IN_FORCE);
		assertThat(statusOn("jpn-port-ban", "2008-08-20")).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(statusOn("jpn-port-ban", "2015-01-01")).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(statusOn("jpn-port-ban", "2016-03-01")).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(eventKinds("jpn-port-ban")).containsSubsequence(EventKind.IMPOSED, EventKind.LIFTING_PROMISED,
				EventKind.WITHDRAWN, EventKind.RELAXED, EventKind.REIMPOSED);
	}

	@Test
	void the_delisting_takes_the_terrorism_designation_out_of_force() {
		assertThat(statusOn("usa-sst-designation", "2008-01-01")).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(statusOn("usa-sst-designation", "2009-01-01")).isEqualTo(MeasureStatus.NOT_IN_FORCE);
	}

	@Test
	void kaesong_is_closed_only_from_february_2016() {
		assertThat(statusOn("kor-kaesong-closure", "2015-12-31")).isEqualTo(MeasureStatus.NOT_IN_FORCE);
		assertThat(statusOn("kor-kaesong-closure", "2016-03-01")).isEqualTo(MeasureStatus.IN_FORCE);
	}

	@Test
	void money_figures_keep_their_amounts_and_ranges() {
		assertThat(this.jdbc.queryForObject("select count(*) from figure where amount = ? and period = 'PER_YEAR'",
				Integer.class, new BigDecimal("120000000")))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from figure where amount = 70 and amount_max = 80" + " and period = 'PER_MONTH'",
				Integer.class))
			.isEqualTo(1);
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

	private List<EventKind> eventKinds(String key) {
		return this.jdbc
			.queryForList("select e.kind from measure_event e join measure m on m.id = e.measure_id"
					+ " where m.seed_key = ? order by e.date_from, e.id", String.class, key)
			.stream()
			.map(EventKind::valueOf)
			.toList();
	}

	private static String actor(String key, String quote) {
		return """
				  - key: %s
				    name: Test %s
				    kind: GROUPING
				    evidence: [{doc: sigal-2009, quote: "%s"}]
				""".formatted(key, key, quote);
	}

	private static String actors(String... actors) {
		return "actors:\n" + String.join("", actors);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where seed_key is not null", Integer.class);
	}

	private Map<String, Integer> tableCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : List.of("actor", "actor_alias", "coalition", "coalition_membership", "measure",
				"measure_event", "enforcement_action", "figure", "evidence", "measure_event_evidence", "seed_load",
				"source_document")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

	private Map<String, Integer> grouped(String sql) {
		Map<String, Integer> result = new TreeMap<>();
		this.jdbc.query(sql, (row) -> {
			result.put(row.getString(1), row.getInt(2));
		});
		return result;
	}

	private static Map<String, Integer> tally(JsonNode records, String field) {
		Map<String, Integer> result = new TreeMap<>();
		records.forEach((record) -> result.merge(record.get(field).asString(), 1, Integer::sum));
		return result;
	}

	private static int nested(JsonNode records, String field) {
		int total = 0;
		for (JsonNode record : records) {
			total += (record.has(field) && !record.get(field).isNull()) ? record.get(field).size() : 0;
		}
		return total;
	}

	private static JsonNode yaml(String file) throws IOException {
		try (InputStream in = new ClassPathResource(SeedDatasetLoader.DIRECTORY + file).getInputStream()) {
			return YAMLMapper.builder().build().readTree(in);
		}
	}

}
