package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureStatus;

/**
 * A measure's life cut into {@link StatusPeriod periods}, each with one answer of
 * {@link Lifecycle#statusOn}: the one place where the timeline, the map and the
 * comparison learn when a measure was in force. The answer can change only on the first
 * or the last day a status-changing step can mean (a step dated to a month may have
 * happened from the month's first day and certainly has by its last), so the rule is
 * asked on exactly those days, and each answer holds until the next of them.
 *
 * <p>
 * Steps that do not change the status (considered, announced, promised …) and steps of
 * unknown date are ignored here, as by {@link Lifecycle#statusOn}.
 */
public final class StatusPeriods {

	private StatusPeriods() {
	}

	/**
	 * The periods of a measure's life, from its first status-changing step on; the last
	 * one lasts ({@code until} is {@code null}). Neighbouring days with the same status,
	 * phase, roughness and starting step make one period.
	 * @param steps the measure's steps, in any order
	 * @return the periods in time order; none when no status-changing step is dated
	 */
	public static List<StatusPeriod> of(List<Lifecycle.Step> steps) {
		List<Integer> changing = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Lifecycle.Step step = steps.get(i);
			if (step.kind().effect() != EventKind.Effect.NONE && step.date().precision() != DatePrecision.UNKNOWN) {
				changing.add(i);
			}
		}
		// time order, steps of one first day in lifecycle order, as Lifecycle orders them
		changing.sort(Comparator.comparing((Integer i) -> steps.get(i).date().lowerBound())
			.thenComparing((Integer i) -> steps.get(i).kind()));
		List<StatusPeriod> periods = new ArrayList<>();
		for (LocalDate day : Lifecycle.changeDays(steps)) {
			MeasureStatus status = Lifecycle.statusOn(steps, day);
			int latest = -1;
			int latestCertain = -1;
			boolean rough = false;
			for (int i : changing) {
				Lifecycle.Step step = steps.get(i);
				if (step.date().lowerBound().isAfter(day)) {
					break;
				}
				latest = i;
				if (step.date().upperBound().isAfter(day)) {
					rough = true;
				}
				else {
					latestCertain = i;
				}
			}
			StatusPeriod period = new StatusPeriod(day, null, status, steps.get(latest).kind(),
					(latestCertain >= 0) ? steps.get(latestCertain).kind() : null, rough, latest);
			if (!periods.isEmpty()) {
				StatusPeriod previous = periods.get(periods.size() - 1);
				if (previous.status() == period.status() && previous.phase() == period.phase()
						&& previous.certainPhase() == period.certainPhase() && previous.rough() == period.rough()
						&& previous.step() == period.step()) {
					continue;
				}
				periods.set(periods.size() - 1, new StatusPeriod(previous.from(), day, previous.status(),
						previous.phase(), previous.certainPhase(), previous.rough(), previous.step()));
			}
			periods.add(period);
		}
		return periods;
	}

	/**
	 * The status on a day, read from a measure's periods; the same answer as
	 * {@link Lifecycle#statusOn} for the steps the periods were derived from.
	 * @param periods the periods, in time order
	 * @param day the day
	 * @return the status; not in force before the first period
	 */
	public static MeasureStatus statusOn(List<StatusPeriod> periods, LocalDate day) {
		for (int i = periods.size() - 1; i >= 0; i--) {
			if (!periods.get(i).from().isAfter(day)) {
				return periods.get(i).status();
			}
		}
		return MeasureStatus.NOT_IN_FORCE;
	}

}
