package org.sanctionstracker.coalition;

/**
 * How other records name a coalition.
 *
 * @param id its id
 * @param name its name
 */
public record CoalitionRef(Long id, String name) {

	public static CoalitionRef of(Coalition coalition) {
		return (coalition != null) ? new CoalitionRef(coalition.getId(), coalition.getName()) : null;
	}

}
