package org.sanctionstracker.actor;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		if (record instanceof SourceDocument) {
			return List.of(find.find("actor", "actors", "x.name",
					"from Actor x join x.evidence ev where ev.document = :record"));
		}
		return List.of();
	}

}
