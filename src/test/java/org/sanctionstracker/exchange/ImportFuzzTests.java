package org.sanctionstracker.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.sanctionstracker.NotOnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A property of the importer, checked on many random inputs: whatever the file (a real
 * export with random cuts, insertions, swapped characters and spliced fragments, or plain
 * noise), preview and commit never throw, and when the preview reports a problem the
 * commit writes nothing (every table keeps its row count). Each repetition draws its
 * input from a seed derived from its number, so a failure names a reproducible case.
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@NotOnPostgres("the parser and checks it fuzzes do not depend on the database; imports are checked on PostgreSQL by ImportServiceTests and ExchangePostgresTests")
class ImportFuzzTests {

	private static final String[] FRAGMENTS = { "\"", "{", "}", "[", "]", ",", ":", "\n", "\r\n", "null", "\"key\"",
			"\"date\": \"2016-13\"", "\"kind\": \"LIFTED\"", "\"JPN\"", "-1", "1e999", "\u0000", "\uFEFF", "'=cmd",
			"\"\"", "\"evidence\": [{\"doc\": \"sigal-2009\", \"quote\": \"x\"}]", "ä€😀" };

	private static final String SWAPS = "\"{}[],:\n\\x0-";

	private static String json;

	private static String csv;

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void exports() {
		if (json == null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.exports.export(ExchangeKind.MEASURES, ExportFormat.JSON, ExportFilter.none(), out);
			json = out.toString(StandardCharsets.UTF_8);
			out.reset();
			this.exports.export(ExchangeKind.EVENTS, ExportFormat.CSV, ExportFilter.none(), out);
			csv = out.toString(StandardCharsets.UTF_8);
		}
	}

	@RepeatedTest(150)
	void a_mutated_json_export_never_throws_and_never_commits_with_a_problem(RepetitionInfo repetition) {
		Random random = new Random(1000L + repetition.getCurrentRepetition());
		check("measures.json", mutate(json, random, 1 + random.nextInt(4)));
	}

	@RepeatedTest(150)
	void a_mutated_csv_export_never_throws_and_never_commits_with_a_problem(RepetitionInfo repetition) {
		Random random = new Random(2000L + repetition.getCurrentRepetition());
		check("events.csv", mutate(csv, random, 1 + random.nextInt(4)));
	}

	@RepeatedTest(40)
	void random_bytes_never_throw_and_never_commit(RepetitionInfo repetition) {
		Random random = new Random(3000L + repetition.getCurrentRepetition());
		byte[] noise = new byte[random.nextInt(400)];
		random.nextBytes(noise);
		String name = random.nextBoolean() ? "noise.json" : "noise.csv";
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		assertThatCode(() -> {
			ImportPlan plan = this.imports.preview(name, noise, ImportProgress.NONE);
			assertThat(plan.preview().hasIssues() || plan.preview().rows().isEmpty()).isTrue();
			assertThat(this.imports.commit(plan, ImportProgress.NONE).committed() && plan.preview().writes() > 0)
				.isFalse();
		}).doesNotThrowAnyException();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
	}

	private void check(String name, String content) {
		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		ImportPlan[] plan = new ImportPlan[1];
		ImportResult[] result = new ImportResult[1];
		assertThatCode(() -> {
			plan[0] = this.imports.preview(name, content.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
			result[0] = this.imports.commit(plan[0], ImportProgress.NONE);
		}).as(content).doesNotThrowAnyException();
		if (plan[0].preview().hasIssues() || !result[0].committed()) {
			assertThat(result[0].committed()).isFalse();
			assertThat(result[0].outcome().issues()).isNotEmpty();
			assertThat(ExchangeTestDatabase.counts(this.jdbc)).as("nothing written for a file with problems")
				.isEqualTo(before);
		}
	}

	private static String mutate(String text, Random random, int times) {
		StringBuilder mutated = new StringBuilder(text);
		for (int i = 0; i < times; i++) {
			int at = random.nextInt(mutated.length());
			switch (random.nextInt(5)) {
				case 0 -> mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(40)));
				case 1 -> mutated.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
				case 2 -> mutated.setCharAt(at, SWAPS.charAt(random.nextInt(SWAPS.length())));
				case 3 -> {
					int from = random.nextInt(mutated.length());
					String piece = mutated.substring(from, Math.min(mutated.length(), from + random.nextInt(200)));
					mutated.insert(at, piece);
				}
				default -> mutated.replace(at, Math.min(mutated.length(), at + 4),
						String.valueOf((char) (32 + random.nextInt(95))));
			}
		}
		return mutated.toString();
	}

}
