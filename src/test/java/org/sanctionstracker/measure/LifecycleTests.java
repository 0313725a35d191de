package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sanctionstracker.measure.MeasureStatus.IN_FORCE;
import static org.sanctionstracker.measure.MeasureStatus.NOT_IN_FORCE;
import static org.sanctionstracker.measure.MeasureStatus.UNCERTAIN;

/**
 * Whether a measure is in force, derived from its lifecycle, on lifecycles shaped like
 * the real ones in the seed documents.
 */
class LifecycleTests {

	/**
	 * Japan's port ban: imposed October 2006, lifting promised and withdrawn in 2008,
	 * relaxed 4 July 2014, reimposed 10 February 2016.
	 */
	private static final List<Lifecycle.Step> JAPAN_PORT_BAN = List.of(step(EventKind.REIMPOSED, "2016-02-10"),
			step(EventKind.IMPOSED, "2006-10"), step(EventKind.LIFTING_PROMISED, "2008-08"),
			step(EventKind.WITHDRAWN, "2008-09"), step(EventKind.RELAXED, "2014-07-04"));

	@Test
	void a_measure_is_not_in_force_before_it_is_imposed() {
		assertThat(statusOn(JAPAN_PORT_BAN, "2006-09-30")).isEqualTo(NOT_IN_FORCE);
	}

	@Test
	void inside_the_month_of_a_month_dated_imposition_the_status_is_uncertain() {
		assertThat(statusOn(JAPAN_PORT_BAN, "2006-10-15")).isEqualTo(UNCERTAIN);
		assertThat(statusOn(JAPAN_PORT_BAN, "2006-11-01")).isEqualTo(IN_FORCE);
	}

	@Test
	void a_promise_to_lift_that_was_withdrawn_leaves_the_measure_in_force() {
		assertThat(statusOn(JAPAN_PORT_BAN, "2008-08-15")).isEqualTo(IN_FORCE);
		assertThat(statusOn(JAPAN_PORT_BAN, "2009-01-01")).isEqualTo(IN_FORCE);
	}

	@Test
	void a_relaxed_measure_is_still_in_force_and_stays_so_when_retightened() {
		assertThat(statusOn(JAPAN_PORT_BAN, "2015-01-01")).isEqualTo(IN_FORCE);
		assertThat(statusOn(JAPAN_PORT_BAN, "2016-02-10")).isEqualTo(IN_FORCE);
	}

	@Test
	void a_lifted_measure_is_not_in_force_from_the_day_it_is_lifted() {
		List<Lifecycle.Step> designation = List.of(step(EventKind.IMPOSED, "1988-01"),
				step(EventKind.LIFTED, "2008-10-11"));

		assertThat(statusOn(designation, "2008-10-10")).isEqualTo(IN_FORCE);
		assertThat(statusOn(designation, "2008-10-11")).isEqualTo(NOT_IN_FORCE);
		assertThat(statusOn(designation, "2012-06-01")).isEqualTo(NOT_IN_FORCE);
	}

	@Test
	void a_suspended_measure_is_out_of_force_until_reimposed() {
		List<Lifecycle.Step> steps = List.of(step(EventKind.IMPOSED, "2010-05-24"),
				step(EventKind.SUSPENDED, "2012-03-01"), step(EventKind.REIMPOSED, "2013"));

		assertThat(statusOn(steps, "2011-01-01")).isEqualTo(IN_FORCE);
		assertThat(statusOn(steps, "2012-06-01")).isEqualTo(NOT_IN_FORCE);
		assertThat(statusOn(steps, "2013-06-01")).isEqualTo(UNCERTAIN);
		assertThat(statusOn(steps, "2014-01-01")).isEqualTo(IN_FORCE);
	}

	@Test
	void threats_promises_and_considerations_never_put_a_measure_in_force() {
		List<Lifecycle.Step> steps = List.of(step(EventKind.CONSIDERED, "2016-02"),
				step(EventKind.THREATENED, "2016-02"), step(EventKind.PROMISED, "2016-02"),
				step(EventKind.ADOPTED, "2016-02"));

		assertThat(statusOn(steps, "2017-01-01")).isEqualTo(NOT_IN_FORCE);
	}

	@Test
	void steps_with_an_unknown_date_are_ignored() {
		List<Lifecycle.Step> steps = List.of(step(EventKind.IMPOSED, "2014-05"), step(EventKind.LIFTED, ""));

		assertThat(statusOn(steps, "2020-01-01")).isEqualTo(IN_FORCE);
	}

	@Test
	void lifting_before_the_imposition_is_rejected() {
		List<Lifecycle.Step> steps = List.of(step(EventKind.IMPOSED, "2009-11"), step(EventKind.LIFTED, "2009-03"));

		assertThatIllegalArgumentException().isThrownBy(() -> Lifecycle.checkOrder(steps))
			.withMessage("The measure cannot be lifted (Mar 2009) before it was imposed (Nov 2009)");
	}

	@Test
	void steps_that_may_share_the_imposition_period_are_accepted() {
		List<Lifecycle.Step> steps = List.of(step(EventKind.IMPOSED, "2008-12-01"), step(EventKind.RELAXED, "2008"),
				step(EventKind.PROMISED, "2001"));

		Lifecycle.checkOrder(steps);
	}

	@Test
	void spans_give_the_periods_in_force_and_uncertain() {
		// imposed October 2006 (uncertain through the month), relaxed 4 July 2014 and
		// reimposed 10 February 2016: in force throughout
		assertThat(Lifecycle.spans(JAPAN_PORT_BAN)).containsExactly(
				new Lifecycle.Span(UNCERTAIN, LocalDate.parse("2006-10-01"), LocalDate.parse("2006-10-31")),
				new Lifecycle.Span(IN_FORCE, LocalDate.parse("2006-10-31"), null));
		List<Lifecycle.Step> suspended = List.of(step(EventKind.IMPOSED, "2010-05-24"),
				step(EventKind.SUSPENDED, "2012-03-01"), step(EventKind.REIMPOSED, "2013"));
		assertThat(Lifecycle.spans(suspended)).containsExactly(
				new Lifecycle.Span(IN_FORCE, LocalDate.parse("2010-05-24"), LocalDate.parse("2012-03-01")),
				new Lifecycle.Span(UNCERTAIN, LocalDate.parse("2013-01-01"), LocalDate.parse("2013-12-31")),
				new Lifecycle.Span(IN_FORCE, LocalDate.parse("2013-12-31"), null));
		assertThat(Lifecycle.spans(List.of(step(EventKind.CONSIDERED, "2016-02"), step(EventKind.IMPOSED, ""))))
			.isEmpty();
	}

	@Test
	void spans_agree_with_status_on_every_day_for_random_lifecycles() {
		Random random = new Random(20061009);
		EventKind[] kinds = EventKind.values();
		LocalDate first = LocalDate.of(1999, 12, 1);
		for (int measure = 0; measure < 500; measure++) {
			List<Lifecycle.Step> steps = new ArrayList<>();
			for (int i = random.nextInt(7); i >= 0; i--) {
				steps.add(new Lifecycle.Step(kinds[random.nextInt(kinds.length)], randomDate(random)));
			}
			List<Lifecycle.Span> spans = Lifecycle.spans(steps);
			for (LocalDate day = first; day.getYear() < 2004; day = day.plusDays(1)) {
				LocalDate on = day;
				MeasureStatus fromSpans = spans.stream()
					.filter((span) -> span.covers(on))
					.map(Lifecycle.Span::status)
					.findFirst()
					.orElse(NOT_IN_FORCE);
				assertThat(fromSpans).as("%s on %s", steps, day).isEqualTo(Lifecycle.statusOn(steps, day));
			}
			for (int i = 1; i < spans.size(); i++) {
				assertThat(spans.get(i).from()).as("spans in order, apart and merged: %s", spans)
					.isAfterOrEqualTo(spans.get(i - 1).to());
				assertThat(spans.get(i).from().equals(spans.get(i - 1).to())
						&& spans.get(i).status() == spans.get(i - 1).status())
					.isFalse();
			}
		}
	}

	private static PartialDate randomDate(Random random) {
		int year = 2000 + random.nextInt(3);
		int month = 1 + random.nextInt(12);
		return switch (random.nextInt(7)) {
			case 0 -> PartialDate.unknown();
			case 1, 2 -> PartialDate.ofYear(year);
			case 3, 4 -> PartialDate.ofMonth(year, month);
			default -> new PartialDate(LocalDate.of(year, month, 1).plusDays(random.nextInt(28)), DatePrecision.DAY);
		};
	}

	private static MeasureStatus statusOn(List<Lifecycle.Step> steps, String day) {
		return Lifecycle.statusOn(steps, LocalDate.parse(day));
	}

	private static Lifecycle.Step step(EventKind kind, String date) {
		return new Lifecycle.Step(kind, PartialDate.parse(date));
	}

	@Test
	void a_measures_period_starts_with_its_first_imposition_and_has_no_end_while_in_force() {
		Lifecycle.Period period = Lifecycle.periodOn(JAPAN_PORT_BAN, LocalDate.parse("2016-02-29"));

		assertThat(period.start()).isEqualTo(PartialDate.parse("2006-10"));
		assertThat(period.end()).isNull();
	}

	@Test
	void a_lifted_measures_period_ends_with_the_lifting_and_a_step_after_the_day_is_not_counted() {
		List<Lifecycle.Step> designation = List.of(step(EventKind.ANNOUNCED, "1987-12"),
				step(EventKind.IMPOSED, "1988-01"), step(EventKind.LIFTED, "2008-10-11"),
				step(EventKind.REIMPOSED, "2017-11-20"));

		assertThat(Lifecycle.periodOn(designation, LocalDate.parse("2012-06-01")))
			.isEqualTo(new Lifecycle.Period(PartialDate.parse("1988-01"), PartialDate.parse("2008-10-11")));
		assertThat(Lifecycle.periodOn(designation, LocalDate.parse("2008-10-10")).end()).isNull();
		assertThat(Lifecycle.periodOn(designation, LocalDate.parse("2018-01-01")))
			.isEqualTo(new Lifecycle.Period(PartialDate.parse("1988-01"), null));
	}

	@Test
	void a_measure_only_threatened_has_no_period() {
		Lifecycle.Period period = Lifecycle.periodOn(List.of(step(EventKind.THREATENED, "2009-05")),
				LocalDate.parse("2016-01-01"));

		assertThat(period.started()).isFalse();
		assertThat(period.end()).isNull();
	}

}
