package org.sanctionstracker.actor;

/**
 * What kind of party an actor is.
 */
public enum ActorKind {

	STATE("State"), INTERNATIONAL_ORGANIZATION("International organisation"),
	/** An informal set of states, e.g. "member states in Africa". */
	GROUPING("Grouping"), COMPANY("Company");

	private final String label;

	ActorKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
