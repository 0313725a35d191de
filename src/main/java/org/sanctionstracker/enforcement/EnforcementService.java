package org.sanctionstracker.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureFilter;
import org.sanctionstracker.measure.MeasurePredicates;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads enforcement actions with the shared filters. The country filter matches the
 * acting actor as "imposer" and the targeted actor as "target"; coalition and measure
 * type match the measure an action enforces.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementService {

	private final EnforcementActionRepository repository;

	EnforcementService(EnforcementActionRepository repository) {
		this.repository = repository;
	}

	/**
	 * Enforcement actions matching the filter and kind.
	 * @param filter the shared filter (its event kind does not apply and must be unset)
	 * @param kind the enforcement kind, or {@code null}
	 * @param pageable page and sort (entity property paths)
	 * @return one page of actions
	 */
	public Page<EnforcementRow> actions(MeasureFilter filter, EnforcementKind kind, Pageable pageable) {
		Page<EnforcementAction> page = this.repository.findAll(spec(filter, kind), pageable);
		List<Long> ids = page.getContent().stream().map(EnforcementAction::getId).toList();
		Map<Long, List<EvidenceItem>> evidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.repository.findEvidenceOf(ids));
		return page.map((action) -> {
			Measure measure = action.getMeasure();
			return new EnforcementRow(action.getId(), ActorRef.of(action.getActor()), ActorRef.of(action.getTarget()),
					action.getTargetDescription(), action.getKind(), action.getDate(), action.getDateBasis(),
					action.getDescription(), (measure != null) ? measure.getId() : null,
					(measure != null) ? measure.getTitle() : null, evidence.getOrDefault(action.getId(), List.of()));
		});
	}

	/**
	 * The filter and kind as a specification on enforcement actions.
	 * @param filter the shared filter
	 * @param kind the enforcement kind, or {@code null}
	 * @return the specification
	 */
	public static Specification<EnforcementAction> spec(MeasureFilter filter, EnforcementKind kind) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.actorId() != null) {
				Join<EnforcementAction, Actor> target = root.join("target", JoinType.LEFT);
				predicates.add(MeasurePredicates.actorInRole(cb, root.get("actor").get("id"), target.get("id"),
						filter.actorId(), filter.effectiveRole()));
			}
			if (filter.coalitionId() != null || filter.type() != null) {
				Join<EnforcementAction, Measure> measure = root.join("measure", JoinType.INNER);
				predicates.addAll(MeasurePredicates.onMeasure(cb, measure, filter.withActor(null, null)));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			predicates.addAll(MeasurePredicates.inPeriod(cb, root.get("date"), filter));
			String pattern = filter.textPattern();
			if (pattern != null) {
				Join<EnforcementAction, Actor> actor = root.join("actor", JoinType.INNER);
				List<Expression<String>> texts = List.of(root.get("description"), root.get("targetDescription"),
						actor.get("name"));
				predicates.add(MeasurePredicates.containsText(cb, pattern, texts));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
