package org.sanctionstracker.actor;

import java.util.List;

/**
 * An actor as lists and the API show it.
 *
 * @param id the id
 * @param name the name
 * @param kind state, organisation, grouping or company
 * @param iso3 ISO 3166 alpha-3 code for states
 * @param aliases other names the sources use, sorted
 * @param description what it is
 */
public record ActorSummary(Long id, String name, ActorKind kind, String iso3, List<String> aliases,
		String description) {

	public static ActorSummary of(Actor actor) {
		return new ActorSummary(actor.getId(), actor.getName(), actor.getKind(), actor.getIso3(),
				actor.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), actor.getDescription());
	}

}
