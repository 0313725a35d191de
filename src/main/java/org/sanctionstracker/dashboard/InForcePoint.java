package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;

/**
 * How many of one imposer's measures were in force at the end of one period.
 *
 * @param period the period's index on the axis ({@link PeriodAxis}); counted on its last
 * day
 * @param imposer the imposer
 * @param inForce measures certainly in force that day
 * @param uncertain measures whose status that day depends on a step dated only to a year
 * that contains the day ({@code MeasureStatus.UNCERTAIN}); not included in
 * {@code inForce}
 */
public record InForcePoint(int period, ActorRef imposer, long inForce, long uncertain) {

}
