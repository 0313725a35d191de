package org.sanctionstracker.dashboard;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlannerStatistics;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureStatus;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the read model (see {@link ReadModel}) on one database connection or
 * transaction: {@link #refresh} brings it up to date for some measures and enforcement
 * actions, {@link #rebuild} computes it from scratch. Both are set-based SQL except the
 * status spans, which {@link Lifecycle#spans} computes from each measure's steps. The SQL
 * is portable (H2 2.3 and PostgreSQL 15+, which both have {@code MERGE}).
 *
 * <p>
 * A refresh takes out of the rollups what the {@code counted_*} rows and the spans of the
 * measures and actions counted, replaces those rows by what the records hold now, and
 * adds that. The caller holds the read model's lock ({@link #lock}) so that two writers
 * never interleave: then the rollups always equal a recomputation from the counted rows,
 * which equal the records once every writer has refreshed what it changed.
 */
final class ReadModelUpdate {

	/** How many ids one statement names. */
	static final int CHUNK = 1_000;

	private static final String STATUS_KINDS = Arrays.stream(EventKind.values())
		.filter((kind) -> kind.effect() != EventKind.Effect.NONE)
		.map((kind) -> "'" + kind.name() + "'")
		.collect(Collectors.joining(", "));

	private static final String ALL = "1 = 1";

	/** How many measure ids a rebuild computes the spans of at a time. */
	private static final long SPAN_RANGE = 20_000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final PlannerStatistics statistics;

	ReadModelUpdate(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.statistics = new PlannerStatistics(jdbc);
	}

	/**
	 * Takes the lock that makes writers of the read model wait for each other: the row of
	 * the data generation counter, which every committing change raises anyway.
	 */
	void lock() {
		this.jdbc.queryForList("select generation from data_generation where id = 1 for update");
	}

	/**
	 * Brings the read model up to date for some measures (their spans, events and counts,
	 * and the enforcement actions that refer to them) and enforcement actions.
	 * @param measureIds measures that were created, changed or deleted
	 * @param actionIds enforcement actions that were created, changed or deleted
	 */
	void refresh(Collection<Long> measureIds, Collection<Long> actionIds) {
		Set<Long> actions = new LinkedHashSet<>(actionIds);
		List<Long> measures = List.copyOf(new LinkedHashSet<>(measureIds));
		for (List<Long> chunk : chunks(measures)) {
			Map<String, Object> ids = Map.of("ids", chunk);
			actions
				.addAll(this.named.queryForList(
						"select action_id from counted_enforcement where measure_id in (:ids)"
								+ " union select id from enforcement_action where measure_id in (:ids)",
						ids, Long.class));
			mergeMeasures(-1, "in (:ids)", ids);
			this.named.update("delete from counted_event where measure_id in (:ids)", ids);
			this.named.update("delete from counted_measure where measure_id in (:ids)", ids);
			this.named.update("delete from measure_status_span where measure_id in (:ids)", ids);
			countMeasures("in (:ids)", ids);
			mergeMeasures(1, "in (:ids)", ids);
		}
		for (List<Long> chunk : chunks(List.copyOf(actions))) {
			Map<String, Object> ids = Map.of("ids", chunk);
			mergeEnforcement(-1, "in (:ids)", ids);
			this.named.update("delete from counted_enforcement where action_id in (:ids)", ids);
			countEnforcement("in (:ids)", ids);
			mergeEnforcement(1, "in (:ids)", ids);
		}
	}

	/**
	 * Computes the whole read model from the records.
	 */
	void rebuild() {
		for (String table : List.of("rollup_event", "rollup_in_force", "rollup_measure", "rollup_enforcement",
				"measure_status_span", "counted_event", "counted_measure", "counted_enforcement")) {
			this.jdbc.update("delete from " + table);
		}
		// the planner must know the tables it sums from are no longer empty: a rebuild
		// after an import of 100k events on PostgreSQL spent minutes in one insert
		this.statistics.analyze("measure", "measure_event", "enforcement_action");
		countMeasures(null, Map.of());
		this.statistics.analyze("counted_measure", "counted_event", "measure_status_span");
		mergeMeasures(1, null, Map.of());
		countEnforcement(null, Map.of());
		this.statistics.analyze("counted_enforcement");
		mergeEnforcement(1, null, Map.of());
	}

	/**
	 * Copies the measures and their events to the counted rows and writes their spans.
	 */
	private void countMeasures(String in, Map<String, Object> ids) {
		this.named.update("insert into counted_measure (measure_id, imposer_id, target_id, type, coalition_id)"
				+ " select m.id, m.imposer_id, m.target_id, m.type, m.coalition_id from measure m where "
				+ condition("m.id", in), ids);
		this.named.update("insert into counted_event (event_id, measure_id, kind, date_from, date_precision)"
				+ " select e.id, e.measure_id, e.kind, e.date_from, e.date_precision from measure_event e where "
				+ condition("e.measure_id", in), ids);
		if (in != null) {
			writeSpans(condition("ce.measure_id", in), ids);
			return;
		}
		// everything: a range of measures at a time, so that memory stays flat
		Map<String, Object> range = this.jdbc.queryForMap(
				"select coalesce(min(measure_id), 0) as lo, coalesce(max(measure_id), -1) as hi from counted_event");
		long last = ((Number) range.get("hi")).longValue();
		for (long first = ((Number) range.get("lo")).longValue(); first <= last; first += SPAN_RANGE) {
			writeSpans("ce.measure_id between :first and :last",
					Map.of("first", first, "last", Math.min(last, first + SPAN_RANGE - 1)));
		}
	}

	/**
	 * Computes the spans of the measures from their counted steps with
	 * {@link Lifecycle#spans} and writes them.
	 */
	private void writeSpans(String measures, Map<String, Object> parameters) {
		List<Object[]> rows = new ArrayList<>();
		long[] current = { Long.MIN_VALUE };
		List<Lifecycle.Step> steps = new ArrayList<>();
		this.named.query("select ce.measure_id, ce.kind, ce.date_from, ce.date_precision from counted_event ce"
				+ " where ce.date_from is not null and ce.kind in (" + STATUS_KINDS + ") and " + measures
				+ " order by ce.measure_id", parameters, (rs) -> {
					long measureId = rs.getLong(1);
					if (measureId != current[0]) {
						spansOf(current[0], steps, rows);
						current[0] = measureId;
						steps.clear();
					}
					Date date = rs.getDate(3);
					steps.add(new Lifecycle.Step(EventKind.valueOf(rs.getString(2)), new PartialDate(
							(date != null) ? date.toLocalDate() : null, DatePrecision.valueOf(rs.getString(4)))));
					if (rows.size() >= CHUNK) {
						insertSpans(rows);
					}
				});
		spansOf(current[0], steps, rows);
		insertSpans(rows);
	}

	private static void spansOf(long measureId, List<Lifecycle.Step> steps, List<Object[]> rows) {
		if (steps.isEmpty()) {
			return;
		}
		for (Lifecycle.Span span : Lifecycle.spans(steps)) {
			rows.add(new Object[] { measureId, span.from(), span.to(), span.status() });
		}
	}

	private void insertSpans(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"insert into measure_status_span (measure_id, valid_from, valid_to, status) values (?, ?, ?, ?)",
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						Object[] row = rows.get(i);
						statement.setLong(1, (Long) row[0]);
						statement.setDate(2, Date.valueOf((LocalDate) row[1]));
						statement.setDate(3, (row[2] != null) ? Date.valueOf((LocalDate) row[2]) : null);
						statement.setString(4, ((MeasureStatus) row[3]).name());
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}

				});
		rows.clear();
	}

	private void countEnforcement(String in, Map<String, Object> ids) {
		this.named.update("insert into counted_enforcement (action_id, actor_id, target_id, kind, date_from,"
				+ " measure_id, measure_type, measure_coalition_id)"
				+ " select x.id, x.actor_id, x.target_id, x.kind, x.date_from, x.measure_id, m.type, m.coalition_id"
				+ " from enforcement_action x left join measure m on m.id = x.measure_id where "
				+ condition("x.id", in), ids);
	}

	/** Adds ({@code sign} 1) or takes out (-1) what the measures' counted rows count. */
	private void mergeMeasures(int sign, String in, Map<String, Object> ids) {
		// slice 'S' is slice '-' summed over the kinds (kind ''), in years and months,
		// for the events chart's read of every imposer (10,546 rows at 1M instead of
		// 118,465 in slice '-')
		merge(in == null, "rollup_event",
				List.of("dim", "dim_value", "grain", "period", "imposer_id", "kind", "year_only"),
				"""
						select d.dim, %1$s as dim_value, g.grain,
						       case g.grain when 'Y' then %2$s when 'M' then %3$s else 0 end as period,
						       cm.imposer_id, case d.dim when 'S' then '' else ce.kind end as kind,
						       case when g.grain = 'M' and ce.date_precision = 'YEAR' then 1 else 0 end as year_only,
						       %4$d as n
						from counted_event ce
						join counted_measure cm on cm.measure_id = ce.measure_id
						cross join (values ('-'), ('T'), ('Y'), ('C'), ('S')) d (dim)
						cross join (values ('Y'), ('M'), ('U'), ('A')) g (grain)
						where %5$s and (d.dim <> 'C' or cm.coalition_id is not null)
						  and (d.dim in ('-', 'S') or g.grain <> 'M') and (d.dim <> 'S' or g.grain in ('Y', 'M'))
						  and (g.grain = 'A'
						       or (case when ce.date_from is null then 'U' when g.grain = 'U' then '-' else g.grain end) = g.grain)
						"""
					.formatted(DIM_VALUE, year("ce.date_from"), month("ce.date_from"), sign,
							condition("ce.measure_id", in)),
				ids);
		// A span adds one where it starts and takes one away where it ends. Every branch
		// reads tables only: H2 evaluates a subquery in a join once per row of the other
		// side.
		String starts = "measure_status_span s join counted_measure cm on cm.measure_id = s.measure_id where "
				+ condition("s.measure_id", in);
		String ends = starts + " and s.valid_to is not null";
		String slices = "cross join (values ('-'), ('T'), ('Y'), ('C')) d (dim)"
				+ " cross join (values ('Y'), ('M')) g (grain)";
		// months for everything and per type (the alignment's count on a day), years for
		// every slice
		String sliced = " and (d.dim <> 'C' or cm.coalition_id is not null) and (d.dim in ('-', 'Y') or g.grain = 'Y')";
		merge(in == null, "rollup_in_force", List.of("dim", "dim_value", "grain", "period", "imposer_id", "status"), """
				select d.dim, %1$s as dim_value, g.grain, case g.grain when 'Y' then %2$s else %3$s end as period,
				       cm.imposer_id, s.status, %6$d as n
				from %7$s%9$s
				union all
				select d.dim, %1$s as dim_value, g.grain, case g.grain when 'Y' then %4$s else %5$s end as period,
				       cm.imposer_id, s.status, %6$d * -1 as n
				from %8$s%9$s
				""".formatted(DIM_VALUE, year("s.valid_from"), month("s.valid_from"), year("s.valid_to"),
				month("s.valid_to"), sign, joinSlices(starts, slices), joinSlices(ends, slices), sliced), ids);
		String hasKind = " and exists (select 1 from counted_event ke where ke.measure_id = cm.measure_id"
				+ " and ke.kind = k.kind)";
		merge(in == null, "rollup_measure", List.of("dim", "dim_value", "imposer_id", "type"), """
				select d.dim, %1$s as dim_value, cm.imposer_id, cm.type, %2$d as n
				from counted_measure cm
				cross join (values ('-'), ('T'), ('C')) d (dim)
				where %3$s and (d.dim <> 'C' or cm.coalition_id is not null)
				union all
				select 'K' as dim, k.kind as dim_value, cm.imposer_id, cm.type, %2$d as n
				from counted_measure cm
				cross join (values %4$s) k (kind)
				where %3$s%5$s
				""".formatted(DIM_VALUE, sign, condition("cm.measure_id", in), KINDS, hasKind), ids);
	}

	/** Puts cross joins between a {@code from … join …} and its {@code where}. */
	private static String joinSlices(String fromWhere, String crossJoins) {
		int where = fromWhere.indexOf(" where ");
		return fromWhere.substring(0, where) + " " + crossJoins + fromWhere.substring(where);
	}

	/** Every event kind, as the rows of a {@code values} list. */
	private static final String KINDS = Arrays.stream(EventKind.values())
		.map((kind) -> "('" + kind.name() + "')")
		.collect(Collectors.joining(", "));

	/** The slice a counted measure's row belongs to, for each {@code d.dim}. */
	private static final String DIM_VALUE = "case d.dim when 'T' then cast(cm.target_id as varchar(30))"
			+ " when 'Y' then cm.type when 'C' then cast(cm.coalition_id as varchar(30)) else '' end";

	private void mergeEnforcement(int sign, String in, Map<String, Object> ids) {
		merge(in == null, "rollup_enforcement", List.of("dim", "dim_value", "grain", "period", "actor_id", "kind"), """
				select d.dim,
				       case d.dim when 'T' then cast(cx.target_id as varchar(30)) when 'Y' then cx.measure_type
				                  when 'C' then cast(cx.measure_coalition_id as varchar(30)) else '' end as dim_value,
				       g.grain, case g.grain when 'Y' then %1$s when 'M' then %2$s else 0 end as period,
				       cx.actor_id, cx.kind, %3$d as n
				from counted_enforcement cx
				cross join (values ('-'), ('T'), ('Y'), ('C')) d (dim)
				cross join (values ('A'), ('Y'), ('M')) g (grain)
				where %4$s
				  and (d.dim <> 'T' or cx.target_id is not null)
				  and (d.dim <> 'Y' or cx.measure_type is not null)
				  and (d.dim <> 'C' or cx.measure_coalition_id is not null)
				  and (g.grain = 'A' or (d.dim = '-' and cx.date_from is not null))
				""".formatted(year("cx.date_from"), month("cx.date_from"), sign, condition("cx.action_id", in)), ids);
	}

	/**
	 * Adds the counts of a query to a rollup: matching rows change by the count (and go
	 * when it reaches zero), others are inserted; {@code fromScratch} for a rollup a
	 * rebuild has just emptied, which takes the counts as they are.
	 */
	private void merge(boolean fromScratch, String table, List<String> key, String source, Map<String, Object> ids) {
		String columns = String.join(", ", key);
		if (fromScratch) {
			// a rebuild, whose rollups are empty: the same counts, inserted
			this.named.update("insert into " + table + " (" + columns + ", n) select " + columns + ", sum(x.n) from ("
					+ source + ") x group by " + columns + " having sum(x.n) <> 0", ids);
			return;
		}
		String sql = "merge into " + table + " r using (select " + columns + ", sum(x.n) as n from (" + source
				+ ") x group by " + columns + " having sum(x.n) <> 0) s on ("
				+ key.stream().map((column) -> "r." + column + " = s." + column).collect(Collectors.joining(" and "))
				+ ") when matched and r.n + s.n = 0 then delete when matched then update set n = r.n + s.n"
				+ " when not matched then insert (" + columns + ", n) values ("
				+ key.stream().map((column) -> "s." + column).collect(Collectors.joining(", ")) + ", s.n)";
		this.named.update(sql, ids);
	}

	private static String condition(String column, String in) {
		return (in != null) ? column + " " + in : ALL;
	}

	static String year(String column) {
		return "cast(extract(year from " + column + ") as integer)";
	}

	static String month(String column) {
		return "(cast(extract(year from " + column + ") as integer) * 12 + cast(extract(month from " + column
				+ ") as integer) - 1)";
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			chunks.add(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
		}
		return chunks;
	}

}
