package org.sanctionstracker.enforcement;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		return switch (record) {
			case Actor actor ->
				List.of(actions(find, "from EnforcementAction a where a.actor = :record or a.target = :record"));
			case Measure measure -> List.of(actions(find, "from EnforcementAction a where a.measure = :record"));
			case SourceDocument document ->
				List.of(actions(find, "from EnforcementAction a join a.evidence ev where ev.document = :record"));
			default -> List.of();
		};
	}

	private static Referrers actions(Referrers.Finder find, String from) {
		return find.find("enforcement action", "enforcement actions", "a.description", from);
	}

}
