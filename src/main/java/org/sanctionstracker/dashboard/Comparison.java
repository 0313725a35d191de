package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.MeasureType;

/**
 * Some actors side by side: which measure types each had in force against a target on a
 * day, who took each type first, and what one has that another does not.
 *
 * @param target the target
 * @param day the day
 * @param actors the actors compared, in the order asked for
 * @param cells one per actor and type it has measures of (begun by the day)
 */
public record Comparison(ActorRef target, LocalDate day, List<ActorRef> actors, List<ComparisonCell> cells) {

	/**
	 * An actor's cell for a type.
	 * @param actor the actor
	 * @param type the type
	 * @return the cell, if the actor has measures of the type
	 */
	public Optional<ComparisonCell> cell(ActorRef actor, MeasureType type) {
		return this.cells.stream()
			.filter((cell) -> cell.actor().id().equals(actor.id()) && cell.type() == type)
			.findFirst();
	}

	/**
	 * The types any of the actors has measures of, in the vocabulary's order.
	 * @return the types
	 */
	public List<MeasureType> types() {
		return this.cells.stream().map(ComparisonCell::type).distinct().sorted().toList();
	}

	/**
	 * Who took a type first and who followed.
	 * @param type the type
	 * @return the cells of the actors that took it by the day, earliest first
	 */
	public List<ComparisonCell> movers(MeasureType type) {
		return this.cells.stream()
			.filter((cell) -> cell.type() == type && cell.firstTaken() != null)
			.sorted(Comparator.comparing((ComparisonCell cell) -> cell.firstTaken().lowerBound())
				.thenComparing((cell) -> cell.actor().name()))
			.toList();
	}

	/**
	 * What one actor has that another does not: the types the first had in force (or
	 * possibly so) on the day and the second had not.
	 * @param has the actor that has them
	 * @param lacks the actor that lacks them
	 * @return the first actor's cells for those types
	 */
	public List<ComparisonCell> gaps(ActorRef has, ActorRef lacks) {
		return this.cells.stream()
			.filter((cell) -> cell.actor().id().equals(has.id()) && cell.has())
			.filter((cell) -> cell(lacks, cell.type()).map((other) -> !other.has()).orElse(true))
			.toList();
	}

}
