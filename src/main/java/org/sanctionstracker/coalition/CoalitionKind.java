package org.sanctionstracker.coalition;

/**
 * What kind of grouping a coalition is.
 */
public enum CoalitionKind {

	ALLIANCE("Alliance"), UN_REGIME("UN sanctions regime"), INITIATIVE("Initiative"),
	TALKS_FRAMEWORK("Talks framework"), INTERGOVERNMENTAL_BODY("Intergovernmental body"),
	AD_HOC_COALITION("Ad hoc coalition");

	private final String label;

	CoalitionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
