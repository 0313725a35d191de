package org.sanctionstracker.actor;

/**
 * How other records name an actor: its id, name and, for states, ISO 3166 alpha-3 code.
 *
 * @param id the actor's id
 * @param name its name
 * @param iso3 its ISO code, or {@code null} for non-states
 */
public record ActorRef(Long id, String name, String iso3) {

	public static ActorRef of(Actor actor) {
		return (actor != null) ? new ActorRef(actor.getId(), actor.getName(), actor.getIso3()) : null;
	}

}
