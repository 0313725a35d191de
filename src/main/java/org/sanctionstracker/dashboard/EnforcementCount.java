package org.sanctionstracker.dashboard;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.enforcement.EnforcementKind;

/**
 * How many enforcement actions of one kind one actor took.
 *
 * @param actor the acting actor
 * @param kind the kind of action
 * @param count how many
 */
public record EnforcementCount(ActorRef actor, EnforcementKind kind, long count) {

}
