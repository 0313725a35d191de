package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.MembershipBasis;

/**
 * A coalition member on the day an alignment is shown.
 *
 * @param actor the member
 * @param basis member, aligned or proposed
 * @param joined when it joined
 * @param left when it left (unknown while it is a member)
 */
public record AlignmentMember(ActorRef actor, MembershipBasis basis, PartialDate joined, PartialDate left) {

}
