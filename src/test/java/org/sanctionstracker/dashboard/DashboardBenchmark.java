package org.sanctionstracker.dashboard;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ColourSlots;
import org.sanctionstracker.base.DataChanges;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.chronology.ChronologyService;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times every dashboard aggregate and the chronology's first page on an H2 file database
 * with one million lifecycle events. Not part of the build (the name does not end in
 * {@code Tests}); run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The database is generated once under {@code target/benchmark/} (about a minute) and
 * reused by later runs; {@code -Dbenchmark.events=…} changes its size.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ DashboardService.class, AggregateCache.class, DataChanges.class, ReadModel.class, ChronologyService.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DashboardBenchmark {

	private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);

	private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);

	private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

	@Autowired
	DashboardService dashboard;

	@Autowired
	ChronologyService chronology;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataChanges changes;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Path file = Paths.get("target", "benchmark", "events-" + EVENTS).toAbsolutePath();
		// OPTIMIZE_REUSE_RESULTS=FALSE: H2 would otherwise answer a repeated query from
		// its
		// last result, which measures nothing
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.jpa.show-sql", () -> "false");
	}

	@Test
	void time_every_aggregate() {
		String only = System.getProperty("benchmark.only");
		generateIfEmpty();
		Long japan = this.jdbc.queryForObject("select id from actor where iso3 = 'A00'", Long.class);
		Filter none = Filter.none();
		Filter country = none.withActor(japan, CountryRole.ANY);
		Filter shortPeriod = none.withPeriod(PartialDate.parse("2008-01"), PartialDate.parse("2009-12"));
		Long coalition = this.jdbc.queryForObject("select min(id) from coalition", Long.class);
		LocalDate day = LocalDate.of(2016, 2, 29);
		Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
		queries.put("events over time", () -> this.dashboard.eventsChart(none));
		queries.put("events over time, table", () -> this.dashboard.eventsOverTime(none));
		queries.put("events over time, country", () -> this.dashboard.eventsOverTime(country));
		queries.put("events over time, 24 months", () -> this.dashboard.eventsOverTime(shortPeriod));
		queries.put("in force over time", () -> this.dashboard.inForceOverTime(none));
		queries.put("in force over time, country", () -> this.dashboard.inForceOverTime(country));
		queries.put("in force over time, 24 months", () -> this.dashboard.inForceOverTime(shortPeriod));
		queries.put("imposer x type", () -> this.dashboard.measuresByImposerAndType(none));
		queries.put("imposer x type, kind",
				() -> this.dashboard.measuresByImposerAndType(none.withEventKind(EventKind.LIFTED)));
		queries.put("alignment", () -> this.dashboard.alignment(coalition, day, none));
		queries.put("enforcement by actor x kind", () -> this.dashboard.enforcementByActorAndKind(none));
		queries.put("key figures", () -> this.dashboard.keyFigures(none, day));
		queries.put("key figures, country", () -> this.dashboard.keyFigures(country, day));
		queries.put("actors by activity", () -> this.dashboard.actorsByActivity());
		queries.put("chronology first page",
				() -> this.chronology.entries(none, PageRequest.of(0, 50, Sort.by(Sort.Order.asc("date")))));
		queries.put("chronology first page, newest",
				() -> this.chronology.entries(none, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("date")))));
		queries.put("chronology first page, country",
				() -> this.chronology.entries(country, PageRequest.of(0, 50, Sort.by(Sort.Order.asc("date")))));
		StringBuilder report = new StringBuilder("\nmedian of " + RUNS + " runs, " + EVENTS + " events:\n");
		for (var query : queries.entrySet()) {
			if (only != null && !query.getKey().contains(only)) {
				continue;
			}
			query.getValue().get(); // warms up the JIT (and the cache)
			long[] cached = time(query.getValue(), false);
			long[] uncached = time(query.getValue(), true);
			String line = String.format("%-34s cached median %5d ms   uncached median %6d ms (min %d, max %d)",
					query.getKey(), cached[RUNS / 2], uncached[RUNS / 2], uncached[0], uncached[RUNS - 1]);
			log.info(line);
			report.append(line).append('\n');
		}
		log.info(report.toString());
	}

	/**
	 * Runs a query {@link #RUNS} times; {@code uncached} records a data change before
	 * each run, so the aggregate cache is empty and the database does the work.
	 */
	private long[] time(Supplier<Object> query, boolean uncached) {
		long[] millis = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			if (uncached) {
				this.changes.recordChange();
			}
			long start = System.nanoTime();
			query.get();
			millis[run] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private void generateIfEmpty() {
		Integer existing = this.jdbc.queryForObject("select count(*) from measure_event", Integer.class);
		if (existing != null && existing >= EVENTS) {
			return;
		}
		long start = System.nanoTime();
		Random random = new Random(42);
		int actors = 40;
		for (int a = 0; a < actors; a++) {
			this.jdbc.update(
					"insert into actor (version, name, kind, iso3, colour_slot, name_key) values (0, ?, 'STATE', ?, ?, ?)",
					"Actor " + a, String.format("A%02d", a), a % ColourSlots.COUNT, "actor " + a);
		}
		List<Long> actorIds = this.jdbc.queryForList("select id from actor order by id", Long.class);
		for (int c = 0; c < 10; c++) {
			this.jdbc.update("insert into coalition (version, name, kind, name_key) values (0, ?, 'ALLIANCE', ?)",
					"Coalition " + c, "coalition " + c);
		}
		List<Long> coalitionIds = this.jdbc.queryForList("select id from coalition order by id", Long.class);
		for (Long coalitionId : coalitionIds) {
			for (int m = 0; m < 6; m++) {
				this.jdbc.update(
						"insert into coalition_membership (version, coalition_id, actor_id, basis, joined_from,"
								+ " joined_precision, left_precision) values (0, ?, ?, 'MEMBER', ?, 'YEAR', 'UNKNOWN')",
						coalitionId, actorIds.get(random.nextInt(actors)), Date.valueOf(LocalDate.of(2000, 1, 1)));
			}
		}
		int measures = EVENTS / 10;
		MeasureType[] types = MeasureType.values();
		List<Object[]> measureRows = new ArrayList<>();
		for (int m = 0; m < measures; m++) {
			// a skewed distribution: a few actors impose most measures
			long imposer = actorIds.get((int) Math.min(actors - 1, Math.abs(random.nextGaussian() * 8)));
			long target = actorIds.get(actors - 1 - random.nextInt(3));
			measureRows.add(new Object[] { imposer, (imposer == target) ? actorIds.get(0) : target,
					types[random.nextInt(types.length)].name(), "Measure " + m,
					(random.nextInt(4) == 0) ? coalitionIds.get(random.nextInt(coalitionIds.size())) : null });
		}
		this.jdbc.batchUpdate("insert into measure (version, imposer_id, target_id, type, title, coalition_id)"
				+ " values (0, ?, ?, ?, ?, ?)", measureRows);
		List<Long> measureIds = this.jdbc.queryForList("select id from measure order by id", Long.class);
		EventKind[] kinds = EventKind.values();
		List<Object[]> eventRows = new ArrayList<>();
		for (Long measureId : measureIds) {
			LocalDate date = LocalDate.of(1995 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
			for (int e = 0; e < 10; e++) {
				EventKind kind = (e == 0) ? EventKind.IMPOSED : kinds[random.nextInt(kinds.length)];
				String precision = switch (random.nextInt(10)) {
					case 0 -> "UNKNOWN";
					case 1, 2 -> "YEAR";
					case 3, 4, 5 -> "MONTH";
					default -> "DAY";
				};
				LocalDate stored = switch (precision) {
					case "YEAR" -> date.withDayOfYear(1);
					case "MONTH" -> date.withDayOfMonth(1);
					case "DAY" -> date;
					default -> null;
				};
				eventRows.add(new Object[] { measureId, kind.name(), (stored != null) ? Date.valueOf(stored) : null,
						precision, "Event note " + e });
				date = date.plusDays(random.nextInt(400));
			}
			if (eventRows.size() >= 50_000) {
				insertEvents(eventRows);
			}
		}
		insertEvents(eventRows);
		List<Object[]> actionRows = new ArrayList<>();
		EnforcementKind[] actionKinds = EnforcementKind.values();
		for (int x = 0; x < EVENTS / 10; x++) {
			LocalDate date = LocalDate.of(2000 + random.nextInt(17), 1 + random.nextInt(12), 1);
			actionRows.add(new Object[] { actorIds.get((int) Math.min(actors - 1, Math.abs(random.nextGaussian() * 8))),
					actorIds.get(actors - 1), actionKinds[random.nextInt(actionKinds.length)].name(),
					Date.valueOf(date), "MONTH", "Action " + x, measureIds.get(random.nextInt(measureIds.size())) });
		}
		this.jdbc.batchUpdate("insert into enforcement_action (version, actor_id, target_id, kind, date_from,"
				+ " date_precision, description, measure_id) values (0, ?, ?, ?, ?, ?, ?, ?)", actionRows);
		this.jdbc.execute("analyze");
		log.info("Generated {} events in {} s", EVENTS, (System.nanoTime() - start) / 1_000_000_000);
	}

	private void insertEvents(List<Object[]> rows) {
		this.jdbc.batchUpdate("insert into measure_event (version, measure_id, kind, date_from, date_precision, note)"
				+ " values (0, ?, ?, ?, ?, ?)", rows);
		rows.clear();
	}

}
