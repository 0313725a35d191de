package org.sanctionstracker.base;

import java.util.UUID;

import javax.sql.DataSource;

import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.PostgresTestDatabase;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link UniqueNamesMigrationContract} on an in-memory H2 database, and on PostgreSQL in
 * the {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@AlsoOnPostgres
class UniqueNamesMigrationTests extends UniqueNamesMigrationContract {

	@Override
	DataSource freshDatabase() {
		if (PostgresTestDatabase.active()) {
			return PostgresTestDatabase.fresh("names");
		}
		return new DriverManagerDataSource("jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
