package org.sanctionstracker.source;

import java.util.List;

/**
 * An entity that cites passages ({@link Provenance}): its citations decide which
 * sentences of a document are cited ({@link CoverageListener}).
 */
public interface CitesEvidence {

	/**
	 * The passages it cites, as a list the entity owns.
	 * @return the evidence
	 */
	List<Evidence> getEvidence();

}
