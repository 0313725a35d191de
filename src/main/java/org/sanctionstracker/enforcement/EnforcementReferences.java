package org.sanctionstracker.enforcement;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.sanctionstracker.base.ReferenceCheck;
import org.sanctionstracker.base.Referrers;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The enforcement actions that name an actor (acting or targeted) or a measure about to
 * be deleted, or cite a source document about to be deleted.
 */
@Component
@Order(40)
class EnforcementReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	EnforcementReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		return switch (record) {
			case Actor actor ->
				List.of(actions("from EnforcementAction a where a.actor = :record or a.target = :record", actor));
			case Measure measure -> List.of(actions("from EnforcementAction a where a.measure = :record", measure));
			case SourceDocument document ->
				List.of(actions("from EnforcementAction a join a.evidence ev where ev.document = :record", document));
			default -> List.of();
		};
	}

	private Referrers actions(String from, Object record) {
		return Referrers.find(this.entityManager, "enforcement action", "enforcement actions", "a.description", from,
				record);
	}

}
