package org.sanctionstracker.exchange;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.Filter;

/**
 * What an export is limited to: the filters of the matching list endpoint.
 *
 * @param filter the shared filter (country, role, coalition, type, event kind, period,
 * text); for actors only the text applies, for coalitions the country (as member) and the
 * text
 * @param enforcementKind for enforcement actions, the kind
 * @param actorKind for actors, the kind
 * @param coalitionKind for coalitions, the kind
 */
public record ExportFilter(Filter filter, EnforcementKind enforcementKind, ActorKind actorKind,
		CoalitionKind coalitionKind) {

	public static ExportFilter of(Filter filter) {
		return new ExportFilter(filter, null, null, null);
	}

	public static ExportFilter none() {
		return of(Filter.none());
	}

	public ExportFilter withEnforcementKind(EnforcementKind kind) {
		return new ExportFilter(this.filter, kind, this.actorKind, this.coalitionKind);
	}

	public ExportFilter withActorKind(ActorKind kind) {
		return new ExportFilter(this.filter, this.enforcementKind, kind, this.coalitionKind);
	}

	public ExportFilter withCoalitionKind(CoalitionKind kind) {
		return new ExportFilter(this.filter, this.enforcementKind, this.actorKind, kind);
	}

}
