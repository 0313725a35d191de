package org.sanctionstracker.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.sanctionstracker.base.DataChanges;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceDraft;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The dashboard's aggregates: each one uncached (median, p95), the whole service call the
 * dashboard view makes on open, uncached and cached, and the same queries' SQL over plain
 * JDBC in this JVM (the floor), with the ratio of the two. "Uncached" empties the
 * aggregate cache before every run the way any data change does (a new data generation),
 * outside the timed part.
 */
final class DashboardSection {

	private DashboardSection() {
	}

	static void run(ConfigurableApplicationContext context, Settings all, ObjectNode out) throws SQLException {
		// at a million events an uncached aggregate takes seconds: -Dbench.dashboard.runs=3 keeps a run short
		Settings settings = new Settings(all.sizes(), all.databases(), all.seed(),
				Integer.getInteger("bench.dashboard.warmups", all.warmups()),
				Integer.getInteger("bench.dashboard.runs", all.runs()), all.exportRuns(), all.sessions(),
				all.startupRuns(), all.sections(), all.jar(), all.output());
		out.put("runs", settings.runs());
		DashboardService dashboard = context.getBean(DashboardService.class);
		DataChanges changes = context.getBean(DataChanges.class);
		Runnable uncached = changes::recordChange;
		Long japan = AppContexts.jdbc(context).queryForObject("select id from actor where iso3 = 'JPN'", Long.class);
		// the actor with the most measures, as imposer or target (as in the chronology
		// section)
		Long busiest = AppContexts.jdbc(context)
			.queryForObject("select actor_id from (select imposer_id as actor_id from measure"
					+ " union all select target_id from measure) m group by actor_id order by count(*) desc, actor_id"
					+ " fetch first 1 rows only", Long.class);
		out.put("busiest_actor_id", busiest);
		Filter none = Filter.none();
		Filter country = none.withActor(japan, CountryRole.ANY);
		Filter busy = none.withActor(busiest, CountryRole.ANY);
		MeasureService measures = context.getBean(MeasureService.class);
		LocalDate day = measures.asOf(null).day();
		Long coalition = dashboard.busiestCoalition().map(CoalitionRef::id).orElse(null);
		Map<String, Supplier<Object>> aggregates = new LinkedHashMap<>();
		// the chart (the twelve most active imposers and the others summed), as the views
		// ask for it; every count only when its table is opened
		aggregates.put("events over time", () -> dashboard.eventsChart(none));
		aggregates.put("events over time, JPN", () -> dashboard.eventsChart(country));
		aggregates.put("events over time, busiest country", () -> dashboard.eventsChart(busy));
		aggregates.put("events over time, table (every count)", () -> dashboard.eventsOverTime(none));
		aggregates.put("in force over time", () -> dashboard.inForceOverTime(none));
		aggregates.put("in force over time, JPN", () -> dashboard.inForceOverTime(country));
		aggregates.put("in force over time, busiest country", () -> dashboard.inForceOverTime(busy));
		aggregates.put("imposer × measure type", () -> dashboard.measuresByImposerAndType(none));
		aggregates.put("imposer × measure type, JPN", () -> dashboard.measuresByImposerAndType(country));
		aggregates.put("imposer × measure type, busiest country", () -> dashboard.measuresByImposerAndType(busy));
		aggregates.put("coalition alignment (busiest coalition)",
				() -> (coalition != null) ? dashboard.alignment(coalition, day, none) : null);
		aggregates.put("enforcement by actor × kind", () -> dashboard.enforcementByActorAndKind(none));
		aggregates.put("enforcement by actor × kind, JPN", () -> dashboard.enforcementByActorAndKind(country));
		aggregates.put("enforcement by actor × kind, busiest country",
				() -> dashboard.enforcementByActorAndKind(busy));
		aggregates.put("key figures", () -> dashboard.keyFigures(none, day));
		aggregates.put("key figures, JPN", () -> dashboard.keyFigures(country, day));
		aggregates.put("key figures, busiest country", () -> dashboard.keyFigures(busy, day));
		aggregates.put("actors by activity", dashboard::actorsByActivity);
		aggregates.put("default as-of day", () -> measures.asOf(null));
		aggregates.put("busiest coalition", dashboard::busiestCoalition);
		ObjectNode each = out.putObject("aggregates");
		for (var aggregate : aggregates.entrySet()) {
			Timing.time(settings.warmups(), settings.runs(), uncached, aggregate.getValue())
				.json(each.putObject(aggregate.getKey()));
		}
		// what DashboardView asks for when it opens without filters
		Supplier<Object> open = () -> {
			LocalDate last = measures.asOf(null).day();
			var colours = dashboard.actorsByActivity();
			var figures = dashboard.keyFigures(none, last);
			var events = dashboard.eventsChart(none);
			var inForce = dashboard.inForceOverTime(none);
			var matrix = dashboard.measuresByImposerAndType(none);
			var enforcement = dashboard.enforcementByActorAndKind(none);
			var alignment = dashboard.busiestCoalition().flatMap((c) -> dashboard.alignment(c.id(), last, none));
			return List.of(colours, figures, events, inForce, matrix, enforcement, alignment);
		};
		Timing.Samples service = Timing.time(settings.warmups(), settings.runs(), uncached, open);
		service.json(out.putObject("service_uncached"));
		changes.recordChange();
		List<SqlRecorder.Query> queries = SqlRecorder.record(open::get)
			.stream()
			.filter((query) -> !query.sql().contains("data_generation"))
			.toList();
		DataSource dataSource = context.getBean(DataSource.class);
		DataSource plain = (dataSource instanceof DelegatingDataSource delegating)
				? delegating.getTargetDataSource() : dataSource;
		Timing.Samples raw = Timing.time(settings.warmups(), settings.runs(), () -> {
			try (Connection connection = plain.getConnection()) {
				return SqlRecorder.replay(connection, queries);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		raw.json(out.putObject("raw_sql")).put("queries", queries.size());
		out.put("service_to_raw_sql_ratio", Timing.round(service.median() / raw.median()));
		open.get();
		Timing.time(settings.warmups(), settings.runs(), open).json(out.putObject("service_cached"));
		saves(context, settings, open, out);
	}

	/**
	 * A save through the service (a lifecycle event added to one of the busiest imposer's
	 * measures, with its span and rollup upkeep), and the first visitor after a save end
	 * to end: the save, then the dashboard service call the next visitor's view makes.
	 * The events added are deleted through the service afterwards.
	 */
	private static void saves(ConfigurableApplicationContext context, Settings settings, Supplier<Object> open,
			ObjectNode out) {
		MeasureService measures = context.getBean(MeasureService.class);
		// steps on the days after the measure's last one, up to today: no date after today
		// is accepted (base/PlausibleDates)
		LocalDate first = PlausibleDates.today().minusDays(2L * (settings.warmups() + settings.runs()) + 1);
		// the busiest imposer first, on its own: H2 evaluated the grouped subquery again
		// for every measure (the 1M case never got past this query)
		Long imposerId = AppContexts.jdbc(context)
			.queryForObject("select imposer_id from measure group by imposer_id order by count(*) desc, imposer_id"
					+ " fetch first 1 rows only", Long.class);
		Long measureId = AppContexts.jdbc(context)
			.queryForObject("select m.id from measure m where m.imposer_id = ?"
					+ " and exists (select 1 from measure_event e where e.measure_id = m.id and e.kind = 'IMPOSED')"
					+ " and not exists (select 1 from measure_event e where e.measure_id = m.id and e.date_from >= ?)"
					+ " order by m.id fetch first 1 rows only", Long.class, imposerId, first);
		List<Long> added = new ArrayList<>();
		int[] day = { 0 };
		Supplier<Object> save = () -> {
			EventDraft event = EventDraft.of(measureId);
			event.setKind((day[0] % 2 == 0) ? EventKind.SUSPENDED : EventKind.REIMPOSED);
			event.setDate(new PartialDate(first.plusDays(day[0]++), DatePrecision.DAY));
			// every step cites its source (docs/decisions/0010)
			event.setEvidence(List.of(EvidenceDraft.url("https://example.org/bench")));
			long id = measures.saveEvent(event);
			added.add(id);
			return id;
		};
		Timing.time(settings.warmups(), settings.runs(), save).json(out.putObject("save_event"));
		Timing.time(settings.warmups(), settings.runs(), () -> List.of(save.get(), open.get()))
			.json(out.putObject("first_visitor_after_save"));
		for (Long id : added) {
			measures.deleteEvent(id, measures.eventDraft(id).orElseThrow().getVersion());
		}
	}

}
