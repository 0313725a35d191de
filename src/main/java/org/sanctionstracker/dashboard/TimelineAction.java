package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.enforcement.EnforcementKind;

/**
 * An enforcement action, drawn on the timeline as a point on the measure it enforces.
 *
 * @param id the action's id (the chronology opens it as {@code entry=action-<id>})
 * @param kind what was done
 * @param date when, as precisely as known
 * @param actor who acted
 * @param description what the sources say was done
 * @param quote the first passage the action cites, or {@code null}
 */
public record TimelineAction(Long id, EnforcementKind kind, PartialDate date, ActorRef actor, String description,
		String quote) {

}
