package org.sanctionstracker.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.sanctionstracker.base.DatabaseProduct;
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
 * Every number is counted by the database with {@code GROUP BY}; nothing here loops over
 * entities. Each aggregate takes the shared {@link Filter} and applies it as the list
 * views do. The SQL is portable: it runs unchanged on H2 and PostgreSQL.
 *
 * <p>
 * The numbers are read from the {@link ReadModel}, which is kept up to date on every
 * write: the rollups when they can answer the filter ({@link RollupFilter}: country,
 * coalition, type, kind, a period of whole months), otherwise the status spans and the
 * records themselves (free text, a period ending inside a month, two slices at once).
 * Whether a measure is in force is never derived here: the spans hold what
 * {@code measure/Lifecycle} says, and a count on a day is the number of spans that cover
 * it. See {@code docs/decisions/0006-dashboard-aggregates-and-views.md} and
 * {@code 0014-read-model.md}.
 *
 * <p>
 * Results are kept in an {@link AggregateCache} until the data changes; no answer depends
 * on it to be fast.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private final JdbcClient jdbc;

	private final AggregateCache cache;

	private final ReadModel readModel;

	/** Whether the rollups are read where they can answer (tests compare both ways). */
	private boolean rollups = true;

	private boolean sumsInDatabase;

	DashboardService(DataSource dataSource, AggregateCache cache, ReadModel readModel) {
		this.jdbc = JdbcClient.create(dataSource);
		this.cache = cache;
		this.readModel = readModel;
		this.sumsInDatabase = DatabaseProduct.isPostgres(dataSource);
	}

	/**
	 * For tests: whether the events chart has the database sum the counts of the imposers
	 * it does not show apart (as on PostgreSQL) or sums them here (as on H2).
	 */
	void setSumsInDatabase(boolean sumsInDatabase) {
		this.sumsInDatabase = sumsInDatabase;
	}

	/** For tests: count from the spans and records only, never from the rollups. */
	void setRollups(boolean rollups) {
		this.rollups = rollups;
	}

	private Optional<RollupFilter> rollup(Filter filter, RollupFilter.Rollup rollup, boolean kind, boolean period) {
		return this.rollups ? RollupFilter.of(filter, rollup, kind, period) : Optional.empty();
	}

	/**
	 * (1) Lifecycle events per period, imposer and kind. The axis spans the filter's
	 * period, or the years that have matching events; it counts months when the period is
	 * at most {@value PeriodAxis#MAX_MONTHS_FOR_MONTHLY} months long.
	 * @param filter the filter
	 * @return the counts
	 */
	public EventsOverTime eventsOverTime(Filter filter) {
		this.readModel.catchUp();
		return this.cache.get("eventsOverTime", new Object[] { filter }, () -> countEventsOverTime(filter));
	}

	private EventsOverTime countEventsOverTime(Filter filter) {
		Granularity granularity = PeriodAxis.granularityFor(filter);
		Optional<RollupFilter> rollup = eventRollup(filter, granularity);
		List<EventCount> counts;
		long undated;
		long yearOnly;
		if (rollup.isPresent()) {
			RollupFilter r = rollup.get();
			boolean monthly = granularity == Granularity.MONTH;
			// the rollup's rows as they are, a month counted in its year here:
			// summing, naming and ordering 118,000 of them (1M events, no filter)
			// took H2 374 ms of the 395, reading them 22; a derived table around
			// the parts doubled the read
			Map<EventKey, Long> sums = new HashMap<>();
			readEventRollup(r, monthly, List.of(),
					(period, imposerId, kind, n) -> sums.merge(new EventKey(period, imposerId, kind), n, Long::sum));
			Map<Long, ActorRef> imposers = actors(sums.keySet().stream().map(EventKey::imposerId).distinct().toList());
			counts = inOrder(sums.entrySet()
				.stream()
				.map((sum) -> new EventCount(sum.getKey().period(), imposers.get(sum.getKey().imposerId()),
						sum.getKey().kind(), sum.getValue()))
				.toList());
			undated = r.hasPeriod() ? 0 : sum("rollup_event", r, "r.grain = 'U'");
			yearOnly = monthly ? sum("rollup_event", r, r.months() + " and r.year_only = 1") : 0;
		}
		else {
			SqlFilter where = new SqlFilter(filter).onMeasure().onEvent().eventText();
			String period = bucket(granularity, "e.date_from");
			String monthly = (granularity == Granularity.MONTH) ? " and e.date_precision <> 'YEAR'" : "";
			counts = query("""
					select %1$s as period, a.id, a.name, a.iso3, e.kind, count(*) as n
					from measure_event e
					join measure m on m.id = e.measure_id
					join actor a on a.id = m.imposer_id
					where e.date_from is not null%2$s%3$s
					group by %1$s, a.id, a.name, a.iso3, e.kind
					""".formatted(period, monthly, where.sql()), where)
				.query((rs, row) -> new EventCount(rs.getInt("period"), actor(rs),
						EventKind.valueOf(rs.getString("kind")), rs.getLong("n")))
				.list();
			counts = inOrder(counts);
			Map<String, Long> left = query("""
					select case when e.date_from is null then 'undated' else 'year' end as reason, count(*) as n
					from measure_event e
					join measure m on m.id = e.measure_id
					where (e.date_from is null%1$s)%2$s
					group by case when e.date_from is null then 'undated' else 'year' end
					""".formatted((granularity == Granularity.MONTH) ? " or e.date_precision = 'YEAR'" : "",
					where.sql()), where)
				.query((rs, row) -> Map.entry(rs.getString("reason"), rs.getLong("n")))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			undated = left.getOrDefault("undated", 0L);
			yearOnly = left.getOrDefault("year", 0L);
		}
		PeriodAxis axis = axis(filter, granularity,
				counts.stream().mapToInt(EventCount::period).min().orElse(Integer.MAX_VALUE),
				counts.stream().mapToInt(EventCount::period).max().orElse(Integer.MIN_VALUE));
		return new EventsOverTime(axis, counts, undated, yearOnly);
	}

	/**
	 * (1) Lifecycle events over time as the chart draws them: the most active imposers
	 * apart, the others summed per period ({@link ChartSeries}). With a million events an
	 * unfiltered chart has 118,000 counts (285 imposers, 39 years, 14 kinds); the chart
	 * needs the twelve imposers' and one sum per period, and only the table every count
	 * ({@link #eventsOverTime}, read when it is opened). On PostgreSQL the database sums
	 * the counts over the kinds first (11,000 rows to send instead of 118,000) and the
	 * kinds of the twelve are read apart; on H2, in this process, reading every count is
	 * cheaper than its {@code GROUP BY}.
	 * @param filter the filter
	 * @return what the chart draws, with the same axis, undated and year-only counts as
	 * {@link #eventsOverTime}
	 */
	public EventsChart eventsChart(Filter filter) {
		this.readModel.catchUp();
		return this.cache.get("eventsChart", new Object[] { filter }, () -> chartEvents(filter));
	}

	private EventsChart chartEvents(Filter filter) {
		Granularity granularity = PeriodAxis.granularityFor(filter);
		boolean monthly = granularity == Granularity.MONTH;
		Optional<RollupFilter> rollup = eventRollup(filter, granularity);
		// every imposer's counts summed over the kinds (a tenth as many rows): kept so in
		// slice 'S', or on PostgreSQL summed by the database; the kinds of those shown
		// apart read once they are known
		Optional<RollupFilter> summed = rollup.flatMap(RollupFilter::summedOverKinds);
		boolean kindsSummed = summed.isPresent() || (rollup.isPresent() && this.sumsInDatabase);
		EventRows rows = new EventRows();
		Map<Long, ActorRef> named = new HashMap<>();
		long undated;
		long yearOnly;
		if (rollup.isPresent()) {
			RollupFilter r = rollup.get();
			if (summed.isPresent()) {
				readEventRollupSummed(summed.get(), monthly, rows::add);
			}
			else if (kindsSummed) {
				readEventRollupPerImposer(r, monthly, rows::add);
			}
			else {
				readEventRollup(r, monthly, List.of(), rows::add);
			}
			undated = r.hasPeriod() ? 0 : sum("rollup_event", r, "r.grain = 'U'");
			yearOnly = monthly ? sum("rollup_event", r, r.months() + " and r.year_only = 1") : 0;
		}
		else {
			// counted from the records (free text and the like): as the table counts them
			EventsOverTime all = eventsOverTime(filter);
			for (EventCount count : all.counts()) {
				rows.add(count.period(), count.imposer().id(), count.kind(), count.count());
				named.putIfAbsent(count.imposer().id(), count.imposer());
			}
			undated = all.undated();
			yearOnly = all.yearOnly();
		}
		// the imposers in the order of the ranking by activity, as every chart lists them
		List<ActorRef> ranking = actorsByActivity();
		Map<Long, Integer> rank = new HashMap<>();
		for (ActorRef actor : ranking) {
			rank.put(actor.id(), rank.size());
			named.putIfAbsent(actor.id(), actor);
		}
		List<Long> ids = rows.imposerIds();
		List<Long> unnamed = ids.stream().filter((id) -> !named.containsKey(id)).toList();
		if (!unnamed.isEmpty()) {
			named.putAll(actors(unnamed));
		}
		List<ActorRef> ordered = ChartSeries.ordered(ids.stream().map(named::get).toList(),
				(actor) -> rank.getOrDefault(actor.id(), Integer.MAX_VALUE));
		int shown = ChartSeries.shown(ordered.size());
		Map<Long, ActorRef> apart = new HashMap<>();
		ordered.subList(0, shown).forEach((actor) -> apart.put(actor.id(), actor));
		Map<Integer, Long> others = new TreeMap<>();
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (int i = 0; i < rows.size; i++) {
			int period = rows.periods[i];
			first = Math.min(first, period);
			last = Math.max(last, period);
			if (!apart.containsKey(rows.imposerIds[i])) {
				others.merge(period, rows.counts[i], Long::sum);
			}
		}
		EventRows apartRows = rows;
		if (kindsSummed) {
			apartRows = new EventRows();
			if (!apart.isEmpty()) {
				readEventRollup(rollup.get(), monthly, List.copyOf(apart.keySet()), apartRows::add);
			}
		}
		Map<EventKey, Long> sums = new HashMap<>();
		for (int i = 0; i < apartRows.size; i++) {
			if (apart.containsKey(apartRows.imposerIds[i])) {
				sums.merge(new EventKey(apartRows.periods[i], apartRows.imposerIds[i], KINDS[apartRows.kinds[i]]),
						apartRows.counts[i], Long::sum);
			}
		}
		List<EventCount> counts = inOrder(sums.entrySet()
			.stream()
			.map((sum) -> new EventCount(sum.getKey().period(), apart.get(sum.getKey().imposerId()),
					sum.getKey().kind(), sum.getValue()))
			.toList());
		PeriodAxis axis = axis(filter, granularity, first, last);
		return new EventsChart(axis, ordered.subList(0, shown), counts, ordered.subList(shown, ordered.size()),
				Collections.unmodifiableMap(others), undated, yearOnly);
	}

	/** The rollup that counts events for a filter on this axis, if one can. */
	private Optional<RollupFilter> eventRollup(Filter filter, Granularity granularity) {
		// only slice '-' has months
		return rollup(filter, RollupFilter.Rollup.EVENT, true, true)
			.filter((r) -> r.hasMonths() || (granularity == Granularity.YEAR && !r.periodNeedsMonths()));
	}

	/** One count of a rollup of events, as it is read (without a kind: of all kinds). */
	@FunctionalInterface
	private interface EventRow {

		void add(int period, long imposerId, EventKind kind, long n);

	}

	/**
	 * Reads the event rollup's rows of a filter as they are, a month counted in its year
	 * on a yearly axis (a period that starts or ends inside a year reads its months).
	 * @param imposerIds only these imposers' rows, or every imposer's when empty
	 */
	private void readEventRollup(RollupFilter r, boolean monthly, List<Long> imposerIds, EventRow row) {
		String periods = eventPeriods(r, monthly);
		Map<String, Object> parameters = new HashMap<>(r.parameters());
		String columns = "r.grain, r.period, r.imposer_id, r.kind, r.n";
		String sql = parts("rollup_event", columns, r, periods);
		if (!imposerIds.isEmpty()) {
			// the imposers as a table joined to the rollup, one index lookup each: H2
			// read "imposer_id in (…)" by scanning the slice (175 ms against 4 at 1M)
			String apart = idTable("apart", imposerIds, parameters);
			sql = r.parts()
				.stream()
				.map((part) -> "select " + columns + " from " + apart
						+ " join rollup_event r on r.imposer_id = apart.id where " + part + " and " + periods)
				.collect(Collectors.joining(" union all "));
		}
		this.jdbc.sql(sql).params(parameters).query((ResultSet rs) -> {
			// by position, as selected: a column looked up by its label costs a map
			// search per value, 600,000 of them at 1M
			row.add(yearly(rs.getString(1), rs.getInt(2), monthly), rs.getLong(3), EventKind.valueOf(rs.getString(4)),
					rs.getLong(5));
		});
	}

	/**
	 * Reads slice 'S' of the event rollup, the counts summed over the kinds, per period
	 * and imposer (given without a kind).
	 */
	private void readEventRollupSummed(RollupFilter summed, boolean monthly, EventRow row) {
		this.jdbc
			.sql(parts("rollup_event", "r.grain, r.period, r.imposer_id, r.n", summed, eventPeriods(summed, monthly)))
			.params(summed.parameters())
			.query((ResultSet rs) -> row.add(yearly(rs.getString(1), rs.getInt(2), monthly), rs.getLong(3), null,
					rs.getLong(4)));
	}

	/**
	 * Reads the event rollup's counts of a filter summed over the kinds by the database,
	 * per period and imposer (given without a kind).
	 */
	private void readEventRollupPerImposer(RollupFilter r, boolean monthly, EventRow row) {
		String sql = r.parts()
			.stream()
			.map((part) -> "select r.grain, r.period, r.imposer_id, sum(r.n) from rollup_event r where " + part
					+ " and " + eventPeriods(r, monthly) + " group by r.grain, r.period, r.imposer_id")
			.collect(Collectors.joining(" union all "));
		this.jdbc.sql(sql)
			.params(r.parameters())
			.query((ResultSet rs) -> row.add(yearly(rs.getString(1), rs.getInt(2), monthly), rs.getLong(3), null,
					rs.getLong(4)));
	}

	private static String eventPeriods(RollupFilter r, boolean monthly) {
		return monthly ? r.months() + " and r.year_only = 0" : r.period("Y");
	}

	/** A rollup row's period on the axis: a month counted in its year on a yearly one. */
	private static int yearly(String grain, int period, boolean monthly) {
		return (!monthly && "M".equals(grain)) ? Math.floorDiv(period, 12) : period;
	}

	/**
	 * Counts of events as read, in arrays: 118,000 of them at 1M without an object each.
	 */
	private static final class EventRows {

		int size;

		int[] periods = new int[1024];

		long[] imposerIds = new long[1024];

		byte[] kinds = new byte[1024];

		long[] counts = new long[1024];

		void add(int period, long imposerId, EventKind kind, long n) {
			if (this.size == this.periods.length) {
				int grown = this.size * 2;
				this.periods = Arrays.copyOf(this.periods, grown);
				this.imposerIds = Arrays.copyOf(this.imposerIds, grown);
				this.kinds = Arrays.copyOf(this.kinds, grown);
				this.counts = Arrays.copyOf(this.counts, grown);
			}
			this.periods[this.size] = period;
			this.imposerIds[this.size] = imposerId;
			this.kinds[this.size] = (byte) ((kind != null) ? kind.ordinal() : -1);
			this.counts[this.size] = n;
			this.size++;
		}

		List<Long> imposerIds() {
			return Arrays.stream(this.imposerIds, 0, this.size).distinct().boxed().toList();
		}

	}

	/**
	 * (2) Measures in force per imposer at the end of each period: the number of status
	 * spans that cover the period's last day. A span adds one in the period it starts and
	 * takes one away in the period it ends; the sum over the periods up to one is the
	 * count at its end. A step dated only to a year makes a measure uncertain at the
	 * month ends inside that year (never at a year end, when every step is certain).
	 *
	 * <p>
	 * The filter's country, coalition, type, kind and text choose the measures; its
	 * period only sets the axis (a measure imposed earlier still counts while in force).
	 * @param filter the filter
	 * @return one point per period on the axis and imposer
	 */
	public InForceOverTime inForceOverTime(Filter filter) {
		this.readModel.catchUp();
		return this.cache.get("inForceOverTime", new Object[] { filter }, () -> countInForceOverTime(filter));
	}

	private InForceOverTime countInForceOverTime(Filter filter) {
		Granularity granularity = PeriodAxis.granularityFor(filter);
		Optional<RollupFilter> rollup = rollup(filter, RollupFilter.Rollup.IN_FORCE, true, false)
			.filter((r) -> granularity == Granularity.YEAR || r.hasMonths());
		List<Change> changes;
		if (rollup.isPresent()) {
			RollupFilter r = rollup.get();
			if (granularity == Granularity.YEAR) {
				changes = changes("r.grain = 'Y'", r);
			}
			else {
				// the count before the axis from whole years, then the months of its
				// first
				// year up to it
				int first = PeriodAxis.indexOf(granularity, filter.from().lowerBound());
				int last = PeriodAxis.indexOf(granularity, filter.to().upperBound());
				r.parameters().put("fYear", Math.floorDiv(first, 12));
				r.parameters().put("fYearStart", Math.floorDiv(first, 12) * 12);
				r.parameters().put("fFirst", first);
				r.parameters().put("fLast", last);
				changes = new ArrayList<>();
				// (each range on its own: an "or" of two is a scan of the slice on H2)
				List<Change> before = new ArrayList<>(changes("r.grain = 'Y' and r.period < :fYear", r));
				before.addAll(changes("r.grain = 'M' and r.period >= :fYearStart and r.period < :fFirst", r));
				for (Change change : before) {
					changes.add(new Change(change.imposer(), change.uncertain(), first - 1, change.delta()));
				}
				changes.addAll(changes("r.grain = 'M' and r.period between :fFirst and :fLast", r));
			}
		}
		else {
			SqlFilter where = new SqlFilter(filter).onMeasure().measureText().measureHasEventOfKind();
			// one grouped query per side of a span, summed here: H2 evaluates a subquery
			// in
			// a join once per row of the other side
			Map<List<Object>, Change> sums = new LinkedHashMap<>();
			query("""
					select a.id, a.name, a.iso3, s.status, %1$s as period, count(*) as delta
					from measure_status_span s join measure m on m.id = s.measure_id join actor a on a.id = m.imposer_id
					where 1 = 1%3$s
					group by a.id, a.name, a.iso3, s.status, %1$s
					union all
					select a.id, a.name, a.iso3, s.status, %2$s as period, -count(*) as delta
					from measure_status_span s join measure m on m.id = s.measure_id join actor a on a.id = m.imposer_id
					where s.valid_to is not null%3$s
					group by a.id, a.name, a.iso3, s.status, %2$s
					""".formatted(bucket(granularity, "s.valid_from"), bucket(granularity, "s.valid_to"), where.sql()),
					where)
				.query((rs, row) -> new Change(actor(rs), "UNCERTAIN".equals(rs.getString("status")),
						rs.getInt("period"), rs.getLong("delta")))
				.list()
				.forEach((change) -> sums.merge(List.of(change.imposer().id(), change.uncertain(), change.period()),
						change, (a, b) -> new Change(a.imposer(), a.uncertain(), a.period(), a.delta() + b.delta())));
			changes = sums.values().stream().filter((change) -> change.delta() != 0).toList();
		}
		if (changes.isEmpty()) {
			return new InForceOverTime(null, List.of(), List.of());
		}
		List<RunningCount> rows = running(changes);
		int firstChange = rows.stream().mapToInt(RunningCount::period).min().orElseThrow();
		int lastChange = rows.stream().mapToInt(RunningCount::period).max().orElseThrow();
		PeriodAxis axis = axis(filter, granularity, firstChange, lastChange);
		return fillAxis(axis, rows);
	}

	/** The changes a rollup's rows of one slice give, oldest first. */
	private List<Change> changes(String periods, RollupFilter r) {
		return this.jdbc.sql("""
				select a.id, a.name, a.iso3, r.status, r.period, sum(r.n) as delta
				from (%1$s) r
				join actor a on a.id = r.imposer_id
				group by a.id, a.name, a.iso3, r.status, r.period
				having sum(r.n) <> 0
				order by r.period
				""".formatted(parts("rollup_in_force", "r.period, r.imposer_id, r.status, r.n", r, periods)))
			.params(r.parameters())
			.query((rs, row) -> new Change(actor(rs), "UNCERTAIN".equals(rs.getString("status")), rs.getInt("period"),
					rs.getLong("delta")))
			.list();
	}

	/** Turns changes per period into the running count after each. */
	private static List<RunningCount> running(List<Change> changes) {
		Map<List<Object>, Long> totals = new HashMap<>();
		List<RunningCount> rows = new ArrayList<>();
		for (Change change : changes.stream().sorted(Comparator.comparingInt(Change::period)).toList()) {
			long running = totals.merge(List.of(change.imposer().id(), change.uncertain()), change.delta(), Long::sum);
			rows.add(new RunningCount(change.imposer(), change.uncertain(), change.period(), running));
		}
		return rows;
	}

	/**
	 * (3) Measures per imposer and type, for the imposer × measure-type matrix.
	 * @param filter the filter (kind and period keep measures with such an event)
	 * @return one row per imposer and type that has measures
	 */
	public List<TypeCount> measuresByImposerAndType(Filter filter) {
		this.readModel.catchUp();
		return this.cache.get("measuresByImposerAndType", new Object[] { filter },
				() -> countMeasuresByImposerAndType(filter));
	}

	private List<TypeCount> countMeasuresByImposerAndType(Filter filter) {
		Optional<RollupFilter> rollup = filter.hasPeriod() ? Optional.empty()
				: rollup(filter, RollupFilter.Rollup.MEASURE, true, false);
		if (rollup.isPresent()) {
			RollupFilter r = rollup.get();
			return this.jdbc.sql("""
					select a.id, a.name, a.iso3, r.type, sum(r.n) as n
					from (%s) r
					join actor a on a.id = r.imposer_id
					group by a.id, a.name, a.iso3, r.type
					order by a.name, r.type
					""".formatted(parts("rollup_measure", "r.imposer_id, r.type, r.n", r, "1 = 1")))
				.params(r.parameters())
				.query((rs, row) -> new TypeCount(actor(rs), MeasureType.valueOf(rs.getString("type")),
						rs.getLong("n")))
				.list();
		}
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
		this.readModel.catchUp();
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
		List<StatusCount> status;
		List<Long> memberIds = members.stream().map((member) -> member.actor().id()).distinct().toList();
		if (memberIds.isEmpty()) {
			status = List.of();
		}
		else if (this.rollups && filter.textPattern() == null) {
			Filter types = Filter.none().withType(filter.type());
			StatusOn on = new StatusOn(day);
			on.parameters.put("members", memberIds);
			String typeCondition = (filter.type() != null) ? " and r.dim_value = '" + filter.type().name() + "'" : "";
			// the members as a table joined to the rollup: one index lookup of (imposer,
			// slice, grain, period) each, where "imposer_id in (…)" reads every row of
			// every member (176,000 at 1M events for 37 members, of which 2,300 count)
			status = statusOn(on,
					idTable("members", memberIds, on.parameters)
							+ " join rollup_in_force r on r.imposer_id = members.id",
					List.of("r.dim = 'Y'" + typeCondition), "r.dim_value",
					" and cm.imposer_id in (:members)" + RollupFilter.onCountedMeasure(types, false), true);
		}
		else {
			SqlFilter where = new SqlFilter(Filter.none().withType(filter.type()).withText(filter.text())).onMeasure()
				.measureText()
				.imposerMemberOn(coalitionId, day);
			status = statusOnFromSpans(day, where);
		}
		List<AlignmentCell> cells = status.stream()
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
		this.readModel.catchUp();
		return this.cache.get("busiestCoalition", new Object[] {}, () -> findBusiestCoalition());
	}

	private Optional<CoalitionRef> findBusiestCoalition() {
		// the members' measures summed here: H2 evaluates a correlated or joined subquery
		// once per row
		Map<Long, Long> imposed = measuresImposed();
		Map<Long, CoalitionRef> coalitions = new LinkedHashMap<>();
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.sql("""
				select c.id, c.name, cm.actor_id
				from coalition c
				join coalition_membership cm on cm.coalition_id = c.id
				order by c.name, c.id
				""").query((rs, row) -> {
			long id = rs.getLong("id");
			coalitions.putIfAbsent(id, new CoalitionRef(id, rs.getString("name")));
			totals.merge(id, imposed.getOrDefault(rs.getLong("actor_id"), 0L), Long::sum);
			return null;
		}).list();
		// stable: ties keep the database's order by name
		return coalitions.values()
			.stream()
			.sorted(Comparator.comparingLong((CoalitionRef c) -> totals.get(c.id())).reversed())
			.findFirst();
	}

	/** Measures each actor imposed, from the rollup's slice '-' (one grouped read). */
	private Map<Long, Long> measuresImposed() {
		Map<Long, Long> imposed = new HashMap<>();
		this.jdbc.sql("""
				select r.imposer_id, sum(r.n) as n from rollup_measure r
				where r.dim = '-' and r.dim_value = ''
				group by r.imposer_id
				""").query((rs, row) -> imposed.put(rs.getLong("imposer_id"), rs.getLong("n"))).list();
		return imposed;
	}

	/**
	 * (5) Enforcement actions per acting actor and kind.
	 * @param filter the filter (the event kind does not apply)
	 * @return one row per actor and kind that has actions, most active actors first
	 */
	public List<EnforcementCount> enforcementByActorAndKind(Filter filter) {
		this.readModel.catchUp();
		return this.cache.get("enforcementByActorAndKind", new Object[] { filter },
				() -> countEnforcementByActorAndKind(filter));
	}

	private List<EnforcementCount> countEnforcementByActorAndKind(Filter filter) {
		Optional<RollupFilter> rollup = rollup(filter, RollupFilter.Rollup.ENFORCEMENT, false, true);
		if (rollup.isPresent()) {
			RollupFilter r = rollup.get();
			return this.jdbc.sql("""
					select a.id, a.name, a.iso3, r.kind, sum(r.n) as n
					from (%s) r
					join actor a on a.id = r.actor_id
					group by a.id, a.name, a.iso3, r.kind
					order by a.name, r.kind
					""".formatted(parts("rollup_enforcement", "r.actor_id, r.kind, r.n", r, r.period("A"))))
				.params(r.parameters())
				.query((rs, row) -> new EnforcementCount(actor(rs), EnforcementKind.valueOf(rs.getString("kind")),
						rs.getLong("n")))
				.list();
		}
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
		this.readModel.catchUp();
		return this.cache.get("keyFigures", new Object[] { filter, day }, () -> countKeyFigures(filter, day));
	}

	private KeyFigures countKeyFigures(Filter filter, LocalDate day) {
		long[] measureCounts;
		Optional<RollupFilter> measureRollup = filter.hasPeriod() ? Optional.empty()
				: rollup(filter, RollupFilter.Rollup.MEASURE, true, false);
		if (measureRollup.isPresent()) {
			RollupFilter r = measureRollup.get();
			String rows = r.parts()
				.stream()
				.map((part) -> "select r.imposer_id, r.n from rollup_measure r where " + part)
				.collect(Collectors.joining(" union all "));
			measureCounts = this.jdbc.sql("""
					select coalesce(sum(i.n), 0) as n, count(*) as imposers
					from (select u.imposer_id, sum(u.n) as n from (%s) u group by u.imposer_id) i
					""".formatted(rows))
				.params(r.parameters())
				.query((rs, row) -> new long[] { rs.getLong("n"), rs.getLong("imposers") })
				.single();
		}
		else {
			SqlFilter measures = new SqlFilter(filter).onMeasure().measureHasMatchingEvent().measureText();
			measureCounts = query("select count(*) as n, count(distinct m.imposer_id) as imposers from measure m"
					+ " where 1 = 1" + measures.sql(), measures)
				.query((rs, row) -> new long[] { rs.getLong("n"), rs.getLong("imposers") })
				.single();
		}
		Optional<RollupFilter> eventRollup = rollup(filter, RollupFilter.Rollup.EVENT, true, true)
			.filter((r) -> r.hasMonths() || !r.periodNeedsMonths());
		long eventCount;
		if (eventRollup.isPresent()) {
			RollupFilter r = eventRollup.get();
			eventCount = sum("rollup_event", r, r.hasPeriod() ? r.period("Y") : "r.grain = 'A'");
		}
		else {
			SqlFilter events = new SqlFilter(filter).onMeasure().onEvent().eventText();
			eventCount = count("select count(*) from measure_event e join measure m on m.id = e.measure_id where 1 = 1"
					+ events.sql(), events);
		}
		Optional<RollupFilter> actionRollup = rollup(filter, RollupFilter.Rollup.ENFORCEMENT, false, true);
		long actionCount;
		if (actionRollup.isPresent()) {
			RollupFilter r = actionRollup.get();
			actionCount = sum("rollup_enforcement", r, r.period("A"));
		}
		else {
			SqlFilter actions = new SqlFilter(filter).onEnforcement();
			actionCount = count("select count(*) from enforcement_action x where 1 = 1" + actions.sql(), actions);
		}
		SqlFilter figures = new SqlFilter(filter).onFigure();
		long figureCount = count("select count(*) from figure f where 1 = 1" + figures.sql(), figures);
		List<StatusCount> status;
		Optional<RollupFilter> inForceRollup = rollup(filter, RollupFilter.Rollup.IN_FORCE, true, false);
		if (inForceRollup.isPresent()) {
			RollupFilter r = inForceRollup.get();
			StatusOn on = new StatusOn(day);
			on.parameters.putAll(r.parameters());
			status = statusOn(on, "rollup_in_force r", r.parts(), null, RollupFilter.onCountedMeasure(filter, true),
					r.hasMonths());
		}
		else {
			SqlFilter inForce = new SqlFilter(filter).onMeasure().measureText().measureHasEventOfKind();
			status = statusOnFromSpans(day, inForce);
		}
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
		this.readModel.catchUp();
		return this.cache.get("actorsByActivity", new Object[] {}, () -> rankActorsByActivity());
	}

	private List<ActorRef> rankActorsByActivity() {
		// grouped reads of the rollups summed here: H2 evaluates a correlated or joined
		// subquery once per actor
		Map<Long, Long> activity = measuresImposed();
		this.jdbc.sql("""
				select r.actor_id, sum(r.n) as n from rollup_enforcement r
				where r.dim = '-' and r.dim_value = '' and r.grain = 'A'
				group by r.actor_id
				""").query((rs, row) -> activity.merge(rs.getLong("actor_id"), rs.getLong("n"), Long::sum)).list();
		List<ActorRef> actors = this.jdbc.sql("select a.id, a.name, a.iso3 from actor a order by a.name, a.id")
			.query((rs, row) -> actor(rs))
			.list();
		// stable: ties keep the database's order by name
		return actors.stream()
			.sorted(Comparator.comparingLong((ActorRef a) -> activity.getOrDefault(a.id(), 0L)).reversed())
			.toList();
	}

	/** Where and when measures in force are counted on a day from the rollups. */
	private static final class StatusOn {

		final Map<String, Object> parameters = new LinkedHashMap<>();

		StatusOn(LocalDate day) {
			int month = PeriodAxis.indexOf(Granularity.MONTH, day);
			this.parameters.put("sDay", day);
			this.parameters.put("sMonthStart", day.withDayOfMonth(1));
			this.parameters.put("sYear", day.getYear());
			this.parameters.put("sYearStart", day.getYear() * 12);
			this.parameters.put("sMonth", month);
			this.parameters.put("sYearFirstDay", day.withDayOfYear(1));
		}

	}

	/**
	 * Measures in force and uncertain on a day, per imposer (and type when
	 * {@code typeColumn} names the rollup's column holding it): the changes of the whole
	 * years and months before the day's month from the rollup, and the spans that start
	 * or end in that month up to the day.
	 * @param rollup the in-force rollup as {@code r}, or a join that gives it as
	 * {@code r}
	 */
	private List<StatusCount> statusOn(StatusOn on, String rollup, List<String> slices, String typeColumn,
			String countedMeasure, boolean months) {
		// a slice without months: whole years from the rollup, the spans of the day's
		// year; each range read on its own (an "or" of two is a scan of the slice on H2)
		List<String> periods = months
				? List.of("r.grain = 'Y' and r.period < :sYear",
						"r.grain = 'M' and r.period >= :sYearStart and r.period < :sMonth")
				: List.of("r.grain = 'Y' and r.period < :sYear");
		String spansFrom = months ? ":sMonthStart" : ":sYearFirstDay";
		String type = (typeColumn != null) ? typeColumn : "''";
		String groupByType = (typeColumn != null) ? ", " + typeColumn : "";
		Map<List<Object>, long[]> counts = new LinkedHashMap<>();
		Map<Long, ActorRef> actors = new HashMap<>();
		// one block per slice part (a country in either role: two lookups, not one scan)
		String rollupRows = slices.stream().flatMap((slice) -> periods.stream().map((range) -> """
				select r.imposer_id, %2$s as type, r.status, sum(r.n) as n
				from %5$s
				where %1$s and %3$s
				group by r.imposer_id%4$s, r.status
				""".formatted(slice, type, range, groupByType, rollup))).collect(Collectors.joining(" union all "));
		// The spans that start or end in the month (or year) up to the day, each looked
		// up in counted_measure by its key: joined, PostgreSQL hashed every counted
		// measure for a few thousand spans (60 -> 34 ms at 1M). "offset 0 rows" keeps
		// each lookup done once per span, not again for the filter on its result.
		String spanType = (typeColumn != null)
				? "(select cm.type from counted_measure cm where cm.measure_id = s.measure_id)" : "''";
		String spans = """
				select x.imposer_id, x.type, x.status, %1$s as n
				from (select (select cm.imposer_id from counted_measure cm
				              where cm.measure_id = s.measure_id%2$s) as imposer_id,
				             %3$s as type, s.status
				      from measure_status_span s
				      where s.%4$s between %5$s and :sDay
				      offset 0 rows) x
				where x.imposer_id is not null
				group by x.imposer_id, x.type, x.status
				""";
		// the actors joined once, to the counts
		this.jdbc
			.sql("""
					select a.id, a.name, a.iso3, u.type, u.status, u.n
					from (%1$s
					      union all
					      %2$s
					      union all
					      %3$s) u
					join actor a on a.id = u.imposer_id
					""".formatted(rollupRows,
					spans.formatted("count(*)", countedMeasure, spanType, "valid_from", spansFrom),
					spans.formatted("-count(*)", countedMeasure, spanType, "valid_to", spansFrom)))
			.params(on.parameters)
			.query((rs, row) -> {
				ActorRef imposer = actor(rs);
				actors.putIfAbsent(imposer.id(), imposer);
				long[] count = counts.computeIfAbsent(List.of(imposer.id(), rs.getString("type")),
						(key) -> new long[2]);
				count["UNCERTAIN".equals(rs.getString("status")) ? 1 : 0] += rs.getLong("n");
				return null;
			})
			.list();
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue()[0] + entry.getValue()[1] > 0)
			.map((entry) -> {
				String typeName = (String) entry.getKey().get(1);
				return new StatusCount(actors.get((Long) entry.getKey().get(0)),
						typeName.isEmpty() ? null : MeasureType.valueOf(typeName), entry.getValue()[0],
						entry.getValue()[1]);
			})
			.sorted(Comparator.comparing((StatusCount row) -> row.imposer().name())
				.thenComparing((row) -> (row.type() != null) ? row.type().name() : ""))
			.toList();
	}

	/**
	 * Measures in force and uncertain on a day, per imposer and type: the spans covering
	 * it.
	 */
	private List<StatusCount> statusOnFromSpans(LocalDate day, SqlFilter where) {
		where.parameter("day", day);
		return query("""
				select a.id, a.name, a.iso3, m.type,
				       sum(case when s.status = 'IN_FORCE' then 1 else 0 end) as in_force,
				       sum(case when s.status = 'UNCERTAIN' then 1 else 0 end) as uncertain
				from measure_status_span s
				join measure m on m.id = s.measure_id
				join actor a on a.id = m.imposer_id
				where s.valid_from <= :day and (s.valid_to is null or s.valid_to > :day)%s
				group by a.id, a.name, a.iso3, m.type
				order by a.name, m.type
				""".formatted(where.sql()), where)
			.query((rs, row) -> new StatusCount(actor(rs), MeasureType.valueOf(rs.getString("type")),
					rs.getLong("in_force"), rs.getLong("uncertain")))
			.list();
	}

	private record StatusCount(ActorRef imposer, MeasureType type, long inForce, long uncertain) {
	}

	private record Change(ActorRef imposer, boolean uncertain, int period, long delta) {
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
		// each imposer's place in the legend, looked up once per point: searching the
		// list of shown imposers for each comparison grew with their number squared
		// (thousands at 1M events)
		Map<Long, Integer> place = new HashMap<>();
		shown.forEach((imposer) -> place.put(imposer.id(), place.size()));
		return new InForceOverTime(axis, shown,
				points.stream()
					.filter((point) -> place.containsKey(point.imposer().id()))
					.sorted(Comparator.comparingInt(InForcePoint::period)
						.thenComparingInt((point) -> place.get(point.imposer().id())))
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
		return switch (granularity) {
			case YEAR -> ReadModelUpdate.year(column);
			case MONTH -> ReadModelUpdate.month(column);
		};
	}

	/**
	 * The rows of a rollup that a filter selects in some periods, as the body of a
	 * derived table: each of the filter's parts read on its own and the rows put together
	 * ({@code union all}), because H2 reads an {@code or} of two slices by scanning the
	 * whole rollup (a country in either role: 2.7 s instead of a lookup at 1M events).
	 */
	private static String parts(String table, String columns, RollupFilter r, String periods) {
		return r.parts()
			.stream()
			.map((part) -> "select " + columns + " from " + table + " r where " + part + " and " + periods)
			.collect(Collectors.joining(" union all "));
	}

	/**
	 * Ids as a table to join a rollup to, one index lookup each: {@code (values (:name0),
	 * …) name(id)}, its parameters added.
	 */
	private static String idTable(String name, List<Long> ids, Map<String, Object> parameters) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			parameters.put(name + i, ids.get(i));
			rows.add("(:" + name + i + ")");
		}
		return "(values " + String.join(", ", rows) + ") " + name + "(id)";
	}

	/** The sum of a rollup's counts in a slice and periods. */
	private long sum(String table, RollupFilter r, String periods) {
		// each part on its own: an "or" of two slices is a scan of the whole rollup on H2
		String parts = r.parts()
			.stream()
			.map((part) -> "select sum(r.n) as n from " + table + " r where " + part + " and " + periods)
			.collect(Collectors.joining(" union all "));
		return this.jdbc.sql("select coalesce(sum(x.n), 0) from (" + parts + ") x")
			.params(r.parameters())
			.query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec query(String sql, SqlFilter where) {
		return this.jdbc.sql(sql).params(where.parameters());
	}

	private long count(String sql, SqlFilter where) {
		return query(sql, where).query(Long.class).single();
	}

	/** One count of lifecycle events, before its imposer's name is known. */
	private record EventKey(int period, long imposerId, EventKind kind) {

		/**
		 * Spread over the whole range: the record's own hash ({@code 31 * (31 * period +
		 * imposer) + kind}) gives years and actor ids, both small numbers, the same value
		 * ten times over, and the map of 118,000 counts then searched trees of colliding
		 * keys (a fifth of the time of events over time at 1M).
		 */
		@Override
		public int hashCode() {
			long mixed = (this.imposerId * 0x9E3779B97F4A7C15L) ^ (this.period * 0xC2B2AE3D27D4EB4FL);
			return Long.hashCode(mixed ^ (mixed >>> 29)) ^ this.kind.hashCode();
		}

	}

	private static final EventKind[] KINDS = EventKind.values();

	/** Each event kind's place in the order of their names. */
	private static final int[] KIND_RANK = kindRanks();

	private static int[] kindRanks() {
		List<String> names = Arrays.stream(EventKind.values()).map(EventKind::name).sorted().toList();
		int[] ranks = new int[names.size()];
		for (EventKind kind : EventKind.values()) {
			ranks[kind.ordinal()] = names.indexOf(kind.name());
		}
		return ranks;
	}

	/**
	 * Events over time in the order the chart's table lists them, whichever way they were
	 * counted: by period, imposer name (then id) and kind name, the same on every
	 * database. Each count gets one number that orders it: comparing names for each of
	 * the two million comparisons of 118,000 counts took most of 100 ms.
	 */
	private static List<EventCount> inOrder(List<EventCount> counts) {
		Map<Long, Integer> imposerRank = new HashMap<>();
		counts.stream()
			.map(EventCount::imposer)
			.distinct()
			.sorted(Comparator.comparing(ActorRef::name).thenComparingLong(ActorRef::id))
			.forEach((imposer) -> imposerRank.put(imposer.id(), imposerRank.size()));
		int firstPeriod = counts.stream().mapToInt(EventCount::period).min().orElse(0);
		int lastPeriod = counts.stream().mapToInt(EventCount::period).max().orElse(0);
		// one long per count, its rank in the high bits and its position in the low ones,
		// sorted as numbers: sorting objects by a comparator was a quarter of the call
		int kindBits = bits(KIND_RANK.length);
		int imposerBits = bits(imposerRank.size());
		int positionBits = bits(counts.size());
		int rankBits = bits(lastPeriod - firstPeriod + 1) + imposerBits + kindBits;
		if (rankBits + positionBits > 63) {
			throw new IllegalStateException("Too many counts to order: " + counts.size());
		}
		long[] keys = new long[counts.size()];
		for (int i = 0; i < keys.length; i++) {
			EventCount count = counts.get(i);
			long rank = ((long) (count.period() - firstPeriod) << (imposerBits + kindBits))
					| ((long) imposerRank.get(count.imposer().id()) << kindBits) | KIND_RANK[count.kind().ordinal()];
			keys[i] = (rank << positionBits) | i;
		}
		Arrays.sort(keys);
		long position = (1L << positionBits) - 1;
		List<EventCount> ordered = new ArrayList<>(keys.length);
		for (long key : keys) {
			ordered.add(counts.get((int) (key & position)));
		}
		return List.copyOf(ordered);
	}

	/** How many bits hold the numbers below this one. */
	private static int bits(int numbers) {
		return 64 - Long.numberOfLeadingZeros(Math.max(numbers - 1, 1));
	}

	/**
	 * Actors by id, looked up a thousand at a time.
	 * @param ids the ids
	 * @return the actors found
	 */
	private Map<Long, ActorRef> actors(List<Long> ids) {
		Map<Long, ActorRef> actors = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1_000) {
			this.jdbc.sql("select id, name, iso3 from actor where id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
				.query((ResultSet rs) -> {
					ActorRef actor = actor(rs);
					actors.put(actor.id(), actor);
				});
		}
		return actors;
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

}
