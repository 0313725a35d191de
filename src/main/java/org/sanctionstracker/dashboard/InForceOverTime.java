package org.sanctionstracker.dashboard;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;

/**
 * Measures in force per imposer at the end of each period, derived from their lifecycle
 * events.
 *
 * @param axis the periods charted, or {@code null} when no matching measure has a dated
 * step that puts it in or out of force
 * @param imposers the imposers with a measure in force (or uncertain) in some period on
 * the axis, most measures first
 * @param points one per period and imposer, periods oldest first
 */
public record InForceOverTime(PeriodAxis axis, List<ActorRef> imposers, List<InForcePoint> points) {

}
