package org.sanctionstracker.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.sanctionstracker.actor.ActorRef;

/**
 * Which actors a crowded chart shows apart: the most active ones (measures imposed plus
 * enforcement actions, {@link DashboardService#actorsByActivity}), at most
 * {@value #MAX_SHOWN}, the others summed as one series. Past that a legend stops being
 * readable and colours repeat (the palette has fifteen). The one rule for every chart,
 * whether it splits its actors itself or the service sums the others for it
 * ({@link DashboardService#eventsChart}).
 */
public final class ChartSeries {

	/** The most series a chart shows apart. */
	public static final int MAX_SHOWN = 12;

	private ChartSeries() {
	}

	/**
	 * The actors in the order a chart lists them: most active first, ties by name.
	 * @param actors the actors on the chart, each once or more
	 * @param rank each actor's place in the ranking by activity (unknown actors last)
	 * @return each actor once, in order
	 */
	public static List<ActorRef> ordered(List<ActorRef> actors, ToIntFunction<ActorRef> rank) {
		Map<Long, ActorRef> distinct = new LinkedHashMap<>();
		actors.forEach((actor) -> distinct.putIfAbsent(actor.id(), actor));
		return distinct.values().stream().sorted(Comparator.comparingInt(rank).thenComparing(ActorRef::name)).toList();
	}

	/**
	 * How many of a chart's actors it shows apart: all of them up to one more than
	 * {@value #MAX_SHOWN} (a series "Other (1)" would hide a name for nothing), else
	 * {@value #MAX_SHOWN}.
	 * @param actors how many actors the chart has
	 * @return how many of the first it shows apart
	 */
	public static int shown(int actors) {
		return (actors <= MAX_SHOWN + 1) ? actors : MAX_SHOWN;
	}

}
