package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.measure.MeasureType;

/**
 * One row of the timeline: a measure's bar from its first imposing step to its lifting
 * (open while it lasts), the steps that change nothing as markers, and the enforcement
 * actions taken under it.
 *
 * @param id the measure's id
 * @param title its title
 * @param imposer who imposed it
 * @param target against whom
 * @param type its type
 * @param coalition the coalition it was taken within, or {@code null}
 * @param segments the bar's parts, in time order (periods after a lifting are left out)
 * @param markers considered, threatened, announced, adopted, promised … steps, in time
 * order
 * @param actions enforcement actions under the measure, in time order
 */
public record TimelineMeasure(Long id, String title, ActorRef imposer, ActorRef target, MeasureType type,
		CoalitionRef coalition, List<TimelineSegment> segments, List<TimelineStep> markers,
		List<TimelineAction> actions) {

	/**
	 * Where the row begins: its first bar or, without one, its first marker.
	 * @return the day, or {@code null} when nothing is dated
	 */
	public LocalDate start() {
		LocalDate bar = this.segments.isEmpty() ? null : this.segments.get(0).period().from();
		LocalDate marker = this.markers.stream()
			.map((step) -> step.date().lowerBound())
			.filter((day) -> day != null)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (bar == null || marker == null) {
			return (bar != null) ? bar : marker;
		}
		return bar.isBefore(marker) ? bar : marker;
	}

}
