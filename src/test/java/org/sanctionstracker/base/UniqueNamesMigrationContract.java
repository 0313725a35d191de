package org.sanctionstracker.base;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Migration 14 (names unique ignoring case and spacing) on a database that already holds
 * names that clash that way: it stops before changing anything and names the records;
 * once they are renamed it runs, and the database refuses a new clash. Each database gets
 * a subclass that hands it a fresh, empty database.
 */
abstract class UniqueNamesMigrationContract {

	/**
	 * A fresh, empty database.
	 * @return its data source
	 */
	abstract DataSource freshDatabase();

	@Test
	void names_that_clash_ignoring_case_and_spacing_stop_the_migration_naming_them() {
		DataSource database = freshDatabase();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		flyway(database, "12").migrate();
		jdbc.update("insert into actor (version, name, kind) values (0, 'Japan', 'STATE')");
		jdbc.update("insert into actor (version, name, kind) values (0, 'South Korea', 'STATE')");
		jdbc.update("insert into actor (version, name, kind) values (0, ' JAPAN', 'STATE')");
		jdbc.update("insert into coalition (version, name, kind) values (0, 'Six-Party Talks', 'TALKS_FRAMEWORK')");
		jdbc.update("insert into coalition (version, name, kind) values (0, 'six-party  talks', 'TALKS_FRAMEWORK')");
		long japan = jdbc.queryForObject("select id from actor where name = 'Japan'", Long.class);
		long shouting = jdbc.queryForObject("select id from actor where name = ' JAPAN'", Long.class);

		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> flyway(database, null).migrate())
			.satisfies((ex) -> assertThat(rootCause(ex)).isInstanceOf(DuplicateNamesException.class)
				.hasMessageContaining("actors: \"Japan\" (id " + japan + "), \" JAPAN\" (id " + shouting + ")")
				.hasMessageContaining("coalitions: \"Six-Party Talks\" (id ")
				.hasMessageContaining("\"six-party  talks\" (id ")
				.hasMessageContaining("nothing was changed")
				.hasMessageNotContaining("South Korea"));
		assertThat(columns(jdbc, "actor")).doesNotContain("name_key");

		jdbc.update("update actor set name = 'Japan (second record)' where id = ?", shouting);
		jdbc.update("delete from coalition where name = 'six-party  talks'");
		flyway(database, null).repair();
		flyway(database, null).migrate();

		assertThat(jdbc.queryForObject("select name_key from actor where id = ?", String.class, shouting))
			.isEqualTo("japan (second record)");
		assertThat(jdbc.queryForObject("select name_key from coalition", String.class)).isEqualTo("six-party talks");
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class).isThrownBy(() -> jdbc
			.update("insert into actor (version, name, kind, name_key) values (0, 'JAPAN', 'STATE', 'japan')"));
	}

	private static Flyway flyway(DataSource database, String target) {
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	private static List<String> columns(JdbcTemplate jdbc, String table) {
		return jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = ?", String.class,
				table);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
