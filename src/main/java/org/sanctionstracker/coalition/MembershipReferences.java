package org.sanctionstracker.coalition;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		if (record instanceof Actor) {
			return List.of(find.find("coalition membership", "coalition memberships", "m.coalition.name",
					"from CoalitionMembership m where m.actor = :record"));
		}
		return List.of();
	}

}
