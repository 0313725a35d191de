package org.sanctionstracker.base.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days are written one way everywhere: as a partial date known to the day is.
 */
class DatesTests {

	@Test
	void a_day_is_written_as_partial_dates_write_it() {
		assertThat(Dates.day(LocalDate.of(2016, 2, 29))).isEqualTo("29 Feb 2016")
			.isEqualTo(PartialDate.parse("2016-02-29").display());
	}

	@Test
	void a_date_picker_shows_days_the_same_way_and_reads_iso_dates_too() {
		DatePicker picker = Dates.format(new DatePicker("On"));

		assertThat(picker.getI18n().getDateFormats()).startsWith("d MMM yyyy").contains("yyyy-MM-dd");
	}

}
