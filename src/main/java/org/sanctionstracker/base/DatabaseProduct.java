package org.sanctionstracker.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the application runs on, for the few places where the same portable SQL
 * is best run in a different way: H2 runs in the application's process, PostgreSQL behind
 * a socket.
 */
public final class DatabaseProduct {

	private DatabaseProduct() {
	}

	/**
	 * Whether a connection is to PostgreSQL.
	 * @param connection the connection
	 * @return {@code true} for PostgreSQL
	 * @throws SQLException when the connection cannot say
	 */
	public static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * Whether a data source's database is PostgreSQL.
	 * @param dataSource the data source
	 * @return {@code true} for PostgreSQL
	 */
	public static boolean isPostgres(DataSource dataSource) {
		return isPostgres(new JdbcTemplate(dataSource));
	}

	/**
	 * Whether a template's database is PostgreSQL.
	 * @param jdbc the template
	 * @return {@code true} for PostgreSQL
	 */
	public static boolean isPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
	}

}
