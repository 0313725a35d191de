package org.sanctionstracker.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.SqlFilter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chart-ready aggregates for the dashboard, the country profile and the coalitions view.
 * Every number is counted by the database with {@code GROUP BY} (and window functions for
 * the measures in force); nothing here loops over entities. Each aggregate takes the
 * shared {@link Filter} and applies it as the list views do. The SQL is portable: it runs
 * unchanged on H2 and PostgreSQL.
 *
 * <p>
 * Whether a measure is in force follows {@code Lifecycle.statusOn}: only steps that
 * change it count ({@code IMPOSED}, {@code EXPANDED}, {@code RELAXED}, {@code REIMPOSED}
 * put it in force, {@code SUSPENDED} and {@code LIFTED} out of it), steps of unknown date
 * are ignored, steps sharing a first day are ordered by kind, and a day on which the
 * answer depends on a step dated only to a month or year containing that day is
 * uncertain. See {@code docs/decisions/0006-dashboard-aggregates-and-views.md}.
 *
 * <p>
 * Results are kept in an {@link AggregateCache} until the data changes.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private static final List<EventKind> STATUS_KINDS = Arrays.stream(EventKind.values())
		.filter((kind) -> kind.effect() != EventKind.Effect.NONE)
		.toList();

	/** 1 for a step after which the measure is in force, 0 otherwise. */
	private static final String EFFECT = "case when e.kind in (" + quoted(
			Arrays.stream(EventKind.values()).filter((kind) -> kind.effect() == EventKind.Effect.IN_FORCE).toList())
			+ ") then 1 else 0 end";

	/** The lifecycle order of kinds, which breaks ties between steps of one first day. */
	private static final String KIND_ORDER = Arrays.stream(EventKind.values())
		.map((kind) -> "when '" + kind.name() + "' then " + kind.ordinal())
		.collect(Collectors.joining(" ", "case e.kind ", " end"));

	private static final String STEP_ORDER = "order by e.date_from, " + KIND_ORDER + ", e.id";

	/**
	 * A number that orders a measure's steps as {@link #STEP_ORDER} does, for
	 * {@code MAX()} without a window: the first day as yyyymmdd, then the kind. Steps
	 * with the same day and kind have the same effect, so the id is not needed.
	 */
	private static final String STEP_KEY = "((cast(extract(year from e.date_from) as bigint) * 10000"
			+ " + cast(extract(month from e.date_from) as bigint) * 100 + cast(extract(day from e.date_from) as bigint))"
			+ " * 16 + " + KIND_ORDER + ")";

	private final JdbcClient jdbc;

	private final AggregateCache cache;

	DashboardService(DataSource dataSource, AggregateCache cache) {
		this.jdbc = JdbcClient.create(dataSource);
		this.cache = cache;
	}

	/**
	 * (1) Lifecycle events per period, imposer and kind. The axis spans the filter's
	 * period, or the years that have matching events; it counts months when the period is
	 * at most {@value PeriodAxis#MAX_MONTHS_FOR_MONTHLY} months long.
	 * @param filter the filter
	 * @return the counts
	 */
	public EventsOverTime eventsOverTime(Filter filter) {
		return this.cache.get("eventsOverTime", new Object[] { filter }, () -> countEventsOverTime(filter));
	}

	private EventsOverTime countEventsOverTime(Filter filter) {
		Granularity granularity = PeriodAxis.granularityFor(filter);
		SqlFilter where = new SqlFilter(filter).onMeasure().onEvent().eventText();
		String period = bucket(granularity, "e.date_from");
		String monthly = (granularity == Granularity.MONTH) ? " and e.date_precision <> 'YEAR'" : "";
		List<EventCount> counts = query("""
				select %1$s as period, a.id, a.name, a.iso3, e.kind, count(*) as n
				from measure_event e
				join measure m on m.id = e.measure_id
				join actor a on a.id = m.imposer_id
				where e.date_from is not null%2$s%3$s
				group by %1$s, a.id, a.name, a.iso3, e.kind
				order by period, a.name, e.kind
				""".formatted(period, monthly, where.sql()), where)
			.query((rs, row) -> new EventCount(rs.getInt("period"), actor(rs), EventKind.valueOf(rs.getString("kind")),
					rs.getLong("n")))
			.list();
		Map<String, Long> left = query("""
				select case when e.date_from is null then 'undated' else 'year' end as reason, count(*) as n
				from measure_event e
				join measure m on m.id = e.measure_id
				where (e.date_from is null%1$s)%2$s
				group by case when e.date_from is null then 'undated' else 'year' end
				""".formatted((granularity == Granularity.MONTH) ? " or e.date_precision = 'YEAR'" : "", where.sql()),
				where)
			.query((rs, row) -> Map.entry(rs.getString("reason"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		PeriodAxis axis = axis(filter, granularity,
				counts.stream().mapToInt(EventCount::period).min().orElse(Integer.MAX_VALUE),
				counts.stream().mapToInt(EventCount::period).max().orElse(Integer.MIN_VALUE));
		return new EventsOverTime(axis, counts, left.getOrDefault("undated", 0L), left.getOrDefault("year", 0L));
	}

	/**
	 * (2) Measures in force per imposer at the end of each period, derived in the
	 * database from the measures' lifecycle steps. Each step opens a segment of time in
	 * which the measure has one status, up to the next step: a window function
	 * ({@code LEAD}) finds the next step, each segment adds +1 to its status's count in
	 * the period where it starts and −1 where it ends, and a running sum per imposer
	 * gives the count at each period's end. A step dated only to a year makes the status
	 * uncertain at month ends inside that year when it changes the status; at year ends
	 * every step is certain.
	 *
	 * <p>
	 * The filter's country, coalition, type, kind and text choose the measures; its
	 * period only sets the axis (a measure imposed earlier still counts while in force).
	 * @param filter the filter
	 * @return one point per period on the axis and imposer
	 */
	public InForceOverTime inForceOverTime(Filter filter) {
		return this.cache.get("inForceOverTime", new Object[] { filter }, () -> countInForceOverTime(filter));
	}

	private InForceOverTime countInForceOverTime(Filter filter) {
		Granularity granularity = PeriodAxis.granularityFor(filter);
		SqlFilter where = new SqlFilter(filter).onMeasure().measureText().measureHasEventOfKind();
		String sql = (granularity == Granularity.YEAR) ? yearlyInForceSql(where) : monthlyInForceSql(where);
		List<RunningCount> rows = query(sql, where)
			.query((rs, row) -> new RunningCount(actor(rs), "U".equals(rs.getString("status")), rs.getInt("period"),
					rs.getLong("running")))
			.list();
		if (rows.isEmpty()) {
			return new InForceOverTime(null, List.of(), List.of());
		}
		int firstChange = rows.stream().mapToInt(RunningCount::period).min().orElseThrow();
		int lastChange = rows.stream().mapToInt(RunningCount::period).max().orElseThrow();
		PeriodAxis axis = axis(filter, granularity, firstChange, lastChange);
		return fillAxis(axis, rows);
	}

	/**
	 * At year ends every step is certain, so one window function suffices: each step
	 * changes the count by its effect minus the effect of the step before it
	 * ({@code LAG}).
	 */
	private static String yearlyInForceSql(SqlFilter where) {
		return """
				select a.id, a.name, a.iso3, 'I' as status, r.period,
				       sum(r.delta) over (partition by r.imposer_id order by r.period) as running
				from (
				  select s.imposer_id, s.period, sum(s.delta) as delta
				  from (
				    select m.imposer_id, %1$s as period,
				           %2$s - coalesce(lag(%2$s) over (partition by e.measure_id %3$s), 0) as delta
				    from measure_event e
				    join measure m on m.id = e.measure_id
				    where e.date_from is not null and e.kind in (%4$s)%5$s
				  ) s
				  where s.delta <> 0
				  group by s.imposer_id, s.period
				) r
				join actor a on a.id = r.imposer_id
				order by r.period
				""".formatted(bucket(Granularity.YEAR, "e.date_from"), EFFECT, STEP_ORDER, quoted(STATUS_KINDS),
				where.sql());
	}

	/**
	 * At month ends a step dated only to its year may still be pending: each step opens a
	 * segment up to the next step ({@code LEAD}), and a year-dated step's segment is
	 * uncertain until its year ends when it would change the status.
	 */
	private static String monthlyInForceSql(SqlFilter where) {
		Granularity granularity = Granularity.MONTH;
		String sql = """
				select a.id, a.name, a.iso3, r.status, r.period,
				       sum(r.delta) over (partition by r.imposer_id, r.status order by r.period) as running
				from (
				  select d.imposer_id, d.status, d.period, sum(d.delta) as delta
				  from (
				    select g.imposer_id,
				           case when t.k <= 2 and g.is_year = 1 and g.eff <> g.before_year then 'U'
				                when g.eff = 1 then 'I' end as status,
				           case t.k when 1 then g.start_p
				                    when 2 then case when g.is_year = 1 then least(coalesce(g.next_p, g.year_end_p), g.year_end_p)
				                                     else g.next_p end
				                    when 3 then g.year_end_p
				                    else case when g.next_p is not null then greatest(g.next_p, g.year_end_p) end
				           end as period,
				           case when t.k in (1, 3) then 1 else -1 end as delta,
				           t.k, g.is_year
				    from (
				      select l.imposer_id, l.eff,
				             case when l.date_precision = 'YEAR' then 1 else 0 end as is_year,
				             coalesce(mod(l.same_day_key, 2),
				                      first_value(l.previous_eff) over (partition by l.measure_id, l.date_from order by l.pos),
				                      0) as before_year,
				             %1$s as start_p, %2$s as next_p, %3$s as year_end_p
				      from (
				        select s.*,
				               lead(s.date_from) over (partition by s.measure_id order by s.pos) as next_from,
				               lag(s.eff) over (partition by s.measure_id order by s.pos) as previous_eff,
				               max(case when s.date_precision <> 'YEAR' then s.pos * 2 + s.eff end)
				                 over (partition by s.measure_id, s.date_from order by s.pos
				                       rows between unbounded preceding and 1 preceding) as same_day_key
				        from (
				          select e.measure_id, m.imposer_id, e.date_from, e.date_precision, %4$s as eff,
				                 row_number() over (partition by e.measure_id %5$s) as pos
				          from measure_event e
				          join measure m on m.id = e.measure_id
				          where e.date_from is not null and e.kind in (%6$s)%7$s
				        ) s
				      ) l
				    ) g
				    cross join (select 1 as k union all select 2 union all select 3 union all select 4) t
				    where t.k <= 2 or g.is_year = 1
				  ) d
				  where d.status is not null and d.period is not null
				  group by d.imposer_id, d.status, d.period
				) r
				join actor a on a.id = r.imposer_id
				order by r.period
				"""
			.formatted(bucket(granularity, "l.date_from"), bucket(granularity, "l.next_from"),
					yearEnd(granularity, "l.date_from"), EFFECT, STEP_ORDER, quoted(STATUS_KINDS), where.sql());
		return sql;
	}

	/**
	 * (3) Measures per imposer and type, for the imposer × measure-type matrix.
	 * @param filter the filter (kind and period keep measures with such an event)
	 * @return one row per imposer and type that has measures
	 */
	public List<TypeCount> measuresByImposerAndType(Filter filter) {
		return this.cache.get("measuresByImposerAndType", new Object[] { filter },
				() -> countMeasuresByImposerAndType(filter));
	}

	private List<TypeCount> countMeasuresByImposerAndType(Filter filter) {
		SqlFilter where = new SqlFilter(filter).onMeasure().measureHasMatchingEvent().measureText();
		return query("""
				select a.id, a.name, a.iso3, m.type, count(*) as n
				from measure m
				join actor a on a.id = m.imposer_id
				where 1 = 1%s
				group by a.id, a.name, a.iso3, m.type
				order by a.name, m.type
				""".formatted(where.sql()), where)
			.query((rs, row) -> new TypeCount(actor(rs), MeasureType.valueOf(rs.getString("type")), rs.getLong("n")))
			.list();
	}

	/**
	 * (4) Which members of a coalition had which measure types in force on a day. A
	 * member is an actor whose membership began on or before the day (or whose start is
	 * unknown) and had not ended by it. All of a member's measures count, whatever
	 * coalition they were taken within; the filter's type and text narrow them.
	 * @param coalitionId the coalition
	 * @param day the day
	 * @param filter the filter (only type and text apply)
	 * @return the alignment, if the coalition exists
	 */
	public Optional<CoalitionAlignment> alignment(long coalitionId, LocalDate day, Filter filter) {
		return this.cache.get("alignment", new Object[] { coalitionId, day, filter },
				() -> computeAlignment(coalitionId, day, filter));
	}

	private Optional<CoalitionAlignment> computeAlignment(long coalitionId, LocalDate day, Filter filter) {
		Optional<CoalitionRef> coalition = this.jdbc.sql("select id, name from coalition where id = :id")
			.param("id", coalitionId)
			.query((rs, row) -> new CoalitionRef(rs.getLong("id"), rs.getString("name")))
			.optional();
		if (coalition.isEmpty()) {
			return Optional.empty();
		}
		List<AlignmentMember> members = this.jdbc
			.sql("""
					select a.id, a.name, a.iso3, cm.basis, cm.joined_from, cm.joined_precision, cm.left_from, cm.left_precision
					from coalition_membership cm
					join actor a on a.id = cm.actor_id
					where cm.coalition_id = :coalition
					  and (cm.joined_from is null or cm.joined_from <= :day)
					  and (cm.left_from is null or cm.left_from > :day)
					order by a.name, cm.joined_from
					""")
			.param("coalition", coalitionId)
			.param("day", day)
			.query((rs, row) -> new AlignmentMember(actor(rs), MembershipBasis.valueOf(rs.getString("basis")),
					partialDate(rs, "joined_from", "joined_precision"), partialDate(rs, "left_from", "left_precision")))
			.list();
		SqlFilter where = new SqlFilter(Filter.none().withType(filter.type()).withText(filter.text())).onMeasure()
			.measureText()
			.imposerMemberOn(coalitionId, day);
		List<AlignmentCell> cells = statusOn(day, where).stream()
			.map((row) -> new AlignmentCell(row.imposer(), row.type(), row.inForce(), row.uncertain()))
			.toList();
		return Optional.of(new CoalitionAlignment(coalition.get(), day, members, cells));
	}

	/**
	 * The coalition to show the alignment of when the user has not chosen one: the one
	 * whose members imposed the most measures.
	 * @return the coalition, if there is any with members
	 */
	public Optional<CoalitionRef> busiestCoalition() {
		return this.cache.get("busiestCoalition", new Object[] {}, () -> findBusiestCoalition());
	}

	private Optional<CoalitionRef> findBusiestCoalition() {
		return this.jdbc.sql("""
				select c.id, c.name, count(m.id) as n
				from coalition c
				join coalition_membership cm on cm.coalition_id = c.id
				left join measure m on m.imposer_id = cm.actor_id
				group by c.id, c.name
				order by n desc, c.name
				""")
			.query((rs, row) -> new CoalitionRef(rs.getLong("id"), rs.getString("name")))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * (5) Enforcement actions per acting actor and kind.
	 * @param filter the filter (the event kind does not apply)
	 * @return one row per actor and kind that has actions, most active actors first
	 */
	public List<EnforcementCount> enforcementByActorAndKind(Filter filter) {
		return this.cache.get("enforcementByActorAndKind", new Object[] { filter },
				() -> countEnforcementByActorAndKind(filter));
	}

	private List<EnforcementCount> countEnforcementByActorAndKind(Filter filter) {
		SqlFilter where = new SqlFilter(filter).onEnforcement();
		return query("""
				select a.id, a.name, a.iso3, x.kind, count(*) as n
				from enforcement_action x
				join actor a on a.id = x.actor_id
				where 1 = 1%s
				group by a.id, a.name, a.iso3, x.kind
				order by a.name, x.kind
				""".formatted(where.sql()), where)
			.query((rs, row) -> new EnforcementCount(actor(rs), EnforcementKind.valueOf(rs.getString("kind")),
					rs.getLong("n")))
			.list();
	}

	/**
	 * (6) The headline numbers.
	 * @param filter the filter
	 * @param day the day measures in force are counted on
	 * @return the numbers
	 */
	public KeyFigures keyFigures(Filter filter, LocalDate day) {
		return this.cache.get("keyFigures", new Object[] { filter, day }, () -> countKeyFigures(filter, day));
	}

	private KeyFigures countKeyFigures(Filter filter, LocalDate day) {
		SqlFilter measures = new SqlFilter(filter).onMeasure().measureHasMatchingEvent().measureText();
		long[] measureCounts = query("select count(*) as n, count(distinct m.imposer_id) as imposers from measure m"
				+ " where 1 = 1" + measures.sql(), measures)
			.query((rs, row) -> new long[] { rs.getLong("n"), rs.getLong("imposers") })
			.single();
		SqlFilter events = new SqlFilter(filter).onMeasure().onEvent().eventText();
		long eventCount = count(
				"select count(*) from measure_event e join measure m on m.id = e.measure_id where 1 = 1" + events.sql(),
				events);
		SqlFilter actions = new SqlFilter(filter).onEnforcement();
		long actionCount = count("select count(*) from enforcement_action x where 1 = 1" + actions.sql(), actions);
		SqlFilter figures = new SqlFilter(filter).onFigure();
		long figureCount = count("select count(*) from figure f where 1 = 1" + figures.sql(), figures);
		SqlFilter inForce = new SqlFilter(filter).onMeasure().measureText().measureHasEventOfKind();
		List<StatusCount> status = statusOn(day, inForce);
		return new KeyFigures(measureCounts[0], eventCount, status.stream().mapToLong(StatusCount::inForce).sum(),
				status.stream().mapToLong(StatusCount::uncertain).sum(), day, measureCounts[1], actionCount,
				figureCount);
	}

	/**
	 * Actors ranked by how much they did (measures imposed plus enforcement actions
	 * taken), most active first, ties by name: the order in which the charts hand out
	 * colours, so that an actor keeps its colour in every chart.
	 * @return every actor
	 */
	public List<ActorRef> actorsByActivity() {
		return this.cache.get("actorsByActivity", new Object[] {}, () -> rankActorsByActivity());
	}

	private List<ActorRef> rankActorsByActivity() {
		return this.jdbc.sql("""
				select a.id, a.name, a.iso3
				from actor a
				left join (
				  select imposer_id as actor_id, count(*) as n from measure group by imposer_id
				  union all
				  select actor_id, count(*) as n from enforcement_action group by actor_id
				) activity on activity.actor_id = a.id
				group by a.id, a.name, a.iso3
				order by coalesce(sum(activity.n), 0) desc, a.name, a.id
				""").query((rs, row) -> actor(rs)).list();
	}

	/** Measures in force and uncertain on a day, per imposer and type. */
	private List<StatusCount> statusOn(LocalDate day, SqlFilter where) {
		LocalDate monthStart = day.withDayOfMonth(1);
		LocalDate monthLimit = day.equals(day.withDayOfMonth(day.lengthOfMonth())) ? monthStart
				: monthStart.minusMonths(1);
		LocalDate yearLimit = (day.getMonthValue() == 12 && day.getDayOfMonth() == 31) ? day.withDayOfYear(1)
				: day.withDayOfYear(1).minusYears(1);
		where.parameter("day", day).parameter("monthLimit", monthLimit).parameter("yearLimit", yearLimit);
		return query(
				"""
						select a.id, a.name, a.iso3, mt.type,
						       sum(case when st.possible = 1 and st.certain = 1 then 1 else 0 end) as in_force,
						       sum(case when st.possible <> st.certain then 1 else 0 end) as uncertain
						from (
						  select s.measure_id, mod(max(s.step_key * 2 + s.eff), 2) as possible,
						         coalesce(mod(max(case when s.is_certain = 1 then s.step_key * 2 + s.eff end), 2), 0) as certain
						  from (
						    select e.measure_id, %1$s as eff,
						           case when e.date_precision = 'DAY'
						                  or (e.date_precision = 'MONTH' and e.date_from <= :monthLimit)
						                  or (e.date_precision = 'YEAR' and e.date_from <= :yearLimit) then 1 else 0 end as is_certain,
						           %2$s as step_key
						    from measure_event e
						    join measure m on m.id = e.measure_id
						    where e.date_from is not null and e.date_from <= :day and e.kind in (%3$s)%4$s
						  ) s
						  group by s.measure_id
						) st
						join measure mt on mt.id = st.measure_id
						join actor a on a.id = mt.imposer_id
						group by a.id, a.name, a.iso3, mt.type
						having sum(case when st.possible = 1 or st.certain = 1 then 1 else 0 end) > 0
						order by a.name, mt.type
						"""
					.formatted(EFFECT, STEP_KEY, quoted(STATUS_KINDS), where.sql()),
				where)
			.query((rs, row) -> new StatusCount(actor(rs), MeasureType.valueOf(rs.getString("type")),
					rs.getLong("in_force"), rs.getLong("uncertain")))
			.list();
	}

	private record StatusCount(ActorRef imposer, MeasureType type, long inForce, long uncertain) {
	}

	private record RunningCount(ActorRef imposer, boolean uncertain, int period, long running) {
	}

	/** Carries each imposer's running counts forward to every period on the axis. */
	private static InForceOverTime fillAxis(PeriodAxis axis, List<RunningCount> rows) {
		Map<Long, ActorRef> imposers = new LinkedHashMap<>();
		Map<Long, TreeMap<Integer, long[]>> changes = new HashMap<>();
		for (RunningCount row : rows) {
			imposers.putIfAbsent(row.imposer().id(), row.imposer());
			changes.computeIfAbsent(row.imposer().id(), (id) -> new TreeMap<>())
				.computeIfAbsent(row.period(), (period) -> new long[] { -1, -1 })[row.uncertain() ? 1 : 0] = row
					.running();
		}
		List<InForcePoint> points = new ArrayList<>();
		Map<Long, Long> peak = new HashMap<>();
		for (ActorRef imposer : imposers.values()) {
			TreeMap<Integer, long[]> byPeriod = changes.get(imposer.id());
			long inForce = 0;
			long uncertain = 0;
			for (var change : byPeriod.headMap(axis.first(), false).values()) {
				inForce = (change[0] >= 0) ? change[0] : inForce;
				uncertain = (change[1] >= 0) ? change[1] : uncertain;
			}
			for (int period : axis.indexes()) {
				long[] change = byPeriod.get(period);
				if (change != null) {
					inForce = (change[0] >= 0) ? change[0] : inForce;
					uncertain = (change[1] >= 0) ? change[1] : uncertain;
				}
				points.add(new InForcePoint(period, imposer, inForce, uncertain));
				peak.merge(imposer.id(), inForce + uncertain, Math::max);
			}
		}
		List<ActorRef> shown = imposers.values()
			.stream()
			.filter((imposer) -> peak.getOrDefault(imposer.id(), 0L) > 0)
			.sorted(Comparator.comparing((ActorRef imposer) -> -peak.get(imposer.id())).thenComparing(ActorRef::name))
			.toList();
		List<Long> shownIds = shown.stream().map(ActorRef::id).toList();
		return new InForceOverTime(axis, shown,
				points.stream()
					.filter((point) -> shownIds.contains(point.imposer().id()))
					.sorted(Comparator.comparingInt(InForcePoint::period)
						.thenComparingInt((point) -> shownIds.indexOf(point.imposer().id())))
					.toList());
	}

	/**
	 * The axis: the filter's period where it sets one, else the periods with data.
	 */
	private static PeriodAxis axis(Filter filter, Granularity granularity, int firstWithData, int lastWithData) {
		Integer first = (filter.from() != null && filter.from().lowerBound() != null)
				? PeriodAxis.indexOf(granularity, filter.from().lowerBound()) : null;
		Integer last = (filter.to() != null && filter.to().lowerBound() != null)
				? PeriodAxis.indexOf(granularity, filter.to().upperBound()) : null;
		int start = (first != null) ? first : firstWithData;
		int end = (last != null) ? last : lastWithData;
		if (start == Integer.MAX_VALUE || end == Integer.MIN_VALUE || end < start) {
			return (first != null && last != null && last >= first) ? new PeriodAxis(granularity, first, last) : null;
		}
		return new PeriodAxis(granularity, start, end);
	}

	private static String bucket(Granularity granularity, String column) {
		String year = "cast(extract(year from " + column + ") as integer)";
		return switch (granularity) {
			case YEAR -> year;
			case MONTH -> "(" + year + " * 12 + cast(extract(month from " + column + ") as integer) - 1)";
		};
	}

	private static String yearEnd(Granularity granularity, String column) {
		String year = "cast(extract(year from " + column + ") as integer)";
		return switch (granularity) {
			case YEAR -> year;
			case MONTH -> "(" + year + " * 12 + 11)";
		};
	}

	private JdbcClient.StatementSpec query(String sql, SqlFilter where) {
		return this.jdbc.sql(sql).params(where.parameters());
	}

	private long count(String sql, SqlFilter where) {
		return query(sql, where).query(Long.class).single();
	}

	private static ActorRef actor(ResultSet rs) throws SQLException {
		return new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("iso3"));
	}

	private static PartialDate partialDate(ResultSet rs, String dateColumn, String precisionColumn)
			throws SQLException {
		Date date = rs.getDate(dateColumn);
		DatePrecision precision = DatePrecision.valueOf(rs.getString(precisionColumn));
		return new PartialDate((date != null) ? date.toLocalDate() : null, precision);
	}

	private static String quoted(List<? extends Enum<?>> values) {
		return values.stream().map((value) -> "'" + value.name() + "'").collect(Collectors.joining(", "));
	}

}
