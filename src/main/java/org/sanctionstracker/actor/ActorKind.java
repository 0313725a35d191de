package org.sanctionstracker.actor;

/**
 * What kind of party an actor is.
 */
public enum ActorKind {

	STATE, INTERNATIONAL_ORGANIZATION,
	/** An informal set of states, e.g. "member states in Africa". */
	GROUPING, COMPANY

}
