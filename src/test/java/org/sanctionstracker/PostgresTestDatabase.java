package org.sanctionstracker;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the whole test suite on PostgreSQL when the JVM is started with
 * {@code -Dtracker.test.database=postgres} (the {@code postgres-suite} Surefire execution
 * in {@code pom.xml} does so). One embedded PostgreSQL server is started for the test
 * JVM, and every Spring application context the tests create gets a fresh database on it,
 * just as every context gets a fresh in-memory H2 database otherwise. Tests that pin
 * their own data source (the {@code *PostgresTests} contracts) keep it.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

	/** The system property that switches the suite to PostgreSQL. */
	public static final String SWITCH = "tracker.test.database";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"postgres".equalsIgnoreCase(System.getProperty(SWITCH))) {
			return;
		}
		String name = "suite_" + databases.incrementAndGet();
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement create = connection.createStatement()) {
			create.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", name), "spring.datasource.username",
							"postgres", "spring.datasource.password", "", "spring.test.database.replace", "none")));
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is ending; the server's directory is temporary
				}
			}));
		}
		return server;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
