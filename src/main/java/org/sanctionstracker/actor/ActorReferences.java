package org.sanctionstracker.actor;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.sanctionstracker.base.ReferenceCheck;
import org.sanctionstracker.base.Referrers;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The actors that cite a source document about to be deleted.
 */
@Component
@Order(10)
class ActorReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	ActorReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		if (record instanceof SourceDocument document) {
			return List.of(Referrers.find(this.entityManager, "actor", "actors", "x.name",
					"from Actor x join x.evidence ev where ev.document = :record", document));
		}
		return List.of();
	}

}
