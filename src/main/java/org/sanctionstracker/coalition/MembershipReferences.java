package org.sanctionstracker.coalition;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.sanctionstracker.base.ReferenceCheck;
import org.sanctionstracker.base.Referrers;
import org.sanctionstracker.actor.Actor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The coalition memberships of an actor about to be deleted. Named after the measures
 * naming the actor ({@code @Order} in {@link ReferenceCheck}).
 */
@Component
@Order(35)
class MembershipReferences implements ReferenceCheck {

	private final EntityManager entityManager;

	MembershipReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Referrers> referrersOf(Object record) {
		if (record instanceof Actor actor) {
			return List.of(Referrers.find(this.entityManager, "coalition membership", "coalition memberships",
					"m.coalition.name", "from CoalitionMembership m where m.actor = :record", actor));
		}
		return List.of();
	}

}
