package org.sanctionstracker.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.PostgresTestDatabase;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The synthetic data generator on fresh schemas (the project's Flyway migrations): exact
 * event counts, the same rows for the same seed, quotes that match their documents,
 * lifecycles the domain rules accept, and identity columns left ready for the
 * application's own inserts. On H2, and on PostgreSQL in the {@code postgres-suite}
 * execution ({@link AlsoOnPostgres}).
 */
@AlsoOnPostgres
class SyntheticDataTests {

	@Test
	void it_writes_exactly_the_events_asked_for_with_realistic_proportions() throws SQLException {
		DataSource db = fresh();
		SyntheticData.Result result = new SyntheticData(db).generate(new SyntheticData.Size(3000, 7));

		assertThat(result.events()).isEqualTo(3000);
		assertThat(count(db, "select count(*) from measure_event")).isEqualTo(3000);
		assertThat(result.measures()).as("1–6 events per measure, 3.5 on average").isBetween(700L, 1000L);
		assertThat(count(db, "select count(*) from enforcement_action")).isEqualTo(600);
		assertThat(count(db, "select count(*) from actor")).isBetween(200L, 300L);
		assertThat(count(db, "select count(*) from coalition")).isEqualTo(50);
		assertThat(count(db, "select max(c) from (select count(*) c from measure_event group by measure_id) x"))
			.isLessThanOrEqualTo(6);
		assertThat(count(db, "select count(*) from evidence"))
			.as("one passage per record that must cite one (docs/decisions/0010)")
			.isEqualTo(result.coalitions() + result.memberships() + result.measures() + result.events()
					+ result.enforcementActions() + result.figures());
		assertThat(count(db, "select count(*) from enforcement_action where actor_id = target_id"))
			.as("actions against their own actor, which the forms and the importer refuse")
			.isZero();
		assertThat(new SyntheticData(db).present()).isTrue();
	}

	@Test
	void the_same_seed_gives_the_same_rows_and_another_seed_does_not() throws SQLException {
		DataSource first = fresh();
		DataSource second = fresh();
		DataSource other = fresh();
		new SyntheticData(first).generate(new SyntheticData.Size(1500, 42));
		new SyntheticData(second).generate(new SyntheticData.Size(1500, 42));
		new SyntheticData(other).generate(new SyntheticData.Size(1500, 43));

		String rows = "select m.title, e.kind, e.date_from, e.date_precision from measure_event e"
				+ " join measure m on m.id = e.measure_id order by e.id";
		assertThat(strings(second, rows)).isEqualTo(strings(first, rows));
		assertThat(strings(other, rows)).isNotEqualTo(strings(first, rows));
	}

	@Test
	void every_quote_is_its_documents_text_at_its_offsets() throws SQLException {
		DataSource db = fresh();
		new SyntheticData(db).generate(new SyntheticData.Size(1000, 5));
		assertThat(count(db, "select count(*) from evidence")).isGreaterThan(1000);
		assertThat(count(db,
				"select count(*) from evidence e join source_document d on d.id = e.document_id"
						+ " where substring(d.text, e.start_offset + 1, e.end_offset - e.start_offset) <> e.quote"))
			.isZero();
	}

	@Test
	void every_generated_lifecycle_passes_the_domain_rules() throws SQLException {
		DataSource db = fresh();
		new SyntheticData(db).generate(new SyntheticData.Size(2000, 3));
		Map<Long, List<Lifecycle.Step>> lifecycles = new LinkedHashMap<>();
		try (Connection connection = db.getConnection();
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery(
						"select measure_id, kind, date_from, date_precision from measure_event order by id")) {
			while (rows.next()) {
				DatePrecision precision = DatePrecision.valueOf(rows.getString(4));
				PartialDate date = (precision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
						: new PartialDate(rows.getDate(3).toLocalDate(), precision);
				lifecycles.computeIfAbsent(rows.getLong(1), (id) -> new ArrayList<>())
					.add(new Lifecycle.Step(EventKind.valueOf(rows.getString(2)), date));
			}
		}
		assertThat(lifecycles).hasSizeGreaterThan(400);
		lifecycles.values().forEach((steps) -> assertThatNoException().isThrownBy(() -> Lifecycle.checkOrder(steps)));
	}

	@Test
	void the_application_can_insert_after_generation() throws SQLException {
		DataSource db = fresh();
		new SyntheticData(db).generate(new SyntheticData.Size(500, 1));
		long before = count(db, "select max(id) from measure");
		try (Connection connection = db.getConnection(); Statement insert = connection.createStatement()) {
			insert.executeUpdate("insert into coalition (version, name, kind, name_key) values (0, 'Added later',"
					+ " 'ALLIANCE', 'added later')");
			insert.executeUpdate("insert into measure (version, imposer_id, target_id, type, title)"
					+ " select 0, min(id), max(id), 'OTHER', 'Added later' from actor");
		}
		// the id sequences were moved past the generated ids (Hibernate draws 50 at a
		// time)
		assertThat(count(db, "select max(id) from measure")).isGreaterThan(before);
		assertThat(count(db, "select count(*) from measure where title = 'Added later'")).isOne();
	}

	@Test
	void generated_ids_stay_out_of_the_blocks_a_running_application_holds() throws SQLException {
		DataSource db = fresh();
		// what Hibernate does before it inserts: draw a value, and use the 50 ids up to
		// it
		boolean postgres;
		try (Connection connection = db.getConnection()) {
			postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
		}
		long drawn = count(db,
				postgres ? "select nextval('measure_event_seq')" : "select next value for measure_event_seq");

		new SyntheticData(db).generate(new SyntheticData.Size(500, 1));

		assertThat(count(db, "select count(*) from measure_event where id between " + (drawn - 49) + " and " + drawn))
			.as("generated events with ids the application may hand out")
			.isZero();
	}

	/**
	 * A migrated empty database: H2 in memory, or PostgreSQL in the postgres-suite run.
	 */
	private static DataSource fresh() {
		DataSource db;
		if (PostgresTestDatabase.active()) {
			db = PostgresTestDatabase.fresh("synthetic");
		}
		else {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL("jdbc:h2:mem:synthetic-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			h2.setUser("sa");
			db = h2;
		}
		migrate(db);
		return db;
	}

	private static void migrate(DataSource db) {
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
	}

	private static long count(DataSource db, String sql) throws SQLException {
		try (Connection connection = db.getConnection();
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> strings(DataSource db, String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Connection connection = db.getConnection();
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery(sql)) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= columns; c++) {
					row.append(rows.getString(c)).append('|');
				}
				out.add(row.toString());
			}
		}
		return out;
	}

}
