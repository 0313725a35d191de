package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PartialDates;

/**
 * The rules of a measure's lifecycle: whether it is in force on a day, the periods in
 * which it is (its {@link Span spans}, which the dashboard's read model stores), and
 * which sequences of steps are impossible.
 */
public final class Lifecycle {

	/**
	 * One step of a lifecycle.
	 *
	 * @param kind what happened
	 * @param date when, at the precision the source gives
	 */
	public record Step(EventKind kind, PartialDate date) {

		public Step {
			Objects.requireNonNull(kind, "kind");
			date = (date != null) ? date : PartialDate.unknown();
		}

	}

	/**
	 * A period in which a measure is in force, or may or may not be.
	 *
	 * @param status {@link MeasureStatus#IN_FORCE} or {@link MeasureStatus#UNCERTAIN}
	 * @param from the first day of the period
	 * @param to the first day after it, or {@code null} while it lasts
	 */
	public record Span(MeasureStatus status, LocalDate from, LocalDate to) {

		public Span {
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(from, "from");
			if (status == MeasureStatus.NOT_IN_FORCE) {
				throw new IllegalArgumentException("A span is in force or uncertain");
			}
			if (to != null && !to.isAfter(from)) {
				throw new IllegalArgumentException("A span ends (" + to + ") after it starts (" + from + ")");
			}
		}

		/**
		 * Whether the span covers a day.
		 * @param day the day
		 * @return {@code true} when the day falls in it
		 */
		public boolean covers(LocalDate day) {
			return !day.isBefore(this.from) && (this.to == null || day.isBefore(this.to));
		}

	}

	/** Steps in time order; steps sharing a first day in lifecycle order. */
	static final Comparator<Step> CHRONOLOGICAL = Comparator
		.comparing((Step step) -> step.date().lowerBound(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Step::kind);

	private Lifecycle() {
	}

	/**
	 * Whether a measure with these steps is in force on a day. Steps whose date is
	 * unknown are ignored. A step dated only to a month or a year that contains the day
	 * may or may not have happened yet; when the answer depends on such a step, the
	 * status is {@link MeasureStatus#UNCERTAIN}.
	 * @param steps the measure's steps, in any order
	 * @param day the day asked about
	 * @return in force, not in force, or uncertain
	 */
	public static MeasureStatus statusOn(List<Step> steps, LocalDate day) {
		List<Step> dated = effective(steps, day);
		boolean certain = inForce(dated.stream().filter((step) -> !step.date().upperBound().isAfter(day)).toList());
		boolean possible = inForce(dated);
		if (certain != possible) {
			return MeasureStatus.UNCERTAIN;
		}
		return certain ? MeasureStatus.IN_FORCE : MeasureStatus.NOT_IN_FORCE;
	}

	/**
	 * The days on which {@link #statusOn} can answer differently than the day before: the
	 * first and the last day each dated, status-changing step can mean (from its first
	 * day the step may have happened, on its last day it certainly has).
	 * @param steps the measure's steps, in any order
	 * @return those days, in time order
	 */
	public static TreeSet<LocalDate> changeDays(List<Step> steps) {
		TreeSet<LocalDate> days = new TreeSet<>();
		for (Step step : steps) {
			if (step.date().precision() != DatePrecision.UNKNOWN && step.kind().effect() != EventKind.Effect.NONE) {
				days.add(step.date().lowerBound());
				days.add(step.date().upperBound());
			}
		}
		return days;
	}

	/**
	 * The periods in which a measure with these steps is in force or uncertain, in time
	 * order, as {@link #statusOn} answers for every day: the status can change only on
	 * the first and on the last day a status-changing step's date can mean (from its
	 * first day the step may have happened, on its last day it certainly has), so it is
	 * asked on each of those days and holds until the next one.
	 * @param steps the measure's steps, in any order
	 * @return the spans; none for a measure that is never in force
	 */
	public static List<Span> spans(List<Step> steps) {
		List<Span> spans = new ArrayList<>();
		MeasureStatus open = MeasureStatus.NOT_IN_FORCE;
		LocalDate openSince = null;
		for (LocalDate day : changeDays(steps)) {
			MeasureStatus status = statusOn(steps, day);
			if (status == open) {
				continue;
			}
			if (open != MeasureStatus.NOT_IN_FORCE) {
				spans.add(new Span(open, openSince, day));
			}
			open = status;
			openSince = day;
		}
		if (open != MeasureStatus.NOT_IN_FORCE) {
			spans.add(new Span(open, openSince, null));
		}
		return List.copyOf(spans);
	}

	/**
	 * When a measure came into force and, if it is out of force on a day, when it went
	 * out: what exchange formats call a sanction's start and end. Read from the same
	 * steps, in the same order, as {@link #statusOn}.
	 *
	 * @param start the date of the first step that put the measure in force (imposed,
	 * expanded, relaxed or reimposed), {@code null} when none had happened by the day
	 * @param end the date of the step that last took it out of force (suspended or
	 * lifted), when the last step that changed whether it is in force by the day took it
	 * out; {@code null} while it is in force
	 */
	public record Period(PartialDate start, PartialDate end) {

		/**
		 * Whether the measure had come into force by the day.
		 * @return whether there is a start
		 */
		public boolean started() {
			return this.start != null;
		}

	}

	/**
	 * The period a measure with these steps was in force, as it stands on a day. Steps
	 * whose date is unknown, or that may begin only after the day, are ignored; a measure
	 * suspended and put in force again keeps its first start and has no end.
	 * @param steps the measure's steps, in any order
	 * @param day the day asked about
	 * @return the period; both dates {@code null} for a measure never in force by then
	 */
	public static Period periodOn(List<Step> steps, LocalDate day) {
		PartialDate start = null;
		PartialDate end = null;
		for (Step step : effective(steps, day)) {
			if (step.kind().effect() == EventKind.Effect.IN_FORCE) {
				start = (start != null) ? start : step.date();
				end = null;
			}
			else if (start != null) {
				end = step.date();
			}
		}
		return new Period(start, end);
	}

	/**
	 * The dated steps that change whether the measure is in force, by the day, in order.
	 */
	private static List<Step> effective(List<Step> steps, LocalDate day) {
		return steps.stream()
			.filter((step) -> step.date().precision() != DatePrecision.UNKNOWN)
			.filter((step) -> step.kind().effect() != EventKind.Effect.NONE)
			.filter((step) -> !step.date().lowerBound().isAfter(day))
			.sorted(CHRONOLOGICAL)
			.toList();
	}

	private static boolean inForce(List<Step> chronological) {
		boolean inForce = false;
		for (Step step : chronological) {
			inForce = step.kind().effect() == EventKind.Effect.IN_FORCE;
		}
		return inForce;
	}

	/**
	 * Checks that no step that presupposes the measure's imposition (lifting, relaxing,
	 * suspending, expanding, reimposing) certainly comes before its first imposition.
	 * @param steps the measure's steps
	 * @throws IllegalArgumentException naming the offending step
	 */
	public static void checkOrder(List<Step> steps) {
		PartialDate firstImposed = steps.stream()
			.filter((step) -> step.kind() == EventKind.IMPOSED && step.date().precision() != DatePrecision.UNKNOWN)
			.map(Step::date)
			.min(Comparator.comparing(PartialDate::lowerBound))
			.orElse(null);
		if (firstImposed == null) {
			return;
		}
		for (Step step : steps) {
			if (step.kind().needsPriorImposition() && PartialDates.certainlyBefore(step.date(), firstImposed)) {
				throw new IllegalArgumentException("The measure cannot be " + step.kind().label().toLowerCase() + " ("
						+ step.date().display() + ") before it was imposed (" + firstImposed.display() + ")");
			}
		}
	}

}
