package org.sanctionstracker.coalition;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		if (record instanceof SourceDocument) {
			String cited = " join x.evidence ev where ev.document = :record";
			return List.of(find.find("coalition", "coalitions", "x.name", "from Coalition x" + cited),
					find.find("membership", "memberships", "concat(x.actor.name, ' in ', x.coalition.name)",
							"from CoalitionMembership x" + cited));
		}
		return List.of();
	}

}
