package org.sanctionstracker.base;

import java.util.List;

/**
 * Records already in the database whose names are one name once names are compared
 * ignoring case and spacing ({@link NameKey}): migration 14 stops on them before it
 * changes anything, naming them, and the start-up failure analyzer shows that to the
 * operator.
 */
public class DuplicateNamesException extends IllegalStateException {

	/**
	 * The refusal.
	 * @param clashes each group of records sharing a name, e.g.
	 * {@code actors: "Japan" (id 3), "japan" (id 57)}
	 */
	public DuplicateNamesException(List<String> clashes) {
		super("Names must now be unique ignoring case and spacing, but these records share a name that way: "
				+ String.join("; ", clashes) + ". Rename or merge one record of each group (for example with"
				+ " an SQL client on the database), then start the application again; nothing was changed.");
	}

}
