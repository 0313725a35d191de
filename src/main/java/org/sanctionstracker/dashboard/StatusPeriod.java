package org.sanctionstracker.dashboard;

import java.time.LocalDate;

import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureStatus;

/**
 * A stretch of a measure's life in which {@code Lifecycle.statusOn} gives one answer, as
 * {@link StatusPeriods} derives it from the measure's steps.
 *
 * @param from the first day
 * @param until the day after the last, or {@code null} while the period lasts
 * @param status in force, not in force or uncertain on every day of the period
 * @param phase the kind of the latest status-changing step that may have happened by then
 * (imposed, expanded, relaxed, suspended, reimposed, lifted)
 * @param certainPhase the kind of the latest such step that certainly happened by then,
 * or {@code null} when none did; it differs from {@code phase} while a step dated only to
 * a month or a year may or may not have happened
 * @param rough whether a status-changing step dated only to a month or a year spans the
 * period (its day is not known)
 * @param step the position, in the steps given to {@link StatusPeriods#of}, of the step
 * that began the period
 */
public record StatusPeriod(LocalDate from, LocalDate until, MeasureStatus status, EventKind phase,
		EventKind certainPhase, boolean rough, int step) {

	/**
	 * Whether the period contains a day.
	 * @param day the day
	 * @return {@code true} from {@code from} up to the day before {@code until}
	 */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || day.isBefore(this.until));
	}

	/**
	 * Whether the measure had been imposed and not lifted in this period: in force,
	 * suspended, or possibly so. The timeline draws these periods as the measure's bar.
	 * @return {@code false} after a certain lifting (and before the first imposition)
	 */
	public boolean onBar() {
		return this.status != MeasureStatus.NOT_IN_FORCE || this.phase == EventKind.SUSPENDED;
	}

}
