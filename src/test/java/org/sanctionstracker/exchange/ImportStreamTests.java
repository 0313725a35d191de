package org.sanctionstracker.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionstracker.TableRows;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.dashboard.ReadModel;
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
 * The streamed import of large JSON files ({@link ImportService#commitStream}): the same
 * records through it and through the in-memory import give the same database (compared as
 * the whole-database export, byte for byte), and the read model after it is what a
 * recomputation gives; the reader never holds more than a batch; a file with problems in
 * several batches writes nothing and names every problem as the in-memory import does.
 * Batches of 25 records here, so that the seed dataset spans many.
 */
@SpringBootTest(properties = "tracker.test.database=import-stream")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@AlsoOnPostgres
class ImportStreamTests {

	private static final int BATCH = 25;

	private static final List<String> READ_MODEL = List.of("measure_status_span", "counted_measure", "counted_event",
			"counted_enforcement", "rollup_event", "rollup_in_force", "rollup_measure", "rollup_enforcement");

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReadModel readModel;

	@Autowired
	SourceDocumentService documents;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	/** The seed dataset's database as exported before any test emptied it. */
	private static String seed;

	/** The seed dataset's sentence decisions, read with {@link #seed}. */
	private static List<String> seedDecisions;

	/** The seed dataset's documents' coverage, read with {@link #seed}. */
	private static Map<String, String> seedCoverages;

	private String seedExport() {
		if (seed == null) {
			seed = ExchangeTestDatabase.database(this.exports);
			seedDecisions = ExchangeTestDatabase.decisions(this.jdbc);
			seedCoverages = ExchangeTestDatabase.coverages(this.jdbc, this.documents);
		}
		assertThat(seed).contains("\"key\" : \"jpn-port-ban\"");
		return seed;
	}

	@Test
	void the_same_records_streamed_and_in_memory_give_the_same_database() throws IOException {
		String export = seedExport();

		empty();
		ImportPlan plan = this.imports.preview("database.json", bytes(export), ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		String inMemory = ExchangeTestDatabase.database(this.exports);
		Map<String, Integer> counts = ExchangeTestDatabase.counts(this.jdbc);

		empty();
		Path file = write("database.json", export);
		StreamedResult streamed = this.imports.commitStream("database.json", file, ImportProgress.NONE, BATCH);
		assertThat(streamed.issues()).isEmpty();
		assertThat(streamed.committed()).isTrue();
		assertThat(streamed.records()).isEqualTo(plan.preview().rows().size());
		assertThat(streamed.counts()).isEqualTo(plan.preview().counts());
		// a batch stops at the first record that reaches its size: at most one record
		// more,
		// with its events
		assertThat(streamed.mostHeld()).isGreaterThan(1).isLessThan(BATCH + 10);

		assertThat(ExchangeTestDatabase.database(this.exports)).isEqualTo(inMemory).isEqualTo(export);
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(counts);
		assertThat(ExchangeTestDatabase.decisions(this.jdbc)).as("the analyst's decisions")
			.hasSizeGreaterThan(10)
			.isEqualTo(seedDecisions);
		assertThat(ExchangeTestDatabase.coverages(this.jdbc, this.documents)).as("each document's coverage")
			.isEqualTo(seedCoverages);
		Map<String, List<String>> readModelStreamed = readModel();
		assertThat(readModelStreamed.get("counted_event")).hasSize(counts.get("measure_event"));
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.readModel.rebuild());
		assertThat(readModel()).as("the read model after a streamed import, against a recomputation")
			.isEqualTo(readModelStreamed);

		// the same file again changes nothing
		StreamedResult again = this.imports.previewStream("database.json", file, ImportProgress.NONE);
		assertThat(again.issues()).isEmpty();
		assertThat(again.writes()).isZero();
		assertThat(again.committed()).isFalse();
	}

	@Test
	void problems_in_several_batches_are_all_named_as_the_in_memory_import_names_them_and_nothing_is_written()
			throws IOException {
		String export = seedExport();
		empty();
		// a key repeated in a later batch, and an enforcement action of an unknown kind
		int measures = export.indexOf("\"measures\" : [");
		int firstMeasure = export.indexOf("{", measures);
		int secondMeasure = export.indexOf("\n  }, {", firstMeasure);
		String repeated = export.substring(firstMeasure, secondMeasure + 4);
		int endOfMeasures = export.indexOf("\n  } ],", measures);
		String bad = export.substring(0, endOfMeasures) + "\n  }, " + repeated.substring(0, repeated.length() - 4)
				+ export.substring(endOfMeasures);
		bad = bad.replaceFirst("\"kind\" : \"(ARREST|INSPECTION|INTERDICTION|SEIZURE)\"", "\"kind\" : \"PLANET\"");
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);

		StreamedResult streamed = this.imports.commitStream("bad.json", write("bad.json", bad), ImportProgress.NONE,
				BATCH);
		ImportPlan inMemory = this.imports.preview("bad.json", bytes(bad), ImportProgress.NONE);

		assertThat(streamed.committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
		assertThat(streamed.issueCount()).isEqualTo(streamed.issues().size()).isGreaterThanOrEqualTo(2);
		assertThat(streamed.issues()).anySatisfy((issue) -> {
			assertThat(issue.field()).isEqualTo("key");
			assertThat(issue.reason()).contains("is used by another measure in this file");
		}).anySatisfy((issue) -> assertThat(issue.reason()).contains("'PLANET'"));
		// the same records, fields and reasons (a repeated event's place is told to the
		// event, where the in-memory reader names its measure's list)
		assertThat(streamed.issues()).extracting(ImportIssue::key, ImportIssue::field, ImportIssue::reason)
			.containsExactlyInAnyOrderElementsOf(inMemory.preview()
				.issues()
				.stream()
				.map((issue) -> org.assertj.core.groups.Tuple.tuple(issue.key(), issue.field(), issue.reason()))
				.toList());
	}

	private void empty() {
		ExchangeTestDatabase.empty(this.jdbc);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.readModel.rebuild());
	}

	private Map<String, List<String>> readModel() {
		return TableRows.of(this.jdbc, READ_MODEL);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
