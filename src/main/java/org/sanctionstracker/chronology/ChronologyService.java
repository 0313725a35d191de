package org.sanctionstracker.chronology;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.SqlFilter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chronology: lifecycle events and enforcement actions in one list, filtered, sorted
 * and paged by the database. Each kind of record is read by its own query that stops
 * after the rows the page can need ({@code ORDER BY … FETCH}, served by the date
 * indexes), and the union of those few rows is sorted and cut to the page. Undated
 * records come last in both directions.
 */
@Service
@Transactional(readOnly = true)
public class ChronologyService {

	/** The sort keys {@link #entries} accepts. */
	public static final Set<String> SORT_KEYS = Set.of("date", "kind", "actor", "headline");

	/** An entry by id, with its names. */
	private static final String EVENTS = """
			select 'E' as rec, e.id, e.date_from, e.date_precision, e.kind,
			       a.id as actor_id, a.name as actor_name, a.iso3 as actor_iso3,
			       t.id as target_id, t.name as target_name, t.iso3 as target_iso3,
			       cast(null as varchar(500)) as target_description,
			       m.id as measure_id, m.title as measure_title, m.type, e.note as text
			from measure_event e
			join measure m on m.id = e.measure_id
			join actor a on a.id = m.imposer_id
			join actor t on t.id = m.target_id
			where 1 = 1""";

	/** An entry by id, with its names. */
	private static final String ACTIONS = """
			select 'A' as rec, x.id, x.date_from, x.date_precision, x.kind,
			       a.id as actor_id, a.name as actor_name, a.iso3 as actor_iso3,
			       t.id as target_id, t.name as target_name, t.iso3 as target_iso3,
			       x.target_description,
			       xm.id as measure_id, xm.title as measure_title, xm.type, x.description as text
			from enforcement_action x
			join actor a on a.id = x.actor_id
			left join actor t on t.id = x.target_id
			left join measure xm on xm.id = x.measure_id
			where 1 = 1""";

	/**
	 * The rows of one page with their names: the union {@code u} of the branches holds
	 * only ids and sort keys, so the names are looked up for the page's rows alone.
	 */
	private static final String PAGE = """
			select u.rec, u.id, u.date_from, u.date_precision, u.kind,
			       a.id as actor_id, a.name as actor_name, a.iso3 as actor_iso3,
			       t.id as target_id, t.name as target_name, t.iso3 as target_iso3,
			       u.target_description, m.id as measure_id, m.title as measure_title, m.type, u.text
			from (%s) u
			left join measure m on m.id = u.measure_id
			join actor a on a.id = case when u.rec = 'E' then m.imposer_id else u.actor_id end
			left join actor t on t.id = case when u.rec = 'E' then m.target_id else u.target_id end
			order by %s
			offset :offset rows fetch next :size rows only""";

	/**
	 * Dates before this do not occur; a lower bound lets the date index skip undated
	 * rows.
	 */
	private static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1, 1, 1);

	/**
	 * A country with at most this many measures (in the filter's role) has their ids read
	 * first and its events looked up by them, then sorted; a busier one is read by
	 * walking the date index. Walking the date index finds a page of a common country's
	 * events at once but reads most of the index for a rare one. Measured on H2 at 100k
	 * events, first page: 45 measures 5.6 ms by ids, 189 ms walking the dates; 833
	 * measures 9.0 ms / 9.2 ms; 2,641 measures 42 ms / 4.8 ms. The ids are sent as a
	 * list: H2 evaluates an {@code in (select …)} row by row while walking the dates (3.7
	 * s at 833 measures).
	 */
	static final int SELECTIVE_MEASURES = 1_000;

	private final JdbcClient jdbc;

	private int selectiveMeasures = SELECTIVE_MEASURES;

	ChronologyService(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** For tests: the largest number of measures read through the measure indexes. */
	void setSelectiveMeasures(int selectiveMeasures) {
		this.selectiveMeasures = selectiveMeasures;
	}

	/**
	 * One page of the chronology.
	 * @param filter the shared filter; its event kind, when set, keeps only events of
	 * that kind, its enforcement kind only enforcement actions of that kind
	 * @param pageable page and sort: one order on {@code date} (default, oldest first),
	 * {@code kind}, {@code actor} or {@code headline}; ties go by date
	 * @return the entries on the page, each with the passages it cites
	 * @throws IllegalArgumentException for a sort key not in {@link #SORT_KEYS}
	 */
	public List<ChronologyEntry> entries(Filter filter, Pageable pageable) {
		Sort.Order order = pageable.getSort().stream().findFirst().orElse(Sort.Order.asc("date"));
		if (!SORT_KEYS.contains(order.getProperty())) {
			throw new IllegalArgumentException(
					"The chronology cannot be sorted by '" + order.getProperty() + "'; use one of " + SORT_KEYS);
		}
		Query query = new Query(filter, order.getProperty(), order.isAscending() ? "asc" : "desc",
				fewMeasureIds(filter));
		if (!query.withEvents && !query.withActions) {
			return List.of();
		}
		long offset = pageable.getOffset();
		int size = pageable.getPageSize();
		if (!"date".equals(query.key)) {
			return withQuotes(page(query, Part.ALL, offset, size));
		}
		// dated records first (in either direction), then the undated ones, which are
		// looked up only when the page reaches them
		List<ChronologyEntry> dated = page(query, Part.DATED, offset, size);
		if (dated.size() == size) {
			return withQuotes(dated);
		}
		long datedTotal = dated.isEmpty() ? countDated(query) : offset + dated.size();
		long undatedOffset = Math.max(0, offset - datedTotal);
		List<ChronologyEntry> undated = page(query, Part.UNDATED, undatedOffset, size - dated.size());
		List<ChronologyEntry> all = new ArrayList<>(dated);
		all.addAll(undated);
		return withQuotes(all);
	}

	/**
	 * One entry.
	 * @param record event or enforcement action
	 * @param id its id
	 * @return the entry, if it exists
	 */
	public java.util.Optional<ChronologyEntry> entry(ChronologyEntry.Record record, long id) {
		String sql = ((record == ChronologyEntry.Record.EVENT) ? EVENTS + " and e.id = :id"
				: ACTIONS + " and x.id = :id");
		return this.jdbc.sql(sql)
			.param("id", id)
			.query((rs, row) -> entry(rs))
			.optional()
			.map((entry) -> withQuotes(List.of(entry)).get(0));
	}

	/** Which records a query reads when sorting by date. */
	private enum Part {

		DATED, UNDATED, ALL

	}

	/** The parts of a chronology request that every branch shares. */
	private static final class Query {

		final String key;

		final String direction;

		final boolean withEvents;

		final boolean withActions;

		final Map<String, Object> parameters = new LinkedHashMap<>();

		final String eventConditions;

		/**
		 * One set of conditions per branch of enforcement actions: a country filter is
		 * asked as one lookup per role it names ({@code actor_id = :actor}, then
		 * {@code target_id = :actor} without the rows the first gave), each served in
		 * date order by its {@code (…, date_from, id)} index, rather than as one
		 * condition with {@code or}, which no index serves.
		 */
		final List<ActionBranch> actionBranches = new ArrayList<>();

		Query(Filter filter, String key, String direction, List<Long> measureIds) {
			this.key = key;
			this.direction = direction;
			this.withEvents = filter.enforcementKind() == null;
			this.withActions = filter.eventKind() == null;
			// the event's own columns stay outside the subquery so the date index applies
			SqlFilter onEvent = new SqlFilter(filter).onEvent();
			String measureConditions;
			if (measureIds != null) {
				if (measureIds.isEmpty()) {
					measureConditions = " and 1 = 0";
				}
				else {
					this.parameters.put("measureIds", measureIds);
					measureConditions = " and e.measure_id in (:measureIds)";
				}
			}
			else {
				SqlFilter onMeasure = new SqlFilter(filter).onMeasure().eventText();
				measureConditions = onMeasure.sql().isEmpty() ? ""
						: " and exists (select 1 from measure m where m.id = e.measure_id" + onMeasure.sql() + ")";
				this.parameters.putAll(onMeasure.parameters());
			}
			this.eventConditions = onEvent.sql() + measureConditions;
			for (SqlFilter onAction : new SqlFilter(filter).onEnforcementPerRole()) {
				this.actionBranches.add(new ActionBranch(onAction.sql(),
						onAction.fixedColumn().map((column) -> column + " " + direction + ", ").orElse("")));
				this.parameters.putAll(onAction.parameters());
			}
			this.parameters.putAll(onEvent.parameters());
			this.parameters.put("earliest", EARLIEST);
		}

	}

	/**
	 * One branch of enforcement actions.
	 *
	 * @param conditions its conditions
	 * @param orderPrefix what leads its date order: the column it fixes to the country
	 * (see {@link SqlFilter#fixedColumn()}), or nothing
	 */
	private record ActionBranch(String conditions, String orderPrefix) {
	}

	/**
	 * At most {@code :limit} ids of the measures an actor took part in, in a role,
	 * meeting other conditions. Each role is cut to the limit on its own: a union of
	 * every measure of the busiest country before the cut took 71 ms at 1M events, the
	 * cut branches 2 ms. More than {@code :limit} ids come back only when one role alone
	 * has more, so a result within the limit is complete.
	 */
	private static String measuresOf(CountryRole role, String otherConditions) {
		String imposed = "(select m.id from measure m where m.imposer_id = :actor" + otherConditions
				+ " fetch first :limit rows only)";
		String received = "(select m.id from measure m where m.target_id = :actor" + otherConditions
				+ " fetch first :limit rows only)";
		return switch (role) {
			case IMPOSER -> imposed;
			case TARGET -> received;
			case ANY -> imposed + " union " + received;
		};
	}

	/**
	 * The ids of the measures a country filter (without text) keeps, when there are few
	 * enough to look their events up by id.
	 * @return the ids, or {@code null} to walk the date index instead
	 */
	private List<Long> fewMeasureIds(Filter filter) {
		if (filter.actorId() == null || filter.textPattern() != null) {
			return null;
		}
		SqlFilter others = new SqlFilter(filter.withActor(null, null)).onMeasure();
		others.parameter("actor", filter.actorId());
		others.parameter("limit", this.selectiveMeasures + 1);
		List<Long> ids = this.jdbc
			.sql("select u.id from (" + measuresOf(filter.effectiveRole(), others.sql())
					+ ") u fetch first :limit rows only")
			.params(others.parameters())
			.query(Long.class)
			.list();
		return (ids.size() <= this.selectiveMeasures) ? ids : null;
	}

	private List<ChronologyEntry> page(Query query, Part part, long offset, int size) {
		List<String> branches = new ArrayList<>();
		if (query.withEvents) {
			branches.add(branch(query, part,
					"select 'E' as rec, e.id, e.date_from, e.date_precision, e.kind,"
							+ " e.measure_id, cast(null as bigint) as actor_id, cast(null as bigint) as target_id,"
							+ " cast(null as varchar(500)) as target_description, e.note as text, %s as sort_key"
							+ " from measure_event e where 1 = 1" + query.eventConditions,
					"e", "",
					"(select sa.name from measure sm join actor sa on sa.id = sm.imposer_id where sm.id = e.measure_id)",
					"(select sm.title from measure sm where sm.id = e.measure_id)"));
		}
		if (query.withActions) {
			for (ActionBranch action : query.actionBranches) {
				branches.add(branch(query, part,
						"select 'A' as rec, x.id, x.date_from, x.date_precision, x.kind,"
								+ " x.measure_id, x.actor_id, x.target_id, x.target_description, x.description as text,"
								+ " %s as sort_key from enforcement_action x where 1 = 1" + action.conditions(),
						"x", action.orderPrefix(), "(select sa.name from actor sa where sa.id = x.actor_id)",
						"x.description"));
			}
		}
		String sql = PAGE.formatted(String.join("\nunion all\n", branches), outerOrder(query, part));
		Map<String, Object> parameters = new LinkedHashMap<>(query.parameters);
		parameters.put("needed", (int) Math.min(Integer.MAX_VALUE, offset + size));
		parameters.put("offset", offset);
		parameters.put("size", size);
		return this.jdbc.sql(sql).params(parameters).query((rs, row) -> entry(rs)).list();
	}

	/**
	 * One kind of record, cut to the rows the page can need, in an order an index can
	 * give when sorting by date.
	 */
	private static String branch(Query query, Part part, String select, String alias, String orderPrefix,
			String actorName, String headline) {
		String date = alias + ".date_from";
		String id = alias + ".id";
		String direction = query.direction;
		String fetch = " fetch next :needed rows only)";
		return switch (part) {
			case DATED ->
				"(" + select.formatted("cast(null as varchar(300))") + " and " + date + " >= :earliest order by "
						+ orderPrefix + date + " " + direction + ", " + id + " " + direction + fetch;
			case UNDATED -> "(" + select.formatted("cast(null as varchar(300))") + " and " + date + " is null order by "
					+ id + " " + direction + fetch;
			case ALL -> {
				String key = switch (query.key) {
					case "kind" -> alias + ".kind";
					case "actor" -> actorName;
					default -> headline;
				};
				yield "(" + select.formatted("cast(" + key + " as varchar(4000))") + " order by sort_key " + direction
						+ ", case when " + date + " is null then 1 else 0 end, " + date + ", " + id + fetch;
			}
		};
	}

	private static String outerOrder(Query query, Part part) {
		String direction = query.direction;
		return switch (part) {
			case DATED -> "u.date_from " + direction + ", u.rec, u.id " + direction;
			case UNDATED -> "u.rec, u.id " + direction;
			case ALL -> "u.sort_key " + direction + ", case when u.date_from is null then 1 else 0 end, u.date_from, "
					+ "u.rec, u.id";
		};
	}

	private long countDated(Query query) {
		long count = 0;
		if (query.withEvents) {
			count += this.jdbc
				.sql("select count(*) from measure_event e where e.date_from >= :earliest" + query.eventConditions)
				.params(query.parameters)
				.query(Long.class)
				.single();
		}
		if (query.withActions) {
			for (ActionBranch action : query.actionBranches) {
				count += this.jdbc
					.sql("select count(*) from enforcement_action x where x.date_from >= :earliest"
							+ action.conditions())
					.params(query.parameters)
					.query(Long.class)
					.single();
			}
		}
		return count;
	}

	private List<ChronologyEntry> withQuotes(List<ChronologyEntry> entries) {
		List<Long> eventIds = entries.stream()
			.filter((entry) -> entry.record() == ChronologyEntry.Record.EVENT)
			.map(ChronologyEntry::id)
			.toList();
		List<Long> actionIds = entries.stream()
			.filter((entry) -> entry.record() == ChronologyEntry.Record.ENFORCEMENT_ACTION)
			.map(ChronologyEntry::id)
			.toList();
		Map<String, List<EvidenceItem>> quotes = new LinkedHashMap<>();
		quotes(quotes, "event-", "measure_event_evidence", "event_id", eventIds);
		quotes(quotes, "action-", "enforcement_action_evidence", "action_id", actionIds);
		return entries.stream()
			.map((entry) -> entry.withEvidence(quotes.getOrDefault(entry.key(), List.of())))
			.toList();
	}

	private void quotes(Map<String, List<EvidenceItem>> quotes, String prefix, String table, String ownerColumn,
			Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					select c.%2$s as owner_id, ev.id, ev.document_id, d.title, ev.quote, ev.start_offset, ev.end_offset, ev.url
					from %1$s c
					join evidence ev on ev.id = c.evidence_id
					left join source_document d on d.id = ev.document_id
					where c.%2$s in (:ids)
					order by c.%2$s, d.id, ev.start_offset, ev.id
					"""
				.formatted(table, ownerColumn))
			.param("ids", ids)
			.query((rs, row) -> {
				quotes.computeIfAbsent(prefix + rs.getLong("owner_id"), (key) -> new ArrayList<>())
					.add(new EvidenceItem(rs.getLong("id"), nullableLong(rs, "document_id"), rs.getString("title"),
							rs.getString("quote"), nullableInt(rs, "start_offset"), nullableInt(rs, "end_offset"),
							rs.getString("url")));
				return null;
			})
			.list();
	}

	private static ChronologyEntry entry(ResultSet rs) throws SQLException {
		boolean event = "E".equals(rs.getString("rec"));
		String kind = rs.getString("kind");
		String type = rs.getString("type");
		Date date = rs.getDate("date_from");
		Long targetId = nullableLong(rs, "target_id");
		return new ChronologyEntry(event ? ChronologyEntry.Record.EVENT : ChronologyEntry.Record.ENFORCEMENT_ACTION,
				rs.getLong("id"),
				new PartialDate((date != null) ? date.toLocalDate() : null,
						DatePrecision.valueOf(rs.getString("date_precision"))),
				kind, event ? EventKind.valueOf(kind).label() : EnforcementKind.valueOf(kind).label(),
				new ActorRef(rs.getLong("actor_id"), rs.getString("actor_name"), rs.getString("actor_iso3")),
				(targetId != null) ? new ActorRef(targetId, rs.getString("target_name"), rs.getString("target_iso3"))
						: null,
				rs.getString("target_description"), nullableLong(rs, "measure_id"), rs.getString("measure_title"),
				(type != null) ? MeasureType.valueOf(type) : null, rs.getString("text"), List.of());
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
