package org.sanctionstracker.filter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.measure.MeasureType;

/**
 * The shared {@link Filter} as SQL conditions with named parameters, for the native
 * aggregate queries of the dashboard and the chronology's union of events and enforcement
 * actions. It applies the filter exactly as {@link FilterSpecifications} does for the
 * lists, so a chart counts the records the matching list shows. Table aliases: {@code m}
 * for {@code measure}, {@code e} for {@code measure_event}, {@code x} for
 * {@code enforcement_action}, {@code f} for {@code figure}.
 *
 * <p>
 * Callers choose among the named rules below; they cannot add SQL of their own, so every
 * condition a filter puts on a query is written here once.
 */
public final class SqlFilter {

	private static final String LIKE = " like :q escape '" + TextSearch.ESCAPE + "'";

	private final StringBuilder conditions = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final Filter filter;

	/** The column a branch of {@link #onEnforcementPerRole()} fixes to the country. */
	private String fixedColumn;

	public SqlFilter(Filter filter) {
		this.filter = filter;
	}

	private SqlFilter and(String condition) {
		this.conditions.append(" and ").append(condition);
		return this;
	}

	/**
	 * Binds a value the caller's own SQL refers to (e.g. {@code :day}), next to the
	 * filter's parameters.
	 * @param name the parameter name
	 * @param value its value
	 * @return this
	 */
	public SqlFilter parameter(String name, Object value) {
		this.parameters.put(name, value);
		return this;
	}

	/**
	 * The filter's country (in its role), coalition and type, on measure {@code m}.
	 * @return this
	 */
	public SqlFilter onMeasure() {
		if (this.filter.actorId() != null) {
			parameter("actor", this.filter.actorId());
			and(inRole("m.imposer_id", "m.target_id", this.filter.effectiveRole()));
		}
		if (this.filter.coalitionId() != null) {
			parameter("coalition", this.filter.coalitionId());
			and("m.coalition_id = :coalition");
		}
		if (this.filter.type() != null) {
			parameter("type", this.filter.type().name());
			and("m.type = :type");
		}
		return this;
	}

	/**
	 * The filter's event kind and period on event {@code e}; no event is kept when the
	 * filter asks for an enforcement kind.
	 * @return this
	 */
	public SqlFilter onEvent() {
		if (this.filter.enforcementKind() != null) {
			and("1 = 0");
		}
		if (this.filter.eventKind() != null) {
			parameter("kind", this.filter.eventKind().name());
			and("e.kind = :kind");
		}
		return inPeriod("e.date_from");
	}

	/**
	 * Keeps measures {@code m} with an event of the filter's kind in its period, as the
	 * measure list does; nothing when neither is set.
	 * @return this
	 */
	public SqlFilter measureHasMatchingEvent() {
		if (this.filter.eventKind() == null && !this.filter.hasPeriod()) {
			return this;
		}
		StringBuilder exists = new StringBuilder("exists (select 1 from measure_event me where me.measure_id = m.id");
		if (this.filter.eventKind() != null) {
			parameter("kind", this.filter.eventKind().name());
			exists.append(" and me.kind = :kind");
		}
		exists.append(periodConditions("me.date_from"));
		return and(exists.append(")").toString());
	}

	/**
	 * Keeps measures {@code m} with a step of the filter's event kind at any date (the
	 * measures in force: the period only sets their axis); nothing when no kind is set.
	 * @return this
	 */
	public SqlFilter measureHasEventOfKind() {
		if (this.filter.eventKind() != null) {
			parameter("kind", this.filter.eventKind().name());
			and("exists (select 1 from measure_event me where me.measure_id = m.id and me.kind = :kind)");
		}
		return this;
	}

	/**
	 * Keeps measures {@code m} whose imposer was a member of a coalition on a day: its
	 * membership began on or before the day (or its start is unknown) and had not ended
	 * by it.
	 * @param coalitionId the coalition
	 * @param day the day
	 * @return this
	 */
	public SqlFilter imposerMemberOn(long coalitionId, LocalDate day) {
		parameter("coalitionOfMember", coalitionId);
		parameter("memberOn", day);
		return and("m.imposer_id in (select cm.actor_id from coalition_membership cm"
				+ " where cm.coalition_id = :coalitionOfMember"
				+ " and (cm.joined_from is null or cm.joined_from <= :memberOn)"
				+ " and (cm.left_from is null or cm.left_from > :memberOn))");
	}

	/**
	 * Keeps measures {@code m} taken against one target.
	 * @param targetId the target
	 * @return this
	 */
	public SqlFilter againstTarget(long targetId) {
		parameter("target", targetId);
		return and("m.target_id = :target");
	}

	/**
	 * Keeps measures {@code m} imposed by one of some actors, or by none of them.
	 * @param imposerIds the actors (at least one)
	 * @param among {@code true} to keep their measures, {@code false} to keep the others'
	 * @return this
	 */
	public SqlFilter imposedBy(Collection<Long> imposerIds, boolean among) {
		parameter(among ? "imposers" : "otherImposers", List.copyOf(imposerIds));
		return and(among ? "m.imposer_id in (:imposers)" : "m.imposer_id not in (:otherImposers)");
	}

	/**
	 * Keeps measures {@code m} taken within a coalition, or within none.
	 * @param coalitionId the coalition, or {@code null} for measures taken within none
	 * @return this
	 */
	public SqlFilter takenWithin(Long coalitionId) {
		if (coalitionId == null) {
			return and("m.coalition_id is null");
		}
		parameter("withinCoalition", coalitionId);
		return and("m.coalition_id = :withinCoalition");
	}

	/**
	 * Keeps measures {@code m} of a type.
	 * @param type the type
	 * @return this
	 */
	public SqlFilter ofType(MeasureType type) {
		parameter("ofType", type.name());
		return and("m.type = :ofType");
	}

	/**
	 * Free text in the measure's title, description, imposer and target names.
	 * @return this
	 */
	public SqlFilter measureText() {
		String pattern = this.filter.textPattern();
		if (pattern != null) {
			parameter("q", pattern);
			and("(" + measureTextConditions() + ")");
		}
		return this;
	}

	/**
	 * Free text in the measure's texts, the event's note and the event's quotes.
	 * @return this
	 */
	public SqlFilter eventText() {
		String pattern = this.filter.textPattern();
		if (pattern != null) {
			parameter("q", pattern);
			and("(" + measureTextConditions() + " or lower(e.note)" + LIKE
					+ " or exists (select 1 from measure_event_evidence mee join evidence ev on ev.id = mee.evidence_id"
					+ " where mee.event_id = e.id and lower(ev.quote)" + LIKE + "))");
		}
		return this;
	}

	/**
	 * The whole filter on enforcement action {@code x}: the acting actor as "imposer",
	 * the targeted actor as "target", coalition and type through the measure it enforces,
	 * the enforcement kind, the period, and free text in its description, target and
	 * actor name; no action is kept when the filter asks for an event kind.
	 * @return this
	 */
	public SqlFilter onEnforcement() {
		if (this.filter.eventKind() != null) {
			and("1 = 0");
		}
		if (this.filter.enforcementKind() != null) {
			parameter("actionKind", this.filter.enforcementKind().name());
			and("x.kind = :actionKind");
		}
		if (this.filter.actorId() != null) {
			parameter("actor", this.filter.actorId());
			and(inRole("x.actor_id", "x.target_id", this.filter.effectiveRole()));
		}
		if (this.filter.coalitionId() != null || this.filter.type() != null) {
			StringBuilder exists = new StringBuilder("exists (select 1 from measure xm where xm.id = x.measure_id");
			if (this.filter.coalitionId() != null) {
				parameter("coalition", this.filter.coalitionId());
				exists.append(" and xm.coalition_id = :coalition");
			}
			if (this.filter.type() != null) {
				parameter("type", this.filter.type().name());
				exists.append(" and xm.type = :type");
			}
			and(exists.append(" offset 0 rows)").toString());
		}
		inPeriod("x.date_from");
		String pattern = this.filter.textPattern();
		if (pattern != null) {
			parameter("q", pattern);
			and("(lower(x.description)" + LIKE + " or lower(x.target_description)" + LIKE
					+ " or exists (select 1 from actor xa where xa.id = x.actor_id and lower(xa.name)" + LIKE + "))");
		}
		return this;
	}

	/**
	 * {@link #onEnforcement()} split by the country's role into branches whose rows
	 * together are exactly its rows: the country as acting actor, then as target (for
	 * "either" without the rows in which it is also the actor). Each branch is one lookup
	 * that an index on {@code (actor_id, date_from, id)} or {@code (target_id, date_from,
	 * id)} serves in date order, which the {@code or} of {@link #onEnforcement()} is not.
	 * @return one filter per branch, one alone when the filter names no country
	 */
	public List<SqlFilter> onEnforcementPerRole() {
		if (this.filter.actorId() == null) {
			return List.of(new SqlFilter(this.filter).onEnforcement());
		}
		CountryRole role = this.filter.effectiveRole();
		Filter others = this.filter.withActor(null, null);
		List<SqlFilter> branches = new ArrayList<>();
		if (role != CountryRole.TARGET) {
			SqlFilter asActor = new SqlFilter(others).onEnforcement()
				.parameter("actor", this.filter.actorId())
				.and("x.actor_id = :actor");
			asActor.fixedColumn = "x.actor_id";
			branches.add(asActor);
		}
		if (role != CountryRole.IMPOSER) {
			SqlFilter asTarget = new SqlFilter(others).onEnforcement()
				.parameter("actor", this.filter.actorId())
				.and("x.target_id = :actor");
			if (role == CountryRole.ANY) {
				asTarget.and("x.actor_id <> :actor");
			}
			asTarget.fixedColumn = "x.target_id";
			branches.add(asTarget);
		}
		return branches;
	}

	/**
	 * The column a branch of {@link #onEnforcementPerRole()} fixes to the country
	 * ({@code x.actor_id} or {@code x.target_id}). A query that pages the branch in date
	 * order puts it first in its {@code order by} (it changes no order, being one value):
	 * H2 then reads the {@code (column, date_from, id)} index in order and stops at the
	 * page, where it otherwise reads and sorts every row of the country (38,000 actions
	 * against the busiest target at 1M events: 88 ms instead of under 1 ms).
	 * @return the column, empty when the branch fixes none
	 */
	public Optional<String> fixedColumn() {
		return Optional.ofNullable(this.fixedColumn);
	}

	/**
	 * The filter on money figure {@code f}: the country as the figure's actor or in its
	 * role on the figure's measure, coalition and type through that measure, the period,
	 * and free text in the label.
	 * @return this
	 */
	public SqlFilter onFigure() {
		// "offset 0 rows" keeps each subquery a lookup of the figure's one measure:
		// without
		// it PostgreSQL collects every measure of the country into a hash first (79,000
		// for the busiest at 1M events, 51 ms; with it 11 ms for its 5,700 figures)
		if (this.filter.actorId() != null) {
			parameter("actor", this.filter.actorId());
			and("(f.actor_id = :actor or exists (select 1 from measure fm where fm.id = f.measure_id and "
					+ inRole("fm.imposer_id", "fm.target_id", this.filter.effectiveRole()) + " offset 0 rows))");
		}
		if (this.filter.coalitionId() != null || this.filter.type() != null) {
			StringBuilder exists = new StringBuilder("exists (select 1 from measure fm2 where fm2.id = f.measure_id");
			if (this.filter.coalitionId() != null) {
				parameter("coalition", this.filter.coalitionId());
				exists.append(" and fm2.coalition_id = :coalition");
			}
			if (this.filter.type() != null) {
				parameter("type", this.filter.type().name());
				exists.append(" and fm2.type = :type");
			}
			and(exists.append(" offset 0 rows)").toString());
		}
		inPeriod("f.date_from");
		String pattern = this.filter.textPattern();
		if (pattern != null) {
			parameter("q", pattern);
			and("lower(f.label)" + LIKE);
		}
		return this;
	}

	/** The filter's period on a date column holding a date's first day. */
	private SqlFilter inPeriod(String column) {
		String period = periodConditions(column);
		if (!period.isEmpty()) {
			this.conditions.append(period);
		}
		return this;
	}

	/**
	 * The conditions added, each preceded by {@code and}, to follow a {@code where}
	 * clause.
	 * @return SQL, empty when there are none
	 */
	public String sql() {
		return this.conditions.toString();
	}

	/**
	 * The values of the named parameters the conditions (and the caller's own SQL) use.
	 * @return the parameters, read-only
	 */
	public Map<String, Object> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	private String periodConditions(String column) {
		StringBuilder period = new StringBuilder();
		if (this.filter.from() != null && this.filter.from().lowerBound() != null) {
			parameter("from", this.filter.from().lowerBound());
			period.append(" and ").append(column).append(" >= :from");
		}
		if (this.filter.to() != null && this.filter.to().lowerBound() != null) {
			parameter("to", this.filter.to().upperBound());
			period.append(" and ").append(column).append(" <= :to");
		}
		return period.toString();
	}

	private static String measureTextConditions() {
		return "lower(m.title)" + LIKE + " or lower(m.description)" + LIKE
				+ " or exists (select 1 from actor ma where ma.id in (m.imposer_id, m.target_id) and lower(ma.name)"
				+ LIKE + ")";
	}

	private static String inRole(String actorColumn, String targetColumn, CountryRole role) {
		return switch (role) {
			case IMPOSER -> actorColumn + " = :actor";
			case TARGET -> targetColumn + " = :actor";
			case ANY -> "(" + actorColumn + " = :actor or " + targetColumn + " = :actor)";
		};
	}

}
