package org.sanctionstracker.filter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.Evidence;

import org.springframework.data.jpa.domain.Specification;

/**
 * The shared {@link Filter} as JPA specifications, for the paged lists (API, country
 * page, exports). {@link SqlFilter} says the same in SQL for the aggregates; the two are
 * kept side by side here so that a chart counts the records the matching list shows (the
 * query contract tests compare them). The words of a text search are the records' own:
 * {@link MeasureService#mentions} and {@link EnforcementService#search}.
 *
 * <ul>
 * <li>A measure matches the event kind and the period when one of its lifecycle steps
 * does.</li>
 * <li>A lifecycle event matches by its measure (country in its role, coalition, type),
 * its kind and date, and text in its measure, its note or its quotes.</li>
 * <li>An enforcement action: the acting actor is the "imposer", the targeted actor the
 * "target"; coalition and type through the measure it enforces; its enforcement
 * kind.</li>
 * <li>A money figure: the country as the figure's actor or in its role on the figure's
 * measure; coalition and type through that measure; text in its label.</li>
 * <li>A date is in the period when the first day it can mean falls in it; an unknown date
 * is left out as soon as a period is set.</li>
 * </ul>
 */
public final class FilterSpecifications {

	private FilterSpecifications() {
	}

	/**
	 * Measures the filter keeps.
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<Measure> measures(Filter filter) {
		Specification<Measure> shared = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>(onMeasure(cb, root, filter));
			if (filter.eventKind() != null || filter.hasPeriod()) {
				Subquery<Long> matchingEvent = query.subquery(Long.class);
				Root<MeasureEvent> event = matchingEvent.from(MeasureEvent.class);
				List<Predicate> eventPredicates = new ArrayList<>();
				eventPredicates.add(cb.equal(event.get("measure"), root));
				if (filter.eventKind() != null) {
					eventPredicates.add(cb.equal(event.get("kind"), filter.eventKind()));
				}
				eventPredicates.addAll(inPeriod(cb, event.get("date"), filter));
				matchingEvent.select(event.get("id")).where(eventPredicates.toArray(Predicate[]::new));
				predicates.add(cb.exists(matchingEvent));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return shared.and(MeasureService.search(filter.text(), filter.type()));
	}

	/**
	 * Lifecycle events the filter keeps (none when it asks for an enforcement kind).
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<MeasureEvent> events(Filter filter) {
		return (root, query, cb) -> {
			if (filter.enforcementKind() != null) {
				return cb.disjunction();
			}
			Path<Measure> measure = root.get("measure");
			List<Predicate> predicates = new ArrayList<>(onMeasure(cb, measure, filter));
			if (filter.type() != null) {
				predicates.add(cb.equal(measure.get("type"), filter.type()));
			}
			if (filter.eventKind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.eventKind()));
			}
			predicates.addAll(inPeriod(cb, root.get("date"), filter));
			String pattern = filter.textPattern();
			if (pattern != null) {
				predicates.add(cb.or(MeasureService.mentions(cb, measure, pattern),
						TextSearch.anyContains(cb, pattern, List.of(root.get("note"))),
						quoteContains(cb, query, root, pattern)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * Enforcement actions the filter keeps (none when it asks for an event kind).
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<EnforcementAction> enforcementActions(Filter filter) {
		Specification<EnforcementAction> shared = (root, query, cb) -> {
			if (filter.eventKind() != null) {
				return cb.disjunction();
			}
			List<Predicate> predicates = new ArrayList<>();
			if (filter.actorId() != null) {
				Join<EnforcementAction, Actor> target = root.join("target", JoinType.LEFT);
				predicates.add(actorInRole(cb, root.get("actor").get("id"), target.get("id"), filter.actorId(),
						filter.effectiveRole()));
			}
			if (filter.coalitionId() != null || filter.type() != null) {
				Join<EnforcementAction, Measure> measure = root.join("measure", JoinType.INNER);
				predicates.addAll(onMeasure(cb, measure, filter.withActor(null, null)));
				if (filter.type() != null) {
					predicates.add(cb.equal(measure.get("type"), filter.type()));
				}
			}
			predicates.addAll(inPeriod(cb, root.get("date"), filter));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return shared.and(EnforcementService.search(filter.text(), filter.enforcementKind()));
	}

	/**
	 * Money figures the filter keeps (the kinds do not apply).
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<Figure> figures(Filter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			boolean needsMeasure = filter.actorId() != null || filter.coalitionId() != null || filter.type() != null;
			Join<Figure, Measure> measure = needsMeasure ? root.join("measure", JoinType.LEFT) : null;
			if (filter.actorId() != null) {
				Predicate ofMeasure = actorInRole(cb, measure.get("imposer").get("id"), measure.get("target").get("id"),
						filter.actorId(), filter.effectiveRole());
				predicates.add(cb.or(cb.equal(root.get("actor").get("id"), filter.actorId()), ofMeasure));
			}
			if (filter.coalitionId() != null || filter.type() != null) {
				predicates.addAll(onMeasure(cb, measure, filter.withActor(null, null)));
				if (filter.type() != null) {
					predicates.add(cb.equal(measure.get("type"), filter.type()));
				}
			}
			predicates.addAll(inPeriod(cb, root.get("date"), filter));
			String pattern = filter.textPattern();
			if (pattern != null) {
				predicates.add(TextSearch.anyContains(cb, pattern, List.of(root.get("label"))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The filter's country (in its role) and coalition on a measure path. */
	private static List<Predicate> onMeasure(CriteriaBuilder cb, Path<Measure> measure, Filter filter) {
		List<Predicate> predicates = new ArrayList<>();
		if (filter.actorId() != null) {
			predicates.add(actorInRole(cb, measure.get("imposer").get("id"), measure.get("target").get("id"),
					filter.actorId(), filter.effectiveRole()));
		}
		if (filter.coalitionId() != null) {
			predicates.add(cb.equal(measure.get("coalition").get("id"), filter.coalitionId()));
		}
		return predicates;
	}

	private static Predicate actorInRole(CriteriaBuilder cb, Expression<Long> imposerId, Expression<Long> targetId,
			Long actorId, CountryRole role) {
		return switch (role) {
			case IMPOSER -> cb.equal(imposerId, actorId);
			case TARGET -> cb.equal(targetId, actorId);
			case ANY -> cb.or(cb.equal(imposerId, actorId), cb.equal(targetId, actorId));
		};
	}

	private static List<Predicate> inPeriod(CriteriaBuilder cb, Path<PartialDate> date, Filter filter) {
		List<Predicate> predicates = new ArrayList<>();
		Path<LocalDate> lowerBound = date.get("lowerBound");
		if (Filter.isKnown(filter.from())) {
			predicates.add(cb.greaterThanOrEqualTo(lowerBound, filter.from().lowerBound()));
		}
		if (Filter.isKnown(filter.to())) {
			predicates.add(cb.lessThanOrEqualTo(lowerBound, filter.to().upperBound()));
		}
		return predicates;
	}

	private static Predicate quoteContains(CriteriaBuilder cb, CriteriaQuery<?> query, Root<MeasureEvent> event,
			String pattern) {
		Subquery<Long> quoted = query.subquery(Long.class);
		Root<MeasureEvent> correlated = quoted.correlate(event);
		Join<MeasureEvent, Evidence> evidence = correlated.join("evidence");
		quoted.select(evidence.get("id")).where(cb.like(cb.lower(evidence.get("quote")), pattern, TextSearch.ESCAPE));
		return cb.exists(quoted);
	}

}
