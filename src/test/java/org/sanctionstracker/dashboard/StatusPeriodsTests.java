package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure's life cut into periods says on every day what {@link Lifecycle#statusOn}
 * says, and names the step and phase the timeline draws.
 */
class StatusPeriodsTests {

	/** Japan's port ban as the seed records it. */
	private static final List<Lifecycle.Step> JAPAN_PORT_BAN = List.of(step(EventKind.IMPOSED, "2006-10"),
			step(EventKind.LIFTING_PROMISED, "2008-08"), step(EventKind.WITHDRAWN, "2008-09"),
			step(EventKind.RELAXED, "2014-07-04"), step(EventKind.REIMPOSED, "2016-02"));

	@Test
	void japans_port_ban_is_imposed_in_october_2006_relaxed_in_july_2014_and_reimposed_in_february_2016() {
		List<StatusPeriod> periods = StatusPeriods.of(JAPAN_PORT_BAN);

		assertThat(periods)
			.extracting(StatusPeriod::from, StatusPeriod::until, StatusPeriod::status, StatusPeriod::phase,
					StatusPeriod::rough)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(day("2006-10-01"), day("2006-10-31"), MeasureStatus.UNCERTAIN,
							EventKind.IMPOSED, true),
					org.assertj.core.groups.Tuple.tuple(day("2006-10-31"), day("2014-07-04"), MeasureStatus.IN_FORCE,
							EventKind.IMPOSED, false),
					org.assertj.core.groups.Tuple.tuple(day("2014-07-04"), day("2016-02-01"), MeasureStatus.IN_FORCE,
							EventKind.RELAXED, false),
					org.assertj.core.groups.Tuple.tuple(day("2016-02-01"), day("2016-02-29"), MeasureStatus.IN_FORCE,
							EventKind.REIMPOSED, true),
					org.assertj.core.groups.Tuple.tuple(day("2016-02-29"), null, MeasureStatus.IN_FORCE,
							EventKind.REIMPOSED, false));
		// each period names the step that began it
		assertThat(periods).extracting((period) -> JAPAN_PORT_BAN.get(period.step()).kind())
			.containsExactly(EventKind.IMPOSED, EventKind.IMPOSED, EventKind.RELAXED, EventKind.REIMPOSED,
					EventKind.REIMPOSED);
	}

	@Test
	void a_lifting_ends_the_bar_and_a_month_dated_lifting_is_uncertain_until_the_months_end() {
		List<StatusPeriod> designation = StatusPeriods
			.of(List.of(step(EventKind.IMPOSED, "1988-01"), step(EventKind.LIFTED, "2008-10-11")));
		assertThat(designation.get(designation.size() - 1).from()).isEqualTo(day("2008-10-11"));
		assertThat(designation.get(designation.size() - 1).onBar()).isFalse();

		List<StatusPeriod> sunshine = StatusPeriods
			.of(List.of(step(EventKind.IMPOSED, "1998-02"), step(EventKind.LIFTED, "2016-02")));
		StatusPeriod ending = sunshine.get(sunshine.size() - 2);
		assertThat(ending.status()).isEqualTo(MeasureStatus.UNCERTAIN);
		assertThat(ending.phase()).isEqualTo(EventKind.LIFTED);
		assertThat(ending.certainPhase()).isEqualTo(EventKind.IMPOSED);
		assertThat(ending.onBar()).isTrue();
	}

	@Test
	void a_suspension_stays_on_the_bar_out_of_force() {
		List<StatusPeriod> periods = StatusPeriods.of(List.of(step(EventKind.IMPOSED, "2010-05-24"),
				step(EventKind.SUSPENDED, "2012-03-01"), step(EventKind.REIMPOSED, "2013-05-01")));

		StatusPeriod suspended = periods.get(1);
		assertThat(suspended.status()).isEqualTo(MeasureStatus.NOT_IN_FORCE);
		assertThat(suspended.phase()).isEqualTo(EventKind.SUSPENDED);
		assertThat(suspended.onBar()).isTrue();
	}

	@Test
	void steps_that_change_nothing_make_no_periods() {
		assertThat(StatusPeriods.of(List.of(step(EventKind.CONSIDERED, "2016-02"), step(EventKind.PROMISED, "2016"))))
			.isEmpty();
		assertThat(StatusPeriods.of(List.of(new Lifecycle.Step(EventKind.IMPOSED, PartialDate.unknown())))).isEmpty();
	}

	@Test
	void on_every_day_the_periods_say_what_the_lifecycle_rule_says() {
		SplittableRandom random = new SplittableRandom(14);
		EventKind[] kinds = EventKind.values();
		for (int measure = 0; measure < 400; measure++) {
			List<Lifecycle.Step> steps = new ArrayList<>();
			int count = 1 + random.nextInt(6);
			for (int i = 0; i < count; i++) {
				steps.add(new Lifecycle.Step(kinds[random.nextInt(kinds.length)], randomDate(random)));
			}
			List<StatusPeriod> periods = StatusPeriods.of(steps);
			for (LocalDate day = LocalDate.of(2009, 12, 1); day
				.isBefore(LocalDate.of(2013, 2, 1)); day = day.plusDays(1)) {
				assertThat(StatusPeriods.statusOn(periods, day)).as("%s on %s", steps, day)
					.isEqualTo(Lifecycle.statusOn(steps, day));
			}
			for (int i = 1; i < periods.size(); i++) {
				assertThat(periods.get(i - 1).until()).isEqualTo(periods.get(i).from());
			}
		}
	}

	private static PartialDate randomDate(SplittableRandom random) {
		int year = 2010 + random.nextInt(3);
		int month = 1 + random.nextInt(12);
		return switch (random.nextInt(5)) {
			case 0 -> PartialDate.ofYear(year);
			case 1 -> PartialDate.ofMonth(year, month);
			case 2 -> PartialDate.unknown();
			default -> PartialDate.ofDay(year, month, 1 + random.nextInt(28));
		};
	}

	private static Lifecycle.Step step(EventKind kind, String date) {
		return new Lifecycle.Step(kind, PartialDate.parse(date));
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

}
