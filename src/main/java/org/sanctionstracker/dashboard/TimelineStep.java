package org.sanctionstracker.dashboard;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.EventKind;

/**
 * A lifecycle step as the timeline shows it on hover.
 *
 * @param eventId the event's id (the chronology opens it as {@code entry=event-<id>})
 * @param kind what happened
 * @param date when, as precisely as known
 * @param note the event's note, or {@code null}
 * @param quote the first passage the event cites, or {@code null}
 */
public record TimelineStep(Long eventId, EventKind kind, PartialDate date, String note, String quote) {

}
