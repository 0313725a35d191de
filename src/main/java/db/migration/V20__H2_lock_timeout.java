package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, a writer waits up to ten seconds for a row another transaction is changing,
 * instead of H2's default of one second. Saves now also keep the read model up to date
 * (V16) inside their transaction, so under load a save may hold its rows for more than a
 * second, and twenty editors saving the same actor met "Timeout trying to lock table"
 * instead of waiting their turn (or being told that the record changed meanwhile).
 * PostgreSQL waits for as long as it takes by default, so nothing is done there. The
 * setting is kept in the database and applies to every session opened after it; the data
 * source URL in {@code application.properties} sets it for the sessions a pool opens
 * earlier.
 */
public class V20__H2_lock_timeout extends BaseJavaMigration {

	/** How long a writer waits for a locked row, in milliseconds. */
	static final int LOCK_TIMEOUT_MILLIS = 10_000;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET DEFAULT_LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
		}
	}

}
