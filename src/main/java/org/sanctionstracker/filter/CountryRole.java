package org.sanctionstracker.filter;

/**
 * In which role a country filter matches an actor.
 */
public enum CountryRole {

	/** The actor imposed the measure (or took the enforcement action). */
	IMPOSER,
	/** The actor is the measure's (or the action's) target. */
	TARGET,
	/** Either. */
	ANY

}
