package org.sanctionstracker.figure;

import java.util.List;

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

	@Override
	public List<Referrers> referrersOf(Object record, Referrers.Finder find) {
		return switch (record) {
			case Actor actor -> List.of(figures(find, "from Figure f where f.actor = :record"));
			case Measure measure -> List.of(figures(find, "from Figure f where f.measure = :record"));
			case SourceDocument document ->
				List.of(figures(find, "from Figure f join f.evidence ev where ev.document = :record"));
			default -> List.of();
		};
	}

	private static Referrers figures(Referrers.Finder find, String from) {
		return find.find("figure", "figures", "f.label", from);
	}

}
