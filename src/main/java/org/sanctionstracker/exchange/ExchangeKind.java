package org.sanctionstracker.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record that are exported and imported, with the names they go by in URLs,
 * in JSON files and in the keys of records created in this database.
 */
public enum ExchangeKind {

	DOCUMENTS("documents", "documents", "document", "Source documents", false),
	ACTORS("actors", "actors", "actor", "Actors", true),
	COALITIONS("coalitions", "coalitions", "coalition", "Coalitions", true),
	MEMBERSHIPS("memberships", "members", "member", "Coalition memberships", false),
	MEASURES("measures", "measures", "measure", "Measures", true),
	EVENTS("events", "events", "event", "Lifecycle events", true),
	ENFORCEMENT_ACTIONS("enforcement-actions", "enforcement_actions", "action", "Enforcement actions", true),
	FIGURES("figures", "figures", "figure", "Figures", true),
	DECISIONS("decisions", "decisions", "decision", "Sentence decisions", false);

	private final String path;

	private final String jsonName;

	private final String keyPrefix;

	private final String label;

	private final boolean exportable;

	ExchangeKind(String path, String jsonName, String keyPrefix, String label, boolean exportable) {
		this.path = path;
		this.jsonName = jsonName;
		this.keyPrefix = keyPrefix;
		this.label = label;
		this.exportable = exportable;
	}

	/** The name in export URLs and file names, e.g. {@code enforcement-actions}. */
	public String path() {
		return this.path;
	}

	/**
	 * The property that holds this kind in a JSON file, e.g. {@code enforcement_actions}.
	 */
	public String jsonName() {
		return this.jsonName;
	}

	/** What keys of records created in this database start with, e.g. {@code action}. */
	public String keyPrefix() {
		return this.keyPrefix;
	}

	/** The name users read, e.g. "Enforcement actions". */
	public String label() {
		return this.label;
	}

	/** Whether the kind has its own export ({@code /api/v1/export/<path>.csv}). */
	public boolean exportable() {
		return this.exportable;
	}

	/**
	 * The exportable kind with this URL name.
	 * @param path e.g. {@code events}
	 * @return the kind, if there is one
	 */
	public static Optional<ExchangeKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.exportable && kind.path.equals(path)).findFirst();
	}

}
