package org.sanctionstracker.measure;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A lifecycle step with its measure, as the chronology and the API list it.
 *
 * @param id the event id
 * @param measureId the measure
 * @param measureTitle its title
 * @param type its type
 * @param imposer who imposed it
 * @param target on whom
 * @param coalition the coalition it was taken within, if any
 * @param kind what happened
 * @param date when, at its precision
 * @param dateBasis where the date comes from when the source does not print it
 * @param note what the step consisted of
 * @param evidence the passages that name the step
 */
public record EventRow(Long id, Long measureId, String measureTitle, MeasureType type, ActorRef imposer,
		ActorRef target, CoalitionRef coalition, EventKind kind, PartialDate date, String dateBasis, String note,
		List<EvidenceItem> evidence) {

}
