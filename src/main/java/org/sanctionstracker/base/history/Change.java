package org.sanctionstracker.base.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record (or to one of its parts, such as a lifecycle event), as the
 * history panel shows it.
 *
 * @param revision the revision number, increasing over time
 * @param at when the change was saved
 * @param user who saved it
 * @param record what changed, e.g. "Measure" or "Event: Imposed, Oct 2006"
 * @param kind created, changed or deleted
 * @param fields the fields that changed, old → new
 */
public record Change(long revision, Instant at, String user, String record, Kind kind, List<FieldChange> fields) {

	/** What the change did to the record. */
	public enum Kind {

		CREATED("Created"), CHANGED("Changed"), DELETED("Deleted");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
