package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.EventKind;

/**
 * How many lifecycle events of one kind one imposer's measures had in one period.
 *
 * @param period the period's index on the axis ({@link PeriodAxis})
 * @param imposer who imposed the measures
 * @param kind what happened
 * @param count how many events
 */
public record EventCount(int period, ActorRef imposer, EventKind kind, long count) {

}
