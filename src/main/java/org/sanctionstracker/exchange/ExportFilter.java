package org.sanctionstracker.exchange;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.filter.Filter;

/**
 * What an export is limited to: the filters of the matching list endpoint.
 *
 * @param filter the shared filter (country, role, coalition, type, event or enforcement
 * kind, period, text); for actors only the text applies, for coalitions the country (as
 * member) and the text
 * @param actorKind for actors, the kind
 * @param coalitionKind for coalitions, the kind
 */
public record ExportFilter(Filter filter, ActorKind actorKind, CoalitionKind coalitionKind) {

	public static ExportFilter of(Filter filter) {
		return new ExportFilter(filter, null, null);
	}

	public static ExportFilter none() {
		return of(Filter.none());
	}

	public ExportFilter withActorKind(ActorKind kind) {
		return new ExportFilter(this.filter, kind, this.coalitionKind);
	}

	public ExportFilter withCoalitionKind(CoalitionKind kind) {
		return new ExportFilter(this.filter, this.actorKind, kind);
	}

}
