package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.MeasureType;

/**
 * One member's measures of one type on the alignment day.
 *
 * @param member the member
 * @param type the measure type
 * @param inForce how many of its measures of that type were in force
 * @param uncertain how many may or may not have been (a deciding step is dated only to a
 * month or year containing the day)
 */
public record AlignmentCell(ActorRef member, MeasureType type, long inForce, long uncertain) {

}
