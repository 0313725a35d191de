package org.sanctionstracker.measure;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.sanctionstracker.base.ReferenceCheck;
import org.sanctionstracker.base.Referrers;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The measures that name an actor (imposer or target) or a coalition about to be deleted,
 * and the measures and lifecycle events that cite a source document about to be deleted.
 */
@Component
@Order(30)
class MeasureReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	MeasureReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		return switch (record) {
			case Actor actor ->
				List.of(measures("from Measure m where m.imposer = :record or m.target = :record", actor));
			case Coalition coalition -> List.of(measures("from Measure m where m.coalition = :record", coalition));
			case SourceDocument document ->
				List.of(measures("from Measure m join m.evidence ev where ev.document = :record", document),
						Referrers.find(this.entityManager, "lifecycle event", "lifecycle events", "x.measure.title",
								"from MeasureEvent x join x.evidence ev where ev.document = :record", document));
			default -> List.of();
		};
	}

	private Referrers measures(String from, Object record) {
		return Referrers.find(this.entityManager, "measure", "measures", "m.title", from, record);
	}

}
