package org.sanctionstracker.coalition;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;

/**
 * A membership as the coalition's edit view lists it.
 *
 * @param id the membership id
 * @param version its version, for refusing a delete against a changed row
 * @param actor the member
 * @param basis member, aligned or proposed
 * @param joined when it joined
 * @param left when it left
 * @param note what else the sources say
 * @param citations how many passages it cites
 */
public record MembershipRow(Long id, long version, ActorRef actor, MembershipBasis basis, PartialDate joined,
		PartialDate left, String note, int citations) {

}
