package org.sanctionstracker.dashboard.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.chart.ChartPalette;

/**
 * One colour per actor, the same in every chart: actors are ranked by how much they did
 * (measures imposed plus enforcement actions, {@code DashboardService.actorsByActivity})
 * and the ranked palette is handed out in that order, so the most active actors get the
 * most distinct colours and keep them whatever a filter leaves on a chart.
 */
final class ActorColours {

	private final Map<Long, Integer> rankById = new HashMap<>();

	ActorColours(List<ActorRef> byActivity) {
		for (int rank = 0; rank < byActivity.size(); rank++) {
			this.rankById.put(byActivity.get(rank).id(), rank);
		}
	}

	/**
	 * The actor's colour.
	 * @param actor the actor
	 * @return a CSS hex colour
	 */
	String of(ActorRef actor) {
		return ChartPalette.ranked(rank(actor));
	}

	/**
	 * The actor's rank: the order series are listed in.
	 * @param actor the actor
	 * @return from 0; actors the ranking does not know come last
	 */
	int rank(ActorRef actor) {
		return this.rankById.getOrDefault(actor.id(), Integer.MAX_VALUE);
	}

}
