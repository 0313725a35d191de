package org.sanctionstracker.enforcement;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceItem;

/**
 * An enforcement action as lists and the API show it.
 *
 * @param id the id
 * @param actor who took it
 * @param target the actor targeted, if it is one
 * @param targetDescription the person, vessel or company targeted
 * @param kind what it was
 * @param date when, at its precision
 * @param dateBasis where the date comes from when the source does not print it
 * @param description what happened
 * @param measureId the measure it enforces, if any
 * @param measureTitle that measure's title
 * @param evidence the passages that name it
 */
public record EnforcementRow(Long id, ActorRef actor, ActorRef target, String targetDescription, EnforcementKind kind,
		PartialDate date, String dateBasis, String description, Long measureId, String measureTitle,
		List<EvidenceItem> evidence) {

}
