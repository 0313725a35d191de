package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.base.CurrentUser;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.exchange.SeedDatasetLoader.Loaded;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.MeasureService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database loaded from the dataset as shipped before the issue-15 corrections
 * ({@code src/test/resources/seeds-before-i15/}, the files of commit 98d96b5) and then
 * started with the current dataset ends as a fresh load does, through
 * {@code seeds/dataset/corrections.yaml}; what an analyst changed in between is left
 * alone and reported; a second start changes nothing. These tests rewrite the database of
 * the import tests and load the current dataset into it again afterwards.
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(username = "erin", roles = "EDITOR")
@AlsoOnPostgres
class SeedUpgradeTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	@Autowired
	SeedDatasetLoader loader;

	@Autowired
	ExportService exports;

	@Autowired
	MeasureService measures;

	@Autowired
	EnforcementService enforcement;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void loadTheCurrentDatasetAgain() {
		emptyRecords();
		this.loader.load(SeedDatasetLoader.readFiles());
	}

	@Test
	void a_database_loaded_before_the_corrections_ends_as_a_fresh_load_and_a_second_start_changes_nothing() {
		emptyRecords();
		this.loader.load(SeedDatasetLoader.readFiles());
		Map<String, JsonNode> fresh = records();

		loadBefore();
		assertThat(date("jpn-port-ban-lifting-promised-2008")).isEqualTo("2008-08");
		assertThat(this.jdbc.queryForObject("select count(*) from enforcement_action where seed_key = 'rus-you-first'",
				Integer.class))
			.isOne();
		Loaded upgraded = this.loader.loadAndCorrect(SeedDatasetLoader.readFiles());

		assertThat(upgraded.corrections().kept()).isEmpty();
		assertThat(upgraded.corrections().applied()).hasSizeGreaterThan(40)
			.anySatisfy((line) -> assertThat(line)
				.isEqualTo("Corrected the event jpn-port-ban-lifting-promised-2008: date Aug 2008 → 13 Jun 2008."))
			.anySatisfy((line) -> assertThat(line).startsWith("Withdrew the enforcement action rus-you-first ("));
		Map<String, JsonNode> after = records();
		assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(fresh.keySet());
		fresh.forEach((key, record) -> assertThat(after.get(key)).as(key).isEqualTo(record));
		assertThat(this.jdbc.queryForList(
				"select record_table || ' ' || seed_key from deleted_seed_key where deleted_by = ? order by 1",
				String.class, CurrentUser.SEED_CORRECTION))
			.containsExactly("actor SOUTHEAST-ASIA", "enforcement_action chn-you-first",
					"enforcement_action kor-kaesong-payments-inconsistent",
					"enforcement_action kor-request-sea-laborers", "enforcement_action rus-you-first",
					"measure_event kor-government-aid-suspension-relaxed-2009",
					"measure_event prk-pyongyang-declaration-commitments-promised");

		Loaded second = this.loader.loadAndCorrect(SeedDatasetLoader.readFiles());
		assertThat(second.added()).isZero();
		assertThat(second.corrections().applied()).isEmpty();
		assertThat(second.corrections().kept()).isEmpty();
		assertThat(records()).isEqualTo(after);
	}

	@Test
	void each_applied_correction_is_in_the_records_history_as_a_seed_correction() {
		loadBefore();
		this.loader.load(SeedDatasetLoader.readFiles());

		long measureId = id("measure", "jpn-port-ban");
		List<Change> history = this.measures.history(measureId);
		assertThat(history).anySatisfy((change) -> {
			assertThat(change.user()).isEqualTo(CurrentUser.SEED_CORRECTION);
			assertThat(change.kind()).isEqualTo(Change.Kind.CHANGED);
			assertThat(change.fields()).anySatisfy((field) -> {
				assertThat(field.before()).contains("Aug 2008");
				assertThat(field.after()).contains("13 Jun 2008");
			});
		});
		assertThat(this.measures.history(id("measure", "kor-government-aid-suspension"))).anySatisfy((change) -> {
			assertThat(change.user()).isEqualTo(CurrentUser.SEED_CORRECTION);
			assertThat(change.kind()).isEqualTo(Change.Kind.DELETED);
		});
	}

	@Test
	void what_an_analyst_changed_is_left_alone_and_reported_in_plain_words() {
		loadBefore();
		long event = id("measure_event", "kor-sunshine-policy-ended");
		EventDraft draft = this.measures.eventDraft(event).orElseThrow();
		draft.setDate(PartialDate.parse("2013-02"));
		this.measures.saveEvent(draft);
		long action = id("enforcement_action", "rus-you-first");
		EnforcementDraft edited = this.enforcement.draft(action).orElseThrow();
		edited.setDescription("Russia said: you first. (analyst's own wording)");
		this.enforcement.save(edited);

		Loaded upgraded = this.loader.loadAndCorrect(SeedDatasetLoader.readFiles());

		assertThat(date("kor-sunshine-policy-ended")).isEqualTo("2013-02");
		assertThat(this.jdbc.queryForObject("select date_basis from measure_event where seed_key = ?", String.class,
				"kor-sunshine-policy-ended"))
			.as("the date basis goes with the date the analyst chose")
			.startsWith("text: 'we've entered the post-Sunshine era'");
		assertThat(this.jdbc.queryForObject("select description from enforcement_action where seed_key = ?",
				String.class, "rus-you-first"))
			.isEqualTo("Russia said: you first. (analyst's own wording)");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from deleted_seed_key where seed_key in ('rus-you-first', 'kor-sunshine-policy-ended')",
				Integer.class))
			.isZero();
		assertThat(upgraded.corrections().kept()).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("Kept the event kor-sunshine-policy-ended as it is:")
				.contains("its date reads Feb 2013, not the shipped Feb 2016 (the dataset now says Feb 2008)")
				.endsWith("Change it in its form if the correction applies."))
			.anySatisfy((line) -> assertThat(line).startsWith("Kept the enforcement action rus-you-first (withdrawn")
				.contains("its description were changed in this database")
				.contains("Superseded by kor-request-rus-enforce"));
		assertThat(upgraded.corrections().applied())
			.anySatisfy((line) -> assertThat(line).startsWith("Withdrew the enforcement action chn-you-first"))
			.noneSatisfy((line) -> assertThat(line).contains("kor-sunshine-policy-ended"));

		Loaded second = this.loader.loadAndCorrect(SeedDatasetLoader.readFiles());
		assertThat(second.corrections().applied()).isEmpty();
		assertThat(second.corrections().kept()).isEqualTo(upgraded.corrections().kept());
	}

	@Test
	void each_corrected_value_is_the_value_of_the_record_in_the_dataset_and_each_withdrawn_key_is_gone()
			throws IOException {
		Map<String, JsonNode> dataset = new LinkedHashMap<>();
		for (String file : SeedDatasetLoader.FILES) {
			JsonNode tree = yaml("seeds/dataset/" + file);
			tree.properties().forEach((section) -> section.getValue().forEach((record) -> {
				String kind = switch (section.getKey()) {
					case "actors" -> "actor";
					case "coalitions" -> "coalition";
					case "measures" -> "measure";
					case "enforcement_actions" -> "enforcement_action";
					default -> "figure";
				};
				dataset.put(kind + ":" + record.get("key").asString(), record);
				record.path("members").forEach((m) -> dataset.put("membership:" + m.get("key").asString(), m));
				record.path("events").forEach((e) -> dataset.put("event:" + e.get("key").asString(), e));
			}));
		}
		JsonNode corrections = yaml("seeds/dataset/" + SeedCorrections.FILE);
		List<String> wrong = new ArrayList<>();
		corrections.get("corrections").forEach((c) -> {
			JsonNode record = dataset.get(c.get("record").asString() + ":" + c.get("key").asString());
			JsonNode value = (record != null) ? record.get(c.get("field").asString()) : null;
			JsonNode to = c.get("to");
			if (record == null || !(to.isNull() ? value == null || value.isNull() : to.equals(value))) {
				wrong.add(c.get("key").asString() + " " + c.get("field").asString());
			}
		});
		assertThat(wrong).as("corrections whose 'to' is not the dataset's value").isEmpty();
		corrections.get("withdrawn")
			.forEach((w) -> assertThat(dataset).doesNotContainKey(w.get("record").asString() + ":" + w.get("key")));
	}

	// ---- helpers

	/** Loads the dataset as shipped before the corrections into an empty database. */
	private void loadBefore() {
		emptyRecords();
		Map<String, String> texts = new LinkedHashMap<>();
		for (String file : SeedDatasetLoader.FILES) {
			texts.put(file, text("seeds-before-i15/" + file));
		}
		this.loader.load(SeedDatasetLoader.read(texts));
	}

	/** Deletes every record but the source documents, and the deleted seed keys. */
	private void emptyRecords() {
		for (String table : List.of("figure_evidence", "figure", "enforcement_action_evidence", "enforcement_action",
				"measure_event_evidence", "measure_event", "measure_evidence", "measure",
				"coalition_membership_evidence", "coalition_membership", "coalition_evidence", "coalition",
				"actor_evidence", "actor_alias", "actor", "evidence", "deleted_seed_key")) {
			this.jdbc.update("delete from " + table);
		}
	}

	/**
	 * Every record of the database as exported, by kind and key, events and members in
	 * key order.
	 */
	private Map<String, JsonNode> records() {
		JsonNode database = JsonMapper.builder().build().readTree(ExchangeTestDatabase.database(this.exports));
		Map<String, JsonNode> records = new TreeMap<>();
		database.properties().forEach((section) -> {
			if (!section.getValue().isArray() || section.getKey().equals("documents")) {
				return;
			}
			section.getValue().forEach((record) -> {
				var copy = record.deepCopy();
				if (copy instanceof tools.jackson.databind.node.ObjectNode object) {
					for (String nested : List.of("events", "members")) {
						if (object.get(nested) instanceof tools.jackson.databind.node.ArrayNode array) {
							List<JsonNode> items = new ArrayList<>();
							array.forEach(items::add);
							items.sort(java.util.Comparator.comparing((JsonNode item) -> item.get("key").asString()));
							array.removeAll();
							items.forEach(array::add);
						}
					}
				}
				records.put(section.getKey() + ":" + record.get("key").asString(), copy);
			});
		});
		return records;
	}

	private String date(String eventKey) {
		// the month as yyyy-MM, read the same way on H2 and PostgreSQL
		java.sql.Date from = this.jdbc.queryForObject("select date_from from measure_event where seed_key = ?",
				java.sql.Date.class, eventKey);
		return (from != null) ? from.toLocalDate().toString().substring(0, 7) : null;
	}

	private long id(String table, String seedKey) {
		return this.jdbc.queryForObject("select id from " + table + " where seed_key = ?", Long.class, seedKey);
	}

	private static JsonNode yaml(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return YAML.readTree(in);
		}
	}

	private static String text(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
