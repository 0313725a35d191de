package org.sanctionstracker.dashboard;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 21: fills the read model that V20 created from the records already in
 * the database, with the same code that keeps it up to date ({@link ReadModelUpdate}):
 * the status spans need the lifecycle rule, which lives in Java
 * ({@code measure/Lifecycle}), so this is a Java migration. Spring Boot hands it to
 * Flyway as a bean; it runs once, in the migration's transaction, before the application
 * uses the database. At a million lifecycle events it takes a few minutes on H2.
 */
@Component
class ReadModelBackfill implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("21");
	}

	@Override
	public String getDescription() {
		return "read model backfill";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		new ReadModelUpdate(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true))).rebuild();
	}

}
