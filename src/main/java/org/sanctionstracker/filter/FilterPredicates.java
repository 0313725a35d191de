package org.sanctionstracker.filter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.Measure;

/**
 * Criteria predicates for the parts of a {@link Filter} that concern a measure, so that
 * measures, events, enforcement actions and figures filter the same way.
 */
public final class FilterPredicates {

	private FilterPredicates() {
	}

	/**
	 * Predicates on a measure path for the filter's country (in its role), coalition and
	 * type.
	 * @param cb the criteria builder
	 * @param measure the measure path
	 * @param filter the filter
	 * @return the predicates, empty when the filter sets none of them
	 */
	public static List<Predicate> onMeasure(CriteriaBuilder cb, Path<Measure> measure, Filter filter) {
		List<Predicate> predicates = new ArrayList<>();
		if (filter.actorId() != null) {
			predicates.add(actorInRole(cb, measure.get("imposer").get("id"), measure.get("target").get("id"),
					filter.actorId(), filter.effectiveRole()));
		}
		if (filter.coalitionId() != null) {
			predicates.add(cb.equal(measure.get("coalition").get("id"), filter.coalitionId()));
		}
		if (filter.type() != null) {
			predicates.add(cb.equal(measure.get("type"), filter.type()));
		}
		return predicates;
	}

	/**
	 * Matches an actor as the imposer, the target or either.
	 * @param cb the criteria builder
	 * @param imposerId the imposer (or acting actor) id expression
	 * @param targetId the target id expression
	 * @param actorId the actor looked for
	 * @param role the role
	 * @return the predicate
	 */
	public static Predicate actorInRole(CriteriaBuilder cb, Expression<Long> imposerId, Expression<Long> targetId,
			Long actorId, CountryRole role) {
		return switch (role) {
			case IMPOSER -> cb.equal(imposerId, actorId);
			case TARGET -> cb.equal(targetId, actorId);
			case ANY -> cb.or(cb.equal(imposerId, actorId), cb.equal(targetId, actorId));
		};
	}

	/**
	 * Keeps dates whose first day falls in the filter's period; an unknown date is left
	 * out as soon as a period is set.
	 * @param cb the criteria builder
	 * @param date the path of a {@link PartialDate}
	 * @param filter the filter
	 * @return the predicates
	 */
	public static List<Predicate> inPeriod(CriteriaBuilder cb, Path<PartialDate> date, Filter filter) {
		List<Predicate> predicates = new ArrayList<>();
		Path<java.time.LocalDate> lowerBound = date.get("lowerBound");
		if (Filter.isKnown(filter.from())) {
			predicates.add(cb.greaterThanOrEqualTo(lowerBound, filter.from().lowerBound()));
		}
		if (Filter.isKnown(filter.to())) {
			predicates.add(cb.lessThanOrEqualTo(lowerBound, filter.to().upperBound()));
		}
		return predicates;
	}

	/**
	 * Whether any of the expressions contains the pattern, ignoring case.
	 * @param cb the criteria builder
	 * @param pattern a lower-case LIKE pattern escaped with {@code \}
	 * @param texts the string expressions
	 * @return the predicate
	 */
	public static Predicate containsText(CriteriaBuilder cb, String pattern, List<Expression<String>> texts) {
		return cb.or(texts.stream().map((text) -> cb.like(cb.lower(text), pattern, '\\')).toArray(Predicate[]::new));
	}

}
