package org.sanctionstracker.measure;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		return switch (record) {
			case Actor actor ->
				List.of(measures(find, "from Measure m where m.imposer = :record or m.target = :record"));
			case Coalition coalition -> List.of(measures(find, "from Measure m where m.coalition = :record"));
			case SourceDocument document ->
				List.of(measures(find, "from Measure m join m.evidence ev where ev.document = :record"),
						find.find("lifecycle event", "lifecycle events", "x.measure.title",
								"from MeasureEvent x join x.evidence ev where ev.document = :record"));
			default -> List.of();
		};
	}

	private static Referrers measures(Referrers.Finder find, String from) {
		return find.find("measure", "measures", "m.title", from);
	}

}
