package org.sanctionstracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One benchmark database: an H2 file database under {@code target/bench/db/} or a
 * database on the harness's embedded PostgreSQL server (whose data directory is kept
 * there too). A generated database carries a {@code bench_marker} row with the seed, the
 * size and the schema it was generated with (each Flyway migration's version and
 * checksum); a later run reuses it when the seed and size match and its migrations are
 * unchanged, so that Flyway at most adds newer ones (new indexes, tables) as the
 * application starts on it. Otherwise, or with {@code -Dbench.regenerate=true}, it is
 * started afresh for Flyway to create.
 */
abstract class BenchDatabase {

	/** The Flyway migrations on the class path, as {@code V1:<crc32> V2:<crc32> …}. */
	static final String SCHEMA = schemaFingerprint();

	/**
	 * The code that computes the read model (the lifecycle rule and the read model's
	 * writer), as a checksum of its class files: a reused database whose read model was
	 * computed by other code gets it recomputed ({@link #readModelCurrent}).
	 */
	static final String READ_MODEL = readModelFingerprint();

	final String name;

	BenchDatabase(String name) {
		this.name = name;
	}

	/** {@code h2} or {@code postgres}. */
	abstract String kind();

	/** The data source properties of an application context on this database. */
	abstract Map<String, Object> properties();

	/** A plain JDBC connection, outside any application context. */
	abstract Connection connect() throws SQLException;

	/** Whether the database exists at all. */
	abstract boolean exists();

	/** Removes the database, so that the next context starts on an empty one. */
	abstract void drop();

	/**
	 * Whether the database holds data generated with these settings and schema.
	 * @param seed the seed
	 * @param events the size
	 * @return {@code true} when it can be reused as it is
	 */
	boolean matches(long seed, long events) {
		if (!exists()) {
			return false;
		}
		try (Connection connection = connect();
				Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select seed, events, schema_version from bench_marker")) {
			return !Boolean.getBoolean("bench.regenerate") && row.next() && row.getLong(1) == seed
					&& row.getLong(2) == events && (SCHEMA + " ").startsWith(row.getString(3) + " ");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Marks the database as generated with these settings.
	 * @param dataSource the database
	 * @param seed the seed
	 * @param events the size
	 * @param millis how long generation took
	 */
	static void mark(DataSource dataSource, long seed, long events, long millis) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("create table bench_marker (seed bigint not null, events bigint not null,"
						+ " schema_version varchar(2000) not null, generation_ms bigint not null)");
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into bench_marker values (?, ?, ?, ?)")) {
				insert.setLong(1, seed);
				insert.setLong(2, events);
				insert.setString(3, SCHEMA);
				insert.setLong(4, millis);
				insert.executeUpdate();
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	/**
	 * Whether the database's read model was computed by the code on the class path.
	 * @param dataSource the database
	 * @return whether it was
	 */
	static boolean readModelCurrent(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select fingerprint from bench_read_model")) {
			return row.next() && READ_MODEL.equals(row.getString(1));
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Notes that the database's read model was computed by the code on the class path.
	 * @param dataSource the database
	 */
	static void markReadModel(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create table if not exists bench_read_model (fingerprint varchar(100) not null)");
			sql.execute("delete from bench_read_model");
			sql.execute("insert into bench_read_model values ('" + READ_MODEL + "')");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	/**
	 * How long the reused database took to generate when it was made.
	 * @return milliseconds, or -1
	 */
	long generationMillis() {
		try (Connection connection = connect();
				Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select generation_ms from bench_marker")) {
			return row.next() ? row.getLong(1) : -1;
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	/**
	 * The schema the reused database was generated with.
	 * @return its migrations, or {@code null}
	 */
	String generatedSchema() {
		try (Connection connection = connect();
				Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select schema_version from bench_marker")) {
			return row.next() ? row.getString(1) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/** An H2 file database in its own directory. */
	static final class H2 extends BenchDatabase {

		private final Path dir;

		H2(String name, Path dir) {
			super(name);
			this.dir = dir;
		}

		Path dir() {
			return this.dir;
		}

		@Override
		String kind() {
			return "h2";
		}

		private String url() {
			// H2 answers a query repeated on unchanged tables from its last result unless told
			// not to; the application's own caches are what the numbers should show.
			return "jdbc:h2:file:" + this.dir.resolve("tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
		}

		@Override
		Map<String, Object> properties() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("tracker.data-dir", this.dir.toString());
			properties.put("spring.datasource.url", url());
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
			return properties;
		}

		@Override
		Connection connect() throws SQLException {
			return DriverManager.getConnection(url() + ";IFEXISTS=TRUE", "sa", "");
		}

		@Override
		boolean exists() {
			return Files.exists(this.dir.resolve("tracker.mv.db"));
		}

		@Override
		void drop() {
			deleteTree(this.dir);
		}

		long bytesOnDisk() {
			try (Stream<Path> files = Files.list(this.dir)) {
				return files.mapToLong((file) -> file.toFile().length()).sum();
			}
			catch (IOException ex) {
				return -1;
			}
		}

	}

	/** A database on the embedded PostgreSQL server. */
	static final class Postgres extends BenchDatabase {

		private final EmbeddedPostgres server;

		Postgres(String name, EmbeddedPostgres server) {
			super(name);
			this.server = server;
		}

		@Override
		String kind() {
			return "postgres";
		}

		@Override
		Map<String, Object> properties() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.datasource.url", this.server.getJdbcUrl("postgres", this.name));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			return properties;
		}

		@Override
		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.server.getJdbcUrl("postgres", this.name), "postgres", "");
		}

		@Override
		boolean exists() {
			try (Connection connection = this.server.getPostgresDatabase().getConnection();
					PreparedStatement query = connection
						.prepareStatement("select count(*) from pg_database where datname = ?")) {
				query.setString(1, this.name);
				try (ResultSet row = query.executeQuery()) {
					return row.next() && row.getLong(1) > 0;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		void drop() {
			try (Connection connection = this.server.getPostgresDatabase().getConnection();
					Statement ddl = connection.createStatement()) {
				ddl.execute("drop database if exists " + this.name + " with (force)");
				ddl.execute("create database " + this.name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		long bytesOnDisk() {
			try (Connection connection = connect();
					PreparedStatement query = connection.prepareStatement("select pg_database_size(?)")) {
				query.setString(1, this.name);
				try (ResultSet row = query.executeQuery()) {
					return row.next() ? row.getLong(1) : -1;
				}
			}
			catch (SQLException ex) {
				return -1;
			}
		}

	}

	/**
	 * Starts (or restarts on its kept data directory) the embedded PostgreSQL server.
	 * @param dataDir its data directory
	 * @return the server
	 */
	static EmbeddedPostgres startPostgres(Path dataDir) {
		try {
			Files.createDirectories(dataDir.getParent());
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("max_wal_size", "2GB")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + dir, ex);
		}
	}

	private static String readModelFingerprint() {
		try {
			CRC32 crc = new CRC32();
			Resource[] classes = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:org/sanctionstracker/measure/Lifecycle*.class");
			Arrays.sort(classes, Comparator.comparing(Resource::getFilename));
			for (Resource type : classes) {
				crc.update(type.getContentAsByteArray());
			}
			for (String type : new String[] { "ReadModelUpdate", "ReadModel" }) {
				crc.update(new PathMatchingResourcePatternResolver()
					.getResource("classpath:org/sanctionstracker/dashboard/" + type + ".class")
					.getContentAsByteArray());
			}
			return Long.toHexString(crc.getValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String schemaFingerprint() {
		try {
			Resource[] migrations = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*.sql");
			Arrays.sort(migrations, Comparator.comparing(
					(Resource migration) -> Integer.parseInt(migration.getFilename().replaceAll("^V(\\d+)__.*", "$1"))));
			StringBuilder schema = new StringBuilder();
			for (Resource migration : migrations) {
				CRC32 crc = new CRC32();
				crc.update(migration.getContentAsByteArray());
				schema.append((schema.length() > 0) ? " " : "")
					.append(migration.getFilename(), 0, migration.getFilename().indexOf("__"))
					.append(':')
					.append(Long.toHexString(crc.getValue()));
			}
			return schema.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
