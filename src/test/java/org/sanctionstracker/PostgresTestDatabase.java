package org.sanctionstracker;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The one embedded PostgreSQL server of a test JVM, and the switch that moves the suite's
 * Spring contexts onto it.
 *
 * <p>
 * The {@code postgres-suite} Surefire execution in {@code pom.xml} starts its JVM with
 * {@code -Dtracker.test.database=postgres} and runs the classes marked
 * {@link AlsoOnPostgres} or {@link OnlyOnPostgres}. In that JVM every Spring application
 * context the tests create gets a fresh database on the server (this class is an
 * {@link EnvironmentPostProcessor}, registered in {@code META-INF/spring.factories}),
 * just as every context gets a fresh in-memory H2 database otherwise: migrations, seed
 * load and all. Tests below Spring (several application instances, the synthetic
 * generator) ask for a database with {@link #fresh(String)} or {@link #freshUrl(String)},
 * which work in any JVM. The server starts on first use and stops with the JVM; no test
 * starts one of its own ({@code TestConventionTests} checks it).
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

	/** The system property that switches the suite to PostgreSQL. */
	public static final String SWITCH = "tracker.test.database";

	/** The user of every test database; it has no password. */
	public static final String USER = "postgres";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	/**
	 * Whether this JVM runs the suite on PostgreSQL.
	 * @return {@code true} in the {@code postgres-suite} execution
	 */
	public static boolean active() {
		return "postgres".equalsIgnoreCase(System.getProperty(SWITCH));
	}

	/**
	 * Creates an empty database on the shared server.
	 * @param purpose a word for its name, e.g. {@code multi}
	 * @return its JDBC URL (user {@value #USER}, no password)
	 */
	public static String freshUrl(String purpose) {
		return server().getJdbcUrl(USER, create(purpose));
	}

	/**
	 * Creates an empty database on the shared server.
	 * @param purpose a word for its name, e.g. {@code synthetic}
	 * @return a data source of it
	 */
	public static DataSource fresh(String purpose) {
		return server().getDatabase(USER, create(purpose));
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!active() || pinsItsOwnDatabase(environment)) {
			return;
		}
		String url = freshUrl("suite");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", USER,
							"spring.datasource.password", "", "spring.test.database.replace", "none")));
	}

	/**
	 * An application started with {@code --spring.datasource.url=…} (as the tests of
	 * several instances on one database do) keeps the database it was given.
	 */
	private static boolean pinsItsOwnDatabase(ConfigurableEnvironment environment) {
		PropertySource<?> arguments = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		return arguments != null && arguments.containsProperty("spring.datasource.url");
	}

	private static String create(String purpose) {
		String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement create = connection.createStatement()) {
			create.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return name;
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				// Tests never survive a crash of the server, so it need not sync to disk.
				server = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("full_page_writes", "off")
					.setRegisterShutdownHook(true)
					.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
			}
		}
		return server;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
