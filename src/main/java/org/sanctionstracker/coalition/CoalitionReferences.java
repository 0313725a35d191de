package org.sanctionstracker.coalition;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.sanctionstracker.base.ReferenceCheck;
import org.sanctionstracker.base.Referrers;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The coalitions and memberships that cite a source document about to be deleted. (The
 * memberships of an actor about to be deleted: {@link MembershipReferences}.)
 */
@Component
@Order(20)
class CoalitionReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	CoalitionReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		if (record instanceof SourceDocument document) {
			String cited = " join x.evidence ev where ev.document = :record";
			return List.of(
					Referrers.find(this.entityManager, "coalition", "coalitions", "x.name", "from Coalition x" + cited,
							document),
					Referrers.find(this.entityManager, "membership", "memberships",
							"concat(x.actor.name, ' in ', x.coalition.name)", "from CoalitionMembership x" + cited,
							document));
		}
		return List.of();
	}

}
