package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.MeasureType;

/**
 * How many measures of one type one actor imposed.
 *
 * @param imposer the imposer
 * @param type the measure type
 * @param count how many measures
 */
public record TypeCount(ActorRef imposer, MeasureType type, long count) {

}
