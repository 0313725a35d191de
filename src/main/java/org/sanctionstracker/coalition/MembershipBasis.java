package org.sanctionstracker.coalition;

/**
 * On what footing an actor belongs to a coalition.
 */
public enum MembershipBasis {

	/** A formal member or participant. */
	MEMBER("Member"),
	/** Acts with the coalition without formal membership. */
	ALIGNED("Aligned"),
	/** Named as a member-to-be or a partner to recruit. */
	PROPOSED("Proposed");

	private final String label;

	MembershipBasis(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
