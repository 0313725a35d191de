package org.sanctionstracker.dashboard.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.chart.ChartPalette;

/**
 * One colour per actor, the same in every chart, in both themes and for ever: an actor is
 * drawn in the colour slot it was given when it was created ({@code actor/ColourSlots}),
 * so adding or filtering data never re-colours it. Actors are also ranked by how much
 * they did (measures imposed plus enforcement actions,
 * {@code DashboardService.actorsByActivity}) to decide the order series are listed in and
 * which a crowded chart shows apart.
 */
final class ActorColours {

	private final Map<Long, Integer> rankById = new HashMap<>();

	private final Map<Long, Integer> slotById;

	/**
	 * The colours.
	 * @param byActivity the actors, most active first
	 * @param slots each actor's colour slot, by id
	 */
	ActorColours(List<ActorRef> byActivity, Map<Long, Integer> slots) {
		for (int rank = 0; rank < byActivity.size(); rank++) {
			this.rankById.put(byActivity.get(rank).id(), rank);
		}
		this.slotById = Map.copyOf(slots);
	}

	/**
	 * The actor's colour.
	 * @param actor the actor
	 * @return a CSS colour for both themes; grey for an actor without a slot
	 */
	String of(ActorRef actor) {
		Integer slot = this.slotById.get(actor.id());
		return (slot != null) ? ChartPalette.slot(slot) : ChartPalette.OTHER;
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
