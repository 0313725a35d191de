package org.sanctionstracker.enforcement;

/**
 * What an enforcement action was.
 */
public enum EnforcementKind {

	ARREST("Arrest"), INSPECTION("Inspection"), INTERDICTION("Interdiction"), SEIZURE("Seizure"),
	/** Helping others to enforce: equipment, training, funding. */
	CAPACITY_BUILDING("Capacity building"),
	/** Asking another party to impose or enforce sanctions. */
	DIPLOMATIC_REQUEST("Diplomatic request"),
	/** A report on how sanctions are implemented. */
	MONITORING_REPORT("Monitoring report"),
	/** A party refusing or failing to enforce sanctions it is bound by. */
	NON_COMPLIANCE("Non-compliance");

	private final String label;

	EnforcementKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
