package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;

/**
 * The shared filter as conditions on a rollup row {@code r} of the read model, when the
 * rollup can answer it: the country (in its role), and one of coalition, measure type and
 * (where the rollup has that slice) event kind, with a period whose ends fall on month
 * boundaries. Free text, a period that starts or ends inside a month, or two of target,
 * coalition, type and kind at once cannot be read from the rollups; the dashboard then
 * counts from the spans and the records ({@link #of} is empty).
 *
 * <p>
 * The rows of one rollup are slices (see {@code db/migration/V16__read_model.sql}):
 * {@code dim} '-' holds everything, 'T' what targets an actor, 'Y' a measure type, 'C' a
 * coalition, 'K' measures with an event of a kind; in the event rollup 'S' is slice '-'
 * summed over the kinds ({@link #summedOverKinds}). A country filter on the imposer reads
 * the imposer column of any slice; on the target, slice 'T'; on either, both ('T' without
 * the rows the imposer column already gave).
 */
final class RollupFilter {

	/** What one rollup table has: its slices, and its actor and type columns. */
	enum Rollup {

		EVENT("imposer_id", Set.of("T", "Y", "C"), false, true),
		IN_FORCE("imposer_id", Set.of("T", "Y", "C"), false, false),
		MEASURE("imposer_id", Set.of("T", "C", "K"), true, false),
		ENFORCEMENT("actor_id", Set.of("T", "Y", "C"), false, false);

		final String actorColumn;

		final Set<String> slices;

		final boolean typeColumn;

		final boolean kindColumn;

		Rollup(String actorColumn, Set<String> slices, boolean typeColumn, boolean kindColumn) {
			this.actorColumn = actorColumn;
			this.slices = slices;
			this.typeColumn = typeColumn;
			this.kindColumn = kindColumn;
		}

	}

	private final List<String> parts;

	private final Map<String, Object> parameters;

	private final Integer firstMonth;

	private final Integer lastMonth;

	private final boolean wholeSlice;

	private final boolean months;

	private final boolean summable;

	private RollupFilter(List<String> parts, Map<String, Object> parameters, Integer firstMonth, Integer lastMonth,
			boolean wholeSlice, boolean months, boolean summable) {
		this.parts = parts;
		this.parameters = parameters;
		this.firstMonth = firstMonth;
		this.lastMonth = lastMonth;
		this.wholeSlice = wholeSlice;
		this.months = months;
		this.summable = summable;
	}

	/**
	 * The filter on a rollup, if it can answer it.
	 * @param filter the filter
	 * @param rollup the rollup
	 * @param kind whether the filter's event kind applies
	 * @param period whether the filter's period applies (it must then fall on month
	 * boundaries)
	 * @return the conditions, or empty when the rollup cannot answer the filter
	 */
	static Optional<RollupFilter> of(Filter filter, Rollup rollup, boolean kind, boolean period) {
		if (filter.textPattern() != null) {
			return Optional.empty();
		}
		Integer firstMonth = null;
		Integer lastMonth = null;
		if (period) {
			LocalDate from = (filter.from() != null) ? filter.from().lowerBound() : null;
			LocalDate to = (filter.to() != null && filter.to().lowerBound() != null) ? filter.to().upperBound() : null;
			if ((from != null && from.getDayOfMonth() != 1)
					|| (to != null && !to.equals(YearMonth.from(to).atEndOfMonth()))) {
				return Optional.empty();
			}
			firstMonth = (from != null) ? PeriodAxis.indexOf(Granularity.MONTH, from) : null;
			lastMonth = (to != null) ? PeriodAxis.indexOf(Granularity.MONTH, to) : null;
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		List<String[]> slices = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		if (filter.coalitionId() != null) {
			slices.add(new String[] { "C", String.valueOf(filter.coalitionId()) });
		}
		if (filter.type() != null) {
			if (rollup.typeColumn) {
				parameters.put("rType", filter.type().name());
				columns.add("r.type = :rType");
			}
			else {
				slices.add(new String[] { "Y", filter.type().name() });
			}
		}
		if (kind && filter.eventKind() != null) {
			if (rollup.kindColumn) {
				parameters.put("rKind", filter.eventKind().name());
				columns.add("r.kind = :rKind");
			}
			else {
				slices.add(new String[] { "K", filter.eventKind().name() });
			}
		}
		// as filter/SqlFilter reads the kinds: an event kind keeps no enforcement action,
		// an enforcement kind no lifecycle event
		if (rollup == Rollup.EVENT && filter.enforcementKind() != null) {
			columns.add("1 = 0");
		}
		if (rollup == Rollup.ENFORCEMENT) {
			if (filter.eventKind() != null) {
				columns.add("1 = 0");
			}
			if (filter.enforcementKind() != null) {
				parameters.put("rActionKind", filter.enforcementKind().name());
				columns.add("r.kind = :rActionKind");
			}
		}
		CountryRole role = filter.effectiveRole();
		if (filter.actorId() != null) {
			parameters.put("rActor", filter.actorId());
			if (role == CountryRole.TARGET) {
				slices.add(new String[] { "T", String.valueOf(filter.actorId()) });
			}
			else if (role == CountryRole.IMPOSER) {
				columns.add("r." + rollup.actorColumn + " = :rActor");
			}
		}
		if (slices.size() > 1 || (role == CountryRole.ANY && filter.actorId() != null && !slices.isEmpty())
				|| slices.stream().anyMatch((slice) -> !rollup.slices.contains(slice[0]))) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		boolean wholeSlice = slices.isEmpty() && !(role == CountryRole.ANY && filter.actorId() != null);
		if (role == CountryRole.ANY && filter.actorId() != null) {
			parameters.put("rTarget", String.valueOf(filter.actorId()));
			parts.add("r.dim = '-' and r.dim_value = '' and r." + rollup.actorColumn + " = :rActor");
			parts.add("r.dim = 'T' and r.dim_value = :rTarget and r." + rollup.actorColumn + " <> :rActor");
		}
		else {
			String[] slice = slices.isEmpty() ? new String[] { "-", "" } : slices.get(0);
			parameters.put("rDim", slice[0]);
			parameters.put("rDimValue", slice[1]);
			parts.add("r.dim = :rDim and r.dim_value = :rDimValue");
		}
		for (String column : columns) {
			parts.replaceAll((part) -> part + " and " + column);
		}
		// months: slice '-', and the type slices of the in-force rollup
		boolean months = wholeSlice
				|| (rollup == Rollup.IN_FORCE && slices.size() == 1 && "Y".equals(slices.get(0)[0]));
		// slice 'S' of the event rollup: slice '-' without the kinds
		boolean summable = rollup == Rollup.EVENT && wholeSlice && !(kind && filter.eventKind() != null);
		RollupFilter rollupFilter = new RollupFilter(List.copyOf(parts), parameters, firstMonth, lastMonth, wholeSlice,
				months, summable);
		if (rollup == Rollup.ENFORCEMENT && rollupFilter.hasPeriod() && !wholeSlice) {
			// the slices count enforcement actions of all time only
			return Optional.empty();
		}
		return Optional.of(rollupFilter);
	}

	/**
	 * Whether the rows read have months ({@code grain} 'M'): slice '-' has, and in the
	 * in-force rollup the type slices too; not when the filter names a target or
	 * coalition.
	 * @return {@code true} for slice '-' alone, or a type slice of the in-force rollup
	 */
	boolean hasMonths() {
		return this.months;
	}

	/**
	 * The same filter on slice 'S' of the event rollup, slice '-' summed over the kinds,
	 * when it can answer it: the filter selects from slice '-' (nothing, or a country as
	 * imposer) and no event kind. Its rows have kind ''.
	 * @return the filter on slice 'S', or empty
	 */
	Optional<RollupFilter> summedOverKinds() {
		if (!this.summable) {
			return Optional.empty();
		}
		Map<String, Object> summed = new LinkedHashMap<>(this.parameters);
		summed.put("rDim", "S");
		return Optional.of(new RollupFilter(this.parts, summed, this.firstMonth, this.lastMonth, true, true, false));
	}

	/**
	 * Whether the period starts or ends inside a year, so that reading it needs months.
	 * @return {@code true} when it does
	 */
	boolean periodNeedsMonths() {
		return (this.firstMonth != null && Math.floorMod(this.firstMonth, 12) != 0)
				|| (this.lastMonth != null && Math.floorMod(this.lastMonth, 12) != 11);
	}

	/**
	 * The conditions on the rollup row {@code r}, as disjoint parts whose counts add up,
	 * each a lookup of one slice: a country in either role is its imposer rows and its
	 * target slice without them. H2 reads an {@code or} of two slices by scanning the
	 * whole rollup, so every read reads each part on its own and puts the rows together.
	 * @return one part, or two for a country in either role
	 */
	List<String> parts() {
		return this.parts;
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

	boolean hasPeriod() {
		return this.firstMonth != null || this.lastMonth != null;
	}

	/**
	 * The filter's period as rows of a rollup: whole years from its yearly rows, the
	 * months of a year the period covers only in part from its monthly rows. Adds its
	 * parameters.
	 * @param wholeTime the grain to read when the filter sets no period ('Y' or 'A')
	 * @return a condition on {@code r.grain} and {@code r.period}
	 */
	String period(String wholeTime) {
		if (!hasPeriod()) {
			return "r.grain = '" + wholeTime + "'";
		}
		Integer firstYear = (this.firstMonth != null) ? Math.floorDiv(this.firstMonth + 11, 12) : null;
		Integer lastYear = (this.lastMonth != null) ? Math.floorDiv(this.lastMonth + 1, 12) - 1 : null;
		List<String> parts = new ArrayList<>();
		if (firstYear == null || lastYear == null || firstYear <= lastYear) {
			String years = "r.grain = 'Y'";
			if (firstYear != null) {
				this.parameters.put("rYearFrom", firstYear);
				years += " and r.period >= :rYearFrom";
			}
			if (lastYear != null) {
				this.parameters.put("rYearTo", lastYear);
				years += " and r.period <= :rYearTo";
			}
			parts.add("(" + years + ")");
			if (firstYear != null && this.firstMonth < firstYear * 12) {
				this.parameters.put("rHeadFrom", this.firstMonth);
				this.parameters.put("rHeadTo", firstYear * 12 - 1);
				parts.add("(r.grain = 'M' and r.period between :rHeadFrom and :rHeadTo)");
			}
			if (lastYear != null && this.lastMonth > lastYear * 12 + 11) {
				this.parameters.put("rTailFrom", lastYear * 12 + 12);
				this.parameters.put("rTailTo", this.lastMonth);
				parts.add("(r.grain = 'M' and r.period between :rTailFrom and :rTailTo)");
			}
		}
		else {
			this.parameters.put("rMonthFrom", this.firstMonth);
			this.parameters.put("rMonthTo", this.lastMonth);
			parts.add("(r.grain = 'M' and r.period between :rMonthFrom and :rMonthTo)");
		}
		return "(" + String.join(" or ", parts) + ")";
	}

	/**
	 * The filter's period as months of a monthly rollup row; adds its parameters.
	 * @return a condition on {@code r.grain} and {@code r.period}
	 */
	String months() {
		this.parameters.put("rMonthFrom", this.firstMonth);
		this.parameters.put("rMonthTo", this.lastMonth);
		return "r.grain = 'M' and r.period between :rMonthFrom and :rMonthTo";
	}

	/**
	 * The slice as conditions on a counted measure {@code cm} (for the spans of the
	 * current month, which the rollups do not split into days).
	 * @param filter the filter this was made of
	 * @param kind whether the filter's event kind applies
	 * @return SQL conditions, each preceded by {@code and}
	 */
	static String onCountedMeasure(Filter filter, boolean kind) {
		StringBuilder sql = new StringBuilder();
		if (filter.actorId() != null) {
			sql.append(switch (filter.effectiveRole()) {
				case IMPOSER -> " and cm.imposer_id = :rActor";
				case TARGET -> " and cm.target_id = :rActor";
				case ANY -> " and (cm.imposer_id = :rActor or cm.target_id = :rActor)";
			});
		}
		if (filter.coalitionId() != null) {
			sql.append(" and cm.coalition_id = ").append(filter.coalitionId());
		}
		if (filter.type() != null) {
			sql.append(" and cm.type = '").append(filter.type().name()).append("'");
		}
		if (kind && filter.eventKind() != null) {
			sql.append(
					" and exists (select 1 from counted_event ke where ke.measure_id = cm.measure_id and ke.kind = '")
				.append(filter.eventKind().name())
				.append("')");
		}
		return sql.toString();
	}

}
