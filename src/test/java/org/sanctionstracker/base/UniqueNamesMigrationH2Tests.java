package org.sanctionstracker.base;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link UniqueNamesMigrationContract} on an in-memory H2 database.
 */
class UniqueNamesMigrationH2Tests extends UniqueNamesMigrationContract {

	@Override
	DataSource freshDatabase() {
		return new DriverManagerDataSource("jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
