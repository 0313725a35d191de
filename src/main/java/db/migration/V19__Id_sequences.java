package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the domain tables' ids sequences that hand out 50 at a time, so that Hibernate
 * sends inserts in JDBC batches (identity columns make it insert one row at a time to
 * learn each id): {@code
 *
<table>
 * _seq}, starting past the largest id in the table. The identity goes and the sequence
 * becomes the column's default, so that rows inserted with plain SQL draw from the same
 * numbers. A Java migration because the start value depends on the data and the syntax of
 * a default differs between H2 and PostgreSQL.
 */
public class V19__Id_sequences extends BaseJavaMigration {

	/**
	 * The tables whose entities take their ids from {@code
	 *
	<table>
	 * _seq}.
	 */
	public static final List<String> TABLES = List.of("source_document", "evidence", "actor", "coalition",
			"coalition_membership", "measure", "measure_event", "enforcement_action", "figure");

	/** How many ids Hibernate takes from a sequence at a time (its allocation size). */
	public static final int INCREMENT = 50;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				long max;
				try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
					row.next();
					max = row.getLong(1);
				}
				// Hibernate's pooled optimizer uses the ids up to the value it draws: the
				// first draw must leave the existing ids behind
				statement.execute("create sequence " + table + "_seq start with " + (max + INCREMENT) + " increment by "
						+ INCREMENT);
				statement.execute("alter table " + table + " alter column id drop identity");
				statement.execute("alter table " + table + " alter column id set default "
						+ (postgres ? "nextval('" + table + "_seq')" : "next value for " + table + "_seq"));
			}
		}
	}

}
