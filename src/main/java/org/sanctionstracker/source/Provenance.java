package org.sanctionstracker.source;

import java.util.Collection;

/**
 * The product's promise, in one place: a record that states something the sources say
 * cites at least one passage of a stored document or a web address. It holds for
 * coalitions, their memberships, measures, their lifecycle events, enforcement actions
 * and figures, through every path that writes them (the forms' services, the importer and
 * the seed load through it). Actors (the parties these records name) and documents (the
 * evidence itself) need no citation. See {@code docs/decisions/0011}.
 */
public final class Provenance {

	/** How a record without a citation is refused. */
	public static final String MISSING = "Cite at least one passage of a stored document or a web address";

	private Provenance() {
	}

	/**
	 * Why a record citing these is refused, or {@code null} when it is not.
	 * @param citations what it cites (drafts, import citations or evidence rows)
	 * @return {@link #MISSING}, or {@code null}
	 */
	public static String problem(Collection<?> citations) {
		return (citations == null || citations.isEmpty()) ? MISSING : null;
	}

}
