package org.sanctionstracker.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.ReadModel;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.SourceDocumentService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of imported records: a streamed import (whose audit rows
 * {@code base/history/BulkHistory} writes at commit) leaves every record, its parts and
 * its evidence with the same history as the in-memory import (whose audit rows Hibernate
 * Envers writes record by record), in one revision; also when the file changes records
 * that were there before and adds events to measures that were there before.
 */
@SpringBootTest(properties = "tracker.test.database=import-history")
@AutoConfigureTestDatabase
@WithMockUser(username = "importer", roles = "EDITOR")
@AlsoOnPostgres
class ImportHistoryTests {

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReadModel readModel;

	@Autowired
	MeasureService measures;

	@Autowired
	ActorService actors;

	@Autowired
	CoalitionService coalitions;

	@Autowired
	EnforcementService enforcement;

	@Autowired
	SourceDocumentService documents;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	private static String seed;

	private String seedExport() {
		if (seed == null) {
			seed = ExchangeTestDatabase.database(this.exports);
		}
		return seed;
	}

	@Test
	void a_streamed_import_leaves_the_same_history_as_the_in_memory_import() throws IOException {
		String export = seedExport();

		empty();
		long before = lastRevision();
		importInMemory(export);
		Map<String, List<String>> inMemory = histories();
		assertThat(lastRevision()).as("one revision for the import").isEqualTo(before + 1);

		empty();
		before = lastRevision();
		importStreamed(export);
		Map<String, List<String>> streamed = histories();
		assertThat(lastRevision()).as("one revision for the import").isEqualTo(before + 1);

		assertThat(streamed.get("measure:jpn-port-ban")).first().asString().startsWith("importer | Measure | CREATED");
		assertThat(streamed.values()).allSatisfy((changes) -> assertThat(changes).isNotEmpty());
		assertThat(streamed).isEqualTo(inMemory);

		// the same file again changes nothing, and makes no revision
		importStreamed(export);
		assertThat(lastRevision()).isEqualTo(before + 1);
		assertThat(histories()).isEqualTo(streamed);
	}

	@Test
	void records_there_before_keep_their_history_through_a_streamed_import() throws IOException {
		String export = seedExport();
		// a changed title, and an event the database lost, which the file brings back
		int measuresPart = export.indexOf("\"measures\" : [");
		int title = export.indexOf("\"title\" : \"", measuresPart) + "\"title\" : \"".length();
		String changed = export.substring(0, title) + "Renamed: " + export.substring(title);

		empty();
		importStreamed(export);
		loseAnEvent();
		importInMemory(changed);
		Map<String, List<String>> inMemory = histories();

		empty();
		importStreamed(export);
		loseAnEvent();
		importStreamed(changed);
		Map<String, List<String>> streamed = histories();

		assertThat(streamed.values()).anySatisfy((changes) -> assertThat(changes)
			.anySatisfy((change) -> assertThat(change).contains("| Measure | CHANGED |").contains("Renamed: ")));
		assertThat(streamed).isEqualTo(inMemory);
	}

	/**
	 * Deletes the first measure's first event (and its counted row) behind the history's
	 * back.
	 */
	private void loseAnEvent() {
		Long event = this.jdbc.queryForObject(
				"select min(e.id) from measure_event e where e.measure_id = (select min(measure_id) from measure_event)",
				Long.class);
		this.jdbc.update("delete from measure_event_evidence where event_id = ?", event);
		this.jdbc.update("delete from counted_event where event_id = ?", event);
		this.jdbc.update("delete from measure_event where id = ?", event);
	}

	/**
	 * Every record's history, newest first, by kind and key, without revision numbers and
	 * times.
	 */
	private Map<String, List<String>> histories() {
		Map<String, List<String>> histories = new TreeMap<>();
		collect(histories, "measure", this.measures::history);
		collect(histories, "actor", this.actors::history);
		collect(histories, "coalition", this.coalitions::history);
		collect(histories, "enforcement_action", this.enforcement::history);
		collect(histories, "source_document", this.documents::history);
		return histories;
	}

	private void collect(Map<String, List<String>> histories, String table, LongFunction<List<Change>> history) {
		this.jdbc.query("select id, seed_key from " + table + " where seed_key is not null",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> histories.put(table + ":" + rs.getString(2),
						history.apply(rs.getLong(1))
							.stream()
							.map((change) -> change.user() + " | " + change.record() + " | " + change.kind() + " | "
									+ change.fields())
							.toList()));
	}

	private long lastRevision() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from revision", Long.class);
	}

	private void importInMemory(String export) {
		ImportPlan plan = this.imports.preview("database.json", export.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
	}

	private void importStreamed(String export) throws IOException {
		Path file = Files.writeString(this.dir.resolve("database.json"), export);
		StreamedResult result = this.imports.commitStream("database.json", file, ImportProgress.NONE, 25);
		assertThat(result.issues()).isEmpty();
		assertThat(result.committed()).isTrue();
	}

	private void empty() {
		ExchangeTestDatabase.empty(this.jdbc);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.readModel.rebuild());
	}

}
