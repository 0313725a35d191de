package org.sanctionstracker.base;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void a_month_is_stored_as_its_first_day_and_shown_without_a_day() {
		PartialDate november2008 = PartialDate.parse("2008-11");

		assertThat(november2008.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(november2008.lowerBound()).isEqualTo(LocalDate.of(2008, 11, 1));
		assertThat(november2008.upperBound()).isEqualTo(LocalDate.of(2008, 11, 30));
		assertThat(november2008.display()).isEqualTo("Nov 2008");
		assertThat(november2008.iso()).isEqualTo("2008-11");
	}

	@Test
	void a_year_spans_the_whole_year() {
		PartialDate year = PartialDate.parse("2009");

		assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(year.lowerBound()).isEqualTo(LocalDate.of(2009, 1, 1));
		assertThat(year.upperBound()).isEqualTo(LocalDate.of(2009, 12, 31));
		assertThat(year.display()).isEqualTo("2009");
	}

	@Test
	void a_full_date_keeps_its_day() {
		PartialDate day = PartialDate.parse("2016-02-10");

		assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(day.upperBound()).isEqualTo(day.lowerBound());
		assertThat(day.display()).isEqualTo("10 Feb 2016");
		assertThat(PartialDate.parse(day.iso())).isEqualTo(day);
	}

	@Test
	void blank_text_is_an_unknown_date() {
		PartialDate unknown = PartialDate.parse("  ");

		assertThat(unknown.precision()).isEqualTo(DatePrecision.UNKNOWN);
		assertThat(unknown.lowerBound()).isNull();
		assertThat(unknown.upperBound()).isNull();
		assertThat(unknown.display()).isEqualTo("date unknown");
	}

	@Test
	void malformed_and_impossible_dates_are_refused_with_a_reason() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("November 2008"))
			.withMessageContaining("not a date");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2016-02-30"))
			.withMessageContaining("not a real date");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2016-13"))
			.withMessageContaining("not a real date");
	}

	@Test
	void a_month_precision_cannot_carry_a_day() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2008, 11, 15), DatePrecision.MONTH));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2009, 3, 1), DatePrecision.YEAR));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2009, 1, 1), DatePrecision.UNKNOWN));
	}

	@Test
	void sorting_by_lower_bound_puts_a_month_before_a_later_day_of_it() {
		assertThat(PartialDate.parse("2008-11").lowerBound()).isBefore(PartialDate.parse("2008-11-20").lowerBound());
	}

}
