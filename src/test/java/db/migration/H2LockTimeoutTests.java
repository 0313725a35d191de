package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the migrations an H2 database makes every new session wait ten seconds for a
 * locked row (H2's own default is one second).
 */
class H2LockTimeoutTests {

	@Test
	void a_migrated_h2_database_gives_new_sessions_a_ten_second_lock_timeout() throws SQLException {
		DriverManagerDataSource h2 = new DriverManagerDataSource(
				"jdbc:h2:mem:lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

		try (Connection connection = h2.getConnection();
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("select setting_value from information_schema.settings"
						+ " where setting_name = 'DEFAULT_LOCK_TIMEOUT'")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(V20__H2_lock_timeout.LOCK_TIMEOUT_MILLIS).isEqualTo(10_000);
		}
	}

}
