package org.sanctionstracker.dashboard;

import java.util.List;
import java.util.Map;

import org.sanctionstracker.actor.ActorRef;

/**
 * Lifecycle events over time as the chart draws them: the most active imposers apart
 * ({@link ChartSeries}), the others summed per period. The table beside the chart lists
 * every imposer from {@link DashboardService#eventsOverTime}, read when it is opened.
 *
 * @param axis the periods charted, or {@code null} when no dated event matches
 * @param shown the imposers shown apart, in the order the chart lists them
 * @param counts the events of the imposers shown apart, one per period, imposer and kind
 * @param others the other imposers, in order; empty when every imposer is shown apart
 * @param othersByPeriod the other imposers' events per period (periods without any left
 * out)
 * @param undated matching events whose date is unknown (not charted)
 * @param yearOnly matching events dated only to a year, not charted on a monthly axis
 */
public record EventsChart(PeriodAxis axis, List<ActorRef> shown, List<EventCount> counts, List<ActorRef> others,
		Map<Integer, Long> othersByPeriod, long undated, long yearOnly) {

	/**
	 * All events charted, of the imposers shown apart and the others.
	 * @return the sum
	 */
	public long total() {
		return this.counts.stream().mapToLong(EventCount::count).sum()
				+ this.othersByPeriod.values().stream().mapToLong(Long::longValue).sum();
	}

}
