package org.sanctionstracker.source;

/**
 * A record that cites a passage, and the page that shows it to readers.
 *
 * @param evidenceId the passage cited
 * @param kind what kind of record it is
 * @param label the record, in a few words
 * @param view the view that shows it
 * @param viewId the id that view is opened with (for a measure, its first lifecycle
 * event; for a membership, its coalition)
 */
public record CitingRecord(Long evidenceId, Kind kind, String label, View view, Long viewId) {

	/** The kinds of records that cite passages. */
	public enum Kind {

		ACTOR("Actor"), COALITION("Coalition"), MEMBERSHIP("Membership"), MEASURE("Measure"), EVENT("Lifecycle event"),
		ENFORCEMENT_ACTION("Enforcement action"), FIGURE("Figure");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** The views readers open records in. */
	public enum View {

		/** An actor's profile, by actor id. */
		COUNTRY,
		/** A coalition's page, by coalition id. */
		COALITION,
		/** The chronology with a lifecycle event selected, by event id. */
		CHRONOLOGY_EVENT,
		/** The chronology with an enforcement action selected, by action id. */
		CHRONOLOGY_ACTION,
		/**
		 * A figure's edit page, by figure id: only for a figure that concerns neither an
		 * actor nor a measure, which no reader page shows.
		 */
		FIGURE

	}

}
