package org.sanctionstracker.base;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit H2 has acknowledged survives the process being killed with {@code kill -9}
 * right after, with the database address the application uses by default
 * ({@code application.properties}). H2 keeps committed changes in memory for up to
 * {@code WRITE_DELAY} ms (500 by default) before it writes them to the file; a killed
 * process then loses them (measured without the setting: all 400 commits of this loop
 * lost; 150 of a loop pausing 2 ms between commits), which is why the address sets
 * {@code WRITE_DELAY=0}.
 */
class CommitDurabilityH2Tests {

	private static final int COMMITS_BEFORE_KILL = 400;

	@TempDir
	Path temp;

	@Test
	void commits_acknowledged_before_a_kill_are_in_the_database_after_it() throws Exception {
		String url = applicationDatabaseUrl(this.temp);
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("create table t (i int primary key, pad varchar(200))");
			connection.createStatement().execute("shutdown");
		}
		Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Writer.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		long lastAcknowledged = -1;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (!line.matches("\\d+")) {
					throw new AssertionError("The writer failed: " + line);
				}
				lastAcknowledged = Long.parseLong(line);
				if (lastAcknowledged == COMMITS_BEFORE_KILL) {
					writer.destroyForcibly();
					break;
				}
			}
		}
		assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(lastAcknowledged).as("commits the writer reported").isEqualTo(COMMITS_BEFORE_KILL);

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*), max(i) from t")) {
			rows.next();
			assertThat(rows.getObject(2) == null ? -1 : rows.getLong(2))
				.as("last commit found after the kill (acknowledged: %d)", lastAcknowledged)
				.isGreaterThanOrEqualTo(lastAcknowledged);
			assertThat(rows.getLong(1)).as("rows, none half-written or missing").isEqualTo(rows.getLong(2) + 1);
		}
	}

	/**
	 * The default {@code spring.datasource.url} with the data directory put in.
	 */
	private static String applicationDatabaseUrl(Path dataDir) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = CommitDurabilityH2Tests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:${tracker.data-dir}/");
		return url.replace("${tracker.data-dir}", dataDir.toString());
	}

	/**
	 * Runs in its own JVM: commits one row at a time and prints each row's number once
	 * its commit returned.
	 */
	static final class Writer {

		public static void main(String[] args) throws SQLException {
			try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
				connection.setAutoCommit(false);
				PreparedStatement insert = connection.prepareStatement("insert into t values (?, repeat('x', 150))");
				for (int i = 0;; i++) {
					insert.setInt(1, i);
					insert.executeUpdate();
					connection.commit();
					System.out.println(i);
					System.out.flush();
				}
			}
		}

	}

}
