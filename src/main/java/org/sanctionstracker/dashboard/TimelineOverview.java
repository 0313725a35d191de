package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeline's lanes for a filter, each summed up as a density strip.
 *
 * @param grouping how the measures are grouped
 * @param axis the density strips' periods
 * @param first the first day the axis shows
 * @param last the last day the axis shows
 * @param measures how many measures the lanes hold
 * @param lanes the lanes, largest first (by imposer: the busiest, then
 * {@link TimelineLane#OTHERS})
 * @param undated measures left out because none of their steps is dated
 */
public record TimelineOverview(TimelineGrouping grouping, PeriodAxis axis, LocalDate first, LocalDate last,
		int measures, List<TimelineLane> lanes, int undated) {

	/**
	 * A lane by its key.
	 * @param key the key
	 * @return the lane, or {@code null}
	 */
	public TimelineLane lane(String key) {
		return this.lanes.stream().filter((lane) -> lane.key().equals(key)).findFirst().orElse(null);
	}

}
