package org.sanctionstracker.coalition;

/**
 * On what footing an actor belongs to a coalition.
 */
public enum MembershipBasis {

	/** A formal member or participant. */
	MEMBER,
	/** Acts with the coalition without formal membership. */
	ALIGNED,
	/** Named as a member-to-be or a partner to recruit. */
	PROPOSED

}
