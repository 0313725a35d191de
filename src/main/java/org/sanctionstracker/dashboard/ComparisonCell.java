package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

/**
 * One actor and one measure type in the comparison.
 *
 * @param actor the actor
 * @param type the measure type
 * @param status in force (at least one of its measures of the type is), uncertain (at
 * least one possibly is), or not in force (it has some, none in force) on the day
 * @param inForce its measures of the type in force on the day
 * @param uncertain its measures of the type possibly in force on the day
 * @param measures its measures of the type begun by the day
 * @param firstTaken when it first imposed a measure of the type, as precisely as known;
 * {@code null} if not by the day
 * @param firstMeasureId that measure
 * @param firstMeasureTitle that measure's title
 */
public record ComparisonCell(ActorRef actor, MeasureType type, MeasureStatus status, int inForce, int uncertain,
		int measures, PartialDate firstTaken, Long firstMeasureId, String firstMeasureTitle) {

	/**
	 * Whether the actor had a measure of the type in force on the day, or possibly so.
	 * @return {@code true} when in force or uncertain
	 */
	public boolean has() {
		return this.status != MeasureStatus.NOT_IN_FORCE;
	}

}
