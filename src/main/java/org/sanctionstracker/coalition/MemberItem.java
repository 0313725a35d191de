package org.sanctionstracker.coalition;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A membership inside a coalition's details.
 *
 * @param id the membership id
 * @param actor the member
 * @param basis member, aligned or proposed
 * @param joined when it joined, at its precision
 * @param left when it left; unknown while it is a member
 * @param dateBasis where the dates come from when the sources do not print them
 * @param note what else the sources say
 * @param evidence the passages that name the membership
 */
public record MemberItem(Long id, ActorRef actor, MembershipBasis basis, PartialDate joined, PartialDate left,
		String dateBasis, String note, List<EvidenceItem> evidence) {

}
