package org.sanctionstracker.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.SqlFilter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each measure was in force, for the timeline, the world map and the comparison. The
 * filter chooses the measures in the database (its country, coalition, type, kind and
 * words, as for the dashboard's "measures in force"; its period only sets the time axis);
 * their lifecycle steps are read in one query, and {@link StatusPeriods} cuts each
 * measure's life into periods with {@code Lifecycle.statusOn}, the one rule for "in
 * force". Every answer here is derived from those periods, and kept in the
 * {@link AggregateCache} until the data changes.
 *
 * <p>
 * The map and the comparison count measures against one target: the filter's country when
 * its role is "target", else the actor most of the filtered measures are against
 * ({@link #target}).
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	/** Lanes by imposer beyond this many are summed into one lane of the others. */
	public static final int MAX_IMPOSER_LANES = 30;

	private static final String LIFECYCLES = """
			select m.id as measure_id, m.imposer_id, m.coalition_id, m.type, e.id as event_id, e.kind,
			       e.date_from, e.date_precision%1$s
			from measure m
			join measure_event e on e.measure_id = m.id
			where 1 = 1%2$s
			order by m.id
			""";

	private final JdbcClient jdbc;

	private final AggregateCache cache;

	private final DashboardService dashboard;

	TimelineService(DataSource dataSource, AggregateCache cache, DashboardService dashboard) {
		this.jdbc = JdbcClient.create(dataSource);
		this.cache = cache;
		this.dashboard = dashboard;
	}

	/**
	 * The timeline's lanes: the filtered measures grouped by imposer, coalition or type,
	 * each lane summed up per period of the axis (years, or months for a period of at
	 * most {@value PeriodAxis#MAX_MONTHS_FOR_MONTHLY} months). By imposer, the
	 * {@value #MAX_IMPOSER_LANES} imposers with the most measures get a lane each and the
	 * rest share one.
	 * @param filter the filter
	 * @param grouping how to group
	 * @return the lanes, or an overview without lanes when no matching measure is dated
	 */
	public TimelineOverview overview(Filter filter, TimelineGrouping grouping) {
		return this.cache.get("timelineOverview", new Object[] { filter.withAsOf(null), grouping },
				() -> computeOverview(filter.withAsOf(null), grouping));
	}

	private TimelineOverview computeOverview(Filter filter, TimelineGrouping grouping) {
		List<Bars> measures = new ArrayList<>();
		int[] undated = { 0 };
		LocalDate today = PlausibleDates.today();
		lifecycles(measureFilter(filter), "", (life) -> {
			Bars bars = Bars.of(life, grouping, today);
			if (bars == null) {
				undated[0]++;
			}
			else {
				measures.add(bars);
			}
		});
		Span span = span(filter, measures);
		Granularity granularity = PeriodAxis.granularityFor(filter);
		if (span == null) {
			return new TimelineOverview(grouping, null, null, null, 0, List.of(), undated[0]);
		}
		PeriodAxis axis = new PeriodAxis(granularity, PeriodAxis.indexOf(granularity, span.first()),
				PeriodAxis.indexOf(granularity, span.last()));
		Map<String, int[]> density = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Bars bars : measures) {
			if (!bars.shows(span.first(), span.last())) {
				continue;
			}
			counts.merge(bars.lane(), 1, Integer::sum);
			int[] strip = density.computeIfAbsent(bars.lane(), (key) -> new int[axis.size()]);
			bars.addTo(strip, axis, span.last());
		}
		List<TimelineLane> lanes = lanes(grouping, counts, density);
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		return new TimelineOverview(grouping, axis, span.first(), span.last(), total, lanes, undated[0]);
	}

	private List<TimelineLane> lanes(TimelineGrouping grouping, Map<String, Integer> counts,
			Map<String, int[]> density) {
		Map<String, String> labels = new HashMap<>();
		Map<String, ActorRef> actors = new HashMap<>();
		switch (grouping) {
			case IMPOSER -> actors(counts.keySet().stream().map(Long::valueOf).toList())
				.forEach((actor) -> actors.put(String.valueOf(actor.id()), actor));
			case COALITION -> {
				List<Long> ids = counts.keySet()
					.stream()
					.filter((key) -> !"none".equals(key))
					.map(Long::valueOf)
					.toList();
				coalitions(ids).forEach((coalition) -> labels.put(String.valueOf(coalition.id()), coalition.name()));
				labels.put("none", "Within no coalition");
			}
			case TYPE -> counts.keySet().forEach((key) -> labels.put(key, MeasureType.valueOf(key).label()));
		}
		actors.forEach((key, actor) -> labels.put(key, actor.name()));
		List<String> keys = counts.keySet()
			.stream()
			.sorted(Comparator.comparing((String key) -> -counts.get(key))
				.thenComparing((key) -> labels.getOrDefault(key, key)))
			.toList();
		List<TimelineLane> lanes = new ArrayList<>();
		List<String> others = (grouping == TimelineGrouping.IMPOSER && keys.size() > MAX_IMPOSER_LANES + 1)
				? keys.subList(MAX_IMPOSER_LANES, keys.size()) : List.of();
		for (String key : keys) {
			if (!others.contains(key)) {
				lanes.add(new TimelineLane(key, labels.getOrDefault(key, key), actors.get(key), counts.get(key),
						toList(density.get(key))));
			}
		}
		if (!others.isEmpty()) {
			int[] summed = new int[density.values().iterator().next().length];
			int measures = 0;
			for (String key : others) {
				measures += counts.get(key);
				int[] strip = density.get(key);
				for (int i = 0; i < summed.length; i++) {
					summed[i] += strip[i];
				}
			}
			lanes.add(new TimelineLane(TimelineLane.OTHERS, others.size() + " other imposers", null, measures,
					toList(summed)));
		}
		return lanes;
	}

	/**
	 * The measures of one lane, with their bars, markers, enforcement actions and quotes.
	 * @param filter the filter
	 * @param overview the lanes, from {@link #overview}
	 * @param laneKey the lane
	 * @param limit at most this many rows, those that begin first
	 * @return the rows
	 */
	public TimelineRows rows(Filter filter, TimelineOverview overview, String laneKey, int limit) {
		return this.cache.get("timelineRows", new Object[] { filter.withAsOf(null), overview, laneKey, limit },
				() -> computeRows(filter.withAsOf(null), overview, laneKey, limit));
	}

	private TimelineRows computeRows(Filter filter, TimelineOverview overview, String laneKey, int limit) {
		if (overview.lane(laneKey) == null) {
			return new TimelineRows(laneKey, List.of(), 0);
		}
		SqlFilter where = measureFilter(filter);
		switch (overview.grouping()) {
			case IMPOSER -> {
				if (TimelineLane.OTHERS.equals(laneKey)) {
					where.imposedBy(overview.lanes()
						.stream()
						.filter((lane) -> lane.actor() != null)
						.map((lane) -> lane.actor().id())
						.toList(), false);
				}
				else {
					where.imposedBy(List.of(Long.valueOf(laneKey)), true);
				}
			}
			case COALITION -> where.takenWithin("none".equals(laneKey) ? null : Long.valueOf(laneKey));
			case TYPE -> where.ofType(MeasureType.valueOf(laneKey));
		}
		LocalDate today = PlausibleDates.today();
		List<Life> lives = new ArrayList<>();
		lifecycles(where, ", m.title, m.target_id, e.note", (life) -> {
			Bars bars = Bars.of(life, overview.grouping(), today);
			if (bars != null && bars.shows(overview.first(), overview.last())) {
				lives.add(life);
			}
		});
		lives.sort(Comparator.comparing(Life::start).thenComparing(Life::title).thenComparing(Life::measureId));
		List<Life> shown = lives.subList(0, Math.min(limit, lives.size()));
		return new TimelineRows(laneKey, measures(shown), lives.size());
	}

	/** The rows' measures with names, quotes and enforcement actions. */
	private List<TimelineMeasure> measures(List<Life> lives) {
		if (lives.isEmpty()) {
			return List.of();
		}
		Set<Long> actorIds = new LinkedHashSet<>();
		Set<Long> coalitionIds = new LinkedHashSet<>();
		List<Long> eventIds = new ArrayList<>();
		for (Life life : lives) {
			actorIds.add(life.imposerId());
			actorIds.add(life.targetId());
			if (life.coalitionId() != null) {
				coalitionIds.add(life.coalitionId());
			}
			eventIds.addAll(life.eventIds());
		}
		Map<Long, ActorRef> actors = new HashMap<>();
		actors(actorIds).forEach((actor) -> actors.put(actor.id(), actor));
		Map<Long, CoalitionRef> coalitions = new HashMap<>();
		coalitions(coalitionIds).forEach((coalition) -> coalitions.put(coalition.id(), coalition));
		Map<Long, String> eventQuotes = firstQuotes("measure_event_evidence", "event_id", eventIds);
		Map<Long, List<TimelineAction>> actions = actions(lives.stream().map(Life::measureId).toList());
		List<TimelineMeasure> measures = new ArrayList<>();
		for (Life life : lives) {
			List<TimelineStep> steps = new ArrayList<>();
			for (int i = 0; i < life.steps().size(); i++) {
				Lifecycle.Step step = life.steps().get(i);
				steps.add(new TimelineStep(life.eventIds().get(i), step.kind(), step.date(), life.notes().get(i),
						eventQuotes.get(life.eventIds().get(i))));
			}
			List<TimelineSegment> segments = life.periods()
				.stream()
				.filter(StatusPeriod::onBar)
				.map((period) -> new TimelineSegment(period, steps.get(period.step())))
				.toList();
			List<TimelineStep> markers = steps.stream()
				.filter((step) -> step.kind().effect() == EventKind.Effect.NONE
						&& step.date().precision() != DatePrecision.UNKNOWN)
				.sorted(Comparator.comparing((TimelineStep step) -> step.date().lowerBound()))
				.toList();
			measures.add(new TimelineMeasure(life.measureId(), life.title(), actors.get(life.imposerId()),
					actors.get(life.targetId()), life.type(), coalitions.get(life.coalitionId()), segments, markers,
					actions.getOrDefault(life.measureId(), List.of())));
		}
		return measures;
	}

	/**
	 * The target the map and the comparison count measures against: the filter's country
	 * when its role is "target", else the actor most of the filtered measures are
	 * against.
	 * @param filter the filter
	 * @return the target, if any measure matches
	 */
	public Optional<ActorRef> target(Filter filter) {
		if (filter.actorId() != null && filter.effectiveRole() == CountryRole.TARGET) {
			return actors(List.of(filter.actorId())).stream().findFirst();
		}
		return this.cache.get("timelineTarget", new Object[] { filter.withAsOf(null) }, () -> {
			SqlFilter where = measureFilter(filter);
			return query("select m.target_id, count(*) as n from measure m where 1 = 1" + where.sql()
					+ " group by m.target_id order by n desc, m.target_id fetch first 1 rows only", where)
				.query((rs, row) -> rs.getLong("target_id"))
				.optional()
				.flatMap((id) -> actors(List.of(id)).stream().findFirst());
		});
	}

	/**
	 * Per imposer, how many of its filtered measures against a target were in force on
	 * any day, for the world map and its time slider.
	 * @param filter the filter
	 * @param target the target, from {@link #target}
	 * @return the counts
	 */
	public InForceByActor inForceByActor(Filter filter, ActorRef target) {
		return this.cache.get("inForceByActor", new Object[] { filter.withAsOf(null), target },
				() -> computeInForceByActor(filter.withAsOf(null), target));
	}

	private InForceByActor computeInForceByActor(Filter filter, ActorRef target) {
		Map<Long, TreeMap<LocalDate, int[]>> changes = new HashMap<>();
		LocalDate[] range = { null, null };
		lifecycles(measureFilter(filter).againstTarget(target.id()), "", (life) -> {
			for (Lifecycle.Step step : life.steps()) {
				if (step.date().precision() != DatePrecision.UNKNOWN) {
					range[1] = later(range[1], step.date().upperBound());
				}
			}
			for (StatusPeriod period : life.periods()) {
				int column = switch (period.status()) {
					case IN_FORCE -> 0;
					case UNCERTAIN -> 1;
					case NOT_IN_FORCE -> -1;
				};
				if (column < 0) {
					continue;
				}
				range[0] = (range[0] == null || period.from().isBefore(range[0])) ? period.from() : range[0];
				TreeMap<LocalDate, int[]> ofImposer = changes.computeIfAbsent(life.imposerId(),
						(id) -> new TreeMap<>());
				ofImposer.computeIfAbsent(period.from(), (day) -> new int[2])[column]++;
				if (period.until() != null) {
					ofImposer.computeIfAbsent(period.until(), (day) -> new int[2])[column]--;
				}
			}
		});
		Map<Long, ActorRef> actors = new HashMap<>();
		actors(changes.keySet()).forEach((actor) -> actors.put(actor.id(), actor));
		List<ActorInForce> histories = new ArrayList<>();
		changes.forEach((id, byDay) -> {
			int[] days = new int[byDay.size()];
			int[] inForce = new int[byDay.size()];
			int[] uncertain = new int[byDay.size()];
			int i = 0;
			int runningInForce = 0;
			int runningUncertain = 0;
			for (Map.Entry<LocalDate, int[]> change : byDay.entrySet()) {
				runningInForce += change.getValue()[0];
				runningUncertain += change.getValue()[1];
				days[i] = (int) change.getKey().toEpochDay();
				inForce[i] = runningInForce;
				uncertain[i] = runningUncertain;
				i++;
			}
			histories.add(new ActorInForce(actors.get(id), byDay.firstKey(), days, inForce, uncertain));
		});
		histories.sort(Comparator.comparing((ActorInForce history) -> history.actor().name()));
		LocalDate today = PlausibleDates.today();
		LocalDate last = (range[1] == null || range[1].isAfter(today)) ? today : range[1];
		return new InForceByActor(target, histories, range[0], last);
	}

	/**
	 * Actors side by side: for each measure type, whether each had one in force against
	 * the target on a day, when each first imposed one, and so what one has that another
	 * does not.
	 * @param filter the filter
	 * @param target the target, from {@link #target}
	 * @param actors the actors to compare
	 * @param day the day
	 * @return the comparison
	 */
	public Comparison comparison(Filter filter, ActorRef target, List<ActorRef> actors, LocalDate day) {
		return this.cache.get("comparison", new Object[] { filter.withAsOf(null), target, actors, day },
				() -> computeComparison(filter.withAsOf(null), target, actors, day));
	}

	private Comparison computeComparison(Filter filter, ActorRef target, List<ActorRef> actors, LocalDate day) {
		if (actors.isEmpty()) {
			return new Comparison(target, day, actors, List.of());
		}
		SqlFilter where = measureFilter(filter).againstTarget(target.id())
			.imposedBy(actors.stream().map(ActorRef::id).toList(), true);
		Map<String, CellBuilder> cells = new LinkedHashMap<>();
		lifecycles(where, ", m.title, m.target_id, e.note", (life) -> {
			List<StatusPeriod> periods = life.periods();
			StatusPeriod first = periods.stream().filter(StatusPeriod::onBar).findFirst().orElse(null);
			if (first == null || first.from().isAfter(day)) {
				return;
			}
			CellBuilder cell = cells.computeIfAbsent(life.imposerId() + "/" + life.type(),
					(key) -> new CellBuilder(life.imposerId(), life.type()));
			cell.measures++;
			switch (StatusPeriods.statusOn(periods, day)) {
				case IN_FORCE -> cell.inForce++;
				case UNCERTAIN -> cell.uncertain++;
				case NOT_IN_FORCE -> {
				}
			}
			PartialDate taken = life.steps().get(first.step()).date();
			if (cell.firstTaken == null || taken.lowerBound().isBefore(cell.firstTaken.lowerBound())) {
				cell.firstTaken = taken;
				cell.firstMeasureId = life.measureId();
				cell.firstMeasureTitle = life.title();
			}
		});
		Map<Long, ActorRef> byId = new HashMap<>();
		actors.forEach((actor) -> byId.put(actor.id(), actor));
		List<ComparisonCell> result = cells.values()
			.stream()
			.map((cell) -> new ComparisonCell(byId.get(cell.actorId), cell.type,
					(cell.inForce > 0) ? MeasureStatus.IN_FORCE
							: (cell.uncertain > 0) ? MeasureStatus.UNCERTAIN : MeasureStatus.NOT_IN_FORCE,
					cell.inForce, cell.uncertain, cell.measures, cell.firstTaken, cell.firstMeasureId,
					cell.firstMeasureTitle))
			.sorted(Comparator.comparing((ComparisonCell cell) -> actors.indexOf(cell.actor()))
				.thenComparing(ComparisonCell::type))
			.toList();
		return new Comparison(target, day, actors, result);
	}

	private static final class CellBuilder {

		private final long actorId;

		private final MeasureType type;

		private int measures;

		private int inForce;

		private int uncertain;

		private PartialDate firstTaken;

		private Long firstMeasureId;

		private String firstMeasureTitle;

		CellBuilder(long actorId, MeasureType type) {
			this.actorId = actorId;
			this.type = type;
		}

	}

	/**
	 * The members, on a day, of the coalitions within which some organisations took their
	 * measures: how the map shows an organisation, which has no territory of its own.
	 * Membership on a day is the coalition's rule ({@link DashboardService#alignment}).
	 * @param organisations the organisations (actors without an ISO code)
	 * @param day the day
	 * @return per organisation, its members on the day (states and others), by name
	 */
	public Map<ActorRef, List<ActorRef>> members(Collection<ActorRef> organisations, LocalDate day) {
		if (organisations.isEmpty()) {
			return Map.of();
		}
		Map<Long, ActorRef> byId = new HashMap<>();
		organisations.forEach((actor) -> byId.put(actor.id(), actor));
		Map<ActorRef, Set<Long>> coalitionsOf = new LinkedHashMap<>();
		organisations.forEach((actor) -> coalitionsOf.put(actor, new LinkedHashSet<>()));
		this.jdbc
			.sql("select distinct m.imposer_id, m.coalition_id from measure m"
					+ " where m.imposer_id in (:ids) and m.coalition_id is not null order by m.coalition_id")
			.param("ids", List.copyOf(byId.keySet()))
			.query((rs, row) -> Map.entry(rs.getLong("imposer_id"), rs.getLong("coalition_id")))
			.list()
			.forEach((pair) -> coalitionsOf.get(byId.get(pair.getKey())).add(pair.getValue()));
		Map<ActorRef, List<ActorRef>> members = new LinkedHashMap<>();
		coalitionsOf.forEach((organisation, coalitionIds) -> {
			Map<Long, ActorRef> found = new LinkedHashMap<>();
			for (long coalitionId : coalitionIds) {
				coalitionMembers(coalitionId, day).forEach((member) -> found.putIfAbsent(member.id(), member));
			}
			found.remove(organisation.id());
			members.put(organisation, found.values().stream().sorted(Comparator.comparing(ActorRef::name)).toList());
		});
		return members;
	}

	/**
	 * The members of a coalition on a day.
	 * @param coalitionId the coalition
	 * @param day the day
	 * @return its members then, by name
	 */
	public List<ActorRef> coalitionMembers(long coalitionId, LocalDate day) {
		return this.dashboard.alignment(coalitionId, day, Filter.none())
			.map((alignment) -> alignment.members()
				.stream()
				.map(AlignmentMember::actor)
				.distinct()
				.sorted(Comparator.comparing(ActorRef::name))
				.toList())
			.orElse(List.of());
	}

	/** The measures a filter keeps, as the dashboard's "measures in force" keeps them. */
	private static SqlFilter measureFilter(Filter filter) {
		return new SqlFilter(filter).onMeasure().measureText().measureHasEventOfKind();
	}

	/**
	 * Reads the lifecycles of the measures a filter keeps, one measure at a time.
	 * @param where the filter
	 * @param columns extra columns ({@code m.title, m.target_id, e.note}) or none
	 * @param each receives each measure with its steps
	 */
	private void lifecycles(SqlFilter where, String columns, Consumer<Life> each) {
		boolean detailed = !columns.isEmpty();
		Life[] current = { null };
		query(LIFECYCLES.formatted(columns, where.sql()), where).query((ResultSet rs) -> {
			long measureId = rs.getLong("measure_id");
			if (current[0] == null || current[0].measureId() != measureId) {
				if (current[0] != null) {
					each.accept(current[0]);
				}
				long coalition = rs.getLong("coalition_id");
				Long coalitionId = rs.wasNull() ? null : coalition;
				current[0] = new Life(measureId, rs.getLong("imposer_id"), coalitionId,
						MeasureType.valueOf(rs.getString("type")), detailed ? rs.getString("title") : null,
						detailed ? rs.getLong("target_id") : 0L, new ArrayList<>(), new ArrayList<>(),
						new ArrayList<>());
			}
			Date date = rs.getDate("date_from");
			current[0].eventIds().add(rs.getLong("event_id"));
			current[0].steps()
				.add(new Lifecycle.Step(EventKind.valueOf(rs.getString("kind")),
						new PartialDate((date != null) ? date.toLocalDate() : null,
								DatePrecision.valueOf(rs.getString("date_precision")))));
			current[0].notes().add(detailed ? rs.getString("note") : null);
		});
		if (current[0] != null) {
			each.accept(current[0]);
		}
	}

	/** A measure's lifecycle as read. */
	private record Life(long measureId, long imposerId, Long coalitionId, MeasureType type, String title, long targetId,
			List<Long> eventIds, List<Lifecycle.Step> steps, List<String> notes) {

		List<StatusPeriod> periods() {
			return StatusPeriods.of(this.steps);
		}

		LocalDate start() {
			return this.steps.stream()
				.map((step) -> step.date().lowerBound())
				.filter((day) -> day != null)
				.min(LocalDate::compareTo)
				.orElse(LocalDate.MAX);
		}

	}

	/** What the overview keeps of a measure: its lane and where it is on the axis. */
	private record Bars(String lane, LocalDate first, LocalDate last, List<LocalDate[]> bars) {

		static Bars of(Life life, TimelineGrouping grouping, LocalDate today) {
			LocalDate first = null;
			LocalDate last = null;
			for (Lifecycle.Step step : life.steps()) {
				if (step.date().precision() != DatePrecision.UNKNOWN) {
					first = earlier(first, step.date().lowerBound());
					last = later(last, step.date().upperBound());
				}
			}
			if (first == null) {
				return null;
			}
			List<LocalDate[]> bars = new ArrayList<>();
			for (StatusPeriod period : life.periods()) {
				if (period.onBar()) {
					LocalDate[] previous = bars.isEmpty() ? null : bars.get(bars.size() - 1);
					if (previous != null && period.from().equals(previous[1])) {
						previous[1] = period.until();
					}
					else {
						bars.add(new LocalDate[] { period.from(), period.until() });
					}
				}
			}
			String lane = switch (grouping) {
				case IMPOSER -> String.valueOf(life.imposerId());
				case COALITION -> (life.coalitionId() != null) ? String.valueOf(life.coalitionId()) : "none";
				case TYPE -> life.type().name();
			};
			return new Bars(lane, first, last.isAfter(today) ? today : last, bars);
		}

		/** Whether a step or a bar of the measure falls between two days. */
		boolean shows(LocalDate from, LocalDate to) {
			if (!this.first.isAfter(to) && !this.last.isBefore(from)) {
				return true;
			}
			return this.bars.stream()
				.anyMatch((bar) -> !bar[0].isAfter(to) && (bar[1] == null || bar[1].isAfter(from)));
		}

		/** Adds one to every period of the axis that a bar touches. */
		void addTo(int[] strip, PeriodAxis axis, LocalDate end) {
			boolean[] touched = new boolean[strip.length];
			for (LocalDate[] bar : this.bars) {
				LocalDate lastDay = (bar[1] == null) ? end : bar[1].minusDays(1);
				if (lastDay.isBefore(bar[0])) {
					continue;
				}
				int from = Math.max(0, PeriodAxis.indexOf(axis.granularity(), bar[0]) - axis.first());
				int to = Math.min(strip.length - 1, PeriodAxis.indexOf(axis.granularity(), lastDay) - axis.first());
				for (int i = from; i <= to; i++) {
					touched[i] = true;
				}
			}
			for (int i = 0; i < strip.length; i++) {
				strip[i] += touched[i] ? 1 : 0;
			}
		}

	}

	/** The days the axis shows: the filter's period, else the steps' dates. */
	private record Span(LocalDate first, LocalDate last) {
	}

	private static Span span(Filter filter, List<Bars> measures) {
		LocalDate first = (filter.from() != null) ? filter.from().lowerBound() : null;
		LocalDate last = (filter.to() != null && filter.to().lowerBound() != null) ? filter.to().upperBound() : null;
		if (first == null) {
			first = measures.stream().map(Bars::first).min(LocalDate::compareTo).orElse(null);
		}
		if (last == null) {
			last = measures.stream().map(Bars::last).max(LocalDate::compareTo).orElse(null);
		}
		if (first == null || last == null || last.isBefore(first)) {
			return null;
		}
		LocalDate today = PlausibleDates.today();
		return new Span(first, last.isAfter(today) ? today : last);
	}

	private Map<Long, List<TimelineAction>> actions(List<Long> measureIds) {
		List<Object[]> rows = this.jdbc.sql("""
				select x.id, x.measure_id, x.kind, x.date_from, x.date_precision, x.description, a.id as actor_id,
				       a.name, a.iso3
				from enforcement_action x
				join actor a on a.id = x.actor_id
				where x.measure_id in (:ids) and x.date_from is not null
				order by x.date_from, x.id
				""")
			.param("ids", measureIds)
			.query((rs,
					row) -> new Object[] { rs.getLong("measure_id"), rs.getLong("id"),
							EnforcementKind.valueOf(rs.getString("kind")),
							new PartialDate(rs.getDate("date_from").toLocalDate(),
									DatePrecision.valueOf(rs.getString("date_precision"))),
							new ActorRef(rs.getLong("actor_id"), rs.getString("name"), rs.getString("iso3")),
							rs.getString("description") })
			.list();
		Map<Long, String> quotes = firstQuotes("enforcement_action_evidence", "action_id",
				rows.stream().map((row) -> (Long) row[1]).toList());
		Map<Long, List<TimelineAction>> byMeasure = new HashMap<>();
		for (Object[] row : rows) {
			byMeasure.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
				.add(new TimelineAction((Long) row[1], (EnforcementKind) row[2], (PartialDate) row[3],
						(ActorRef) row[4], (String) row[5], quotes.get((Long) row[1])));
		}
		return byMeasure;
	}

	/**
	 * The first passage (in document order) each record cites: its quote, or the web
	 * address it cites.
	 */
	private Map<Long, String> firstQuotes(String linkTable, String ownerColumn, List<Long> ownerIds) {
		Map<Long, String> quotes = new HashMap<>();
		for (int start = 0; start < ownerIds.size(); start += 1000) {
			List<Long> chunk = ownerIds.subList(start, Math.min(ownerIds.size(), start + 1000));
			String sql = """
					select l.%1$s as owner, ev.quote, ev.url
					from %2$s l
					join evidence ev on ev.id = l.evidence_id
					where l.%1$s in (:ids)
					order by ev.document_id, ev.start_offset, ev.id
					""".formatted(ownerColumn, linkTable);
			this.jdbc.sql(sql).param("ids", chunk).query((ResultSet rs) -> {
				String quote = rs.getString("quote");
				quotes.putIfAbsent(rs.getLong("owner"), (quote != null) ? quote : rs.getString("url"));
			});
		}
		return quotes;
	}

	private List<ActorRef> actors(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name, iso3 from actor where id in (:ids) order by name")
			.param("ids", List.copyOf(ids))
			.query((rs, row) -> new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("iso3")))
			.list();
	}

	private List<CoalitionRef> coalitions(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name from coalition where id in (:ids) order by name")
			.param("ids", List.copyOf(ids))
			.query((rs, row) -> new CoalitionRef(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	private JdbcClient.StatementSpec query(String sql, SqlFilter where) {
		return this.jdbc.sql(sql).params(where.parameters());
	}

	private static List<Integer> toList(int[] values) {
		List<Integer> list = new ArrayList<>(values.length);
		for (int value : values) {
			list.add(value);
		}
		return list;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return (a == null || b.isBefore(a)) ? b : a;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

}
