package org.sanctionstracker.dashboard;

/**
 * A part of a measure's bar on the timeline: a period of one status and the step that
 * began it.
 *
 * @param period the period
 * @param step the step that began it
 */
public record TimelineSegment(StatusPeriod period, TimelineStep step) {

}
