package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.actor.ActorRef;

/**
 * For the world map: per imposer, how many of its measures against a target were in force
 * on any day.
 *
 * @param target the target
 * @param actors the imposers that ever had a matching measure in force (or possibly so)
 * @param first the first day any of them had one
 * @param last the last day the measures' steps speak of
 */
public record InForceByActor(ActorRef target, List<ActorInForce> actors, LocalDate first, LocalDate last) {

	/**
	 * An imposer's counts.
	 * @param actorId the imposer
	 * @return its counts, if it ever had a matching measure in force
	 */
	public Optional<ActorInForce> of(Long actorId) {
		return this.actors.stream().filter((actor) -> actor.actor().id().equals(actorId)).findFirst();
	}

}
