package org.sanctionstracker.figure;

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
 * The figures about an actor or a measure about to be deleted, or citing a source
 * document about to be deleted.
 */
@Component
@Order(50)
class FigureReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	FigureReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		return switch (record) {
			case Actor actor -> List.of(figures("from Figure f where f.actor = :record", actor));
			case Measure measure -> List.of(figures("from Figure f where f.measure = :record", measure));
			case SourceDocument document ->
				List.of(figures("from Figure f join f.evidence ev where ev.document = :record", document));
			default -> List.of();
		};
	}

	private Referrers figures(String from, Object record) {
		return Referrers.find(this.entityManager, "figure", "figures", "f.label", from, record);
	}

}
