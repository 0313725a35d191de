package org.sanctionstracker.dashboard;

import java.util.List;

/**
 * The measures of one lane, as rows of the timeline.
 *
 * @param laneKey the lane
 * @param measures the rows, by their first date, at most as many as asked for
 * @param total how many measures the lane holds
 */
public record TimelineRows(String laneKey, List<TimelineMeasure> measures, int total) {

}
