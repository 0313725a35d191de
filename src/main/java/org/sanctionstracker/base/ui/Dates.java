package org.sanctionstracker.base.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.sanctionstracker.base.PartialDate;

/**
 * One way to write a day everywhere in the user interface: as
 * {@link PartialDate#display()} writes one ("29 Feb 2016"), in text, grids and date
 * pickers alike, whatever the browser's locale.
 */
public final class Dates {

	/**
	 * The date picker's display format (date-fns patterns, as Vaadin's date picker takes
	 * them), the same as {@link PartialDate#display()} for a day.
	 */
	static final String PICKER_FORMAT = "d MMM yyyy";

	private Dates() {
	}

	/**
	 * A day as the application writes days.
	 * @param day the day
	 * @return e.g. "29 Feb 2016"
	 */
	public static String day(LocalDate day) {
		return PartialDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).display();
	}

	/**
	 * Makes a date picker show days as the application writes them ("29 Feb 2016") and
	 * read them typed that way or as ISO dates ("2016-02-29").
	 * @param picker the picker
	 * @return the picker
	 */
	public static DatePicker format(DatePicker picker) {
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setDateFormats(PICKER_FORMAT, "yyyy-MM-dd", "d/M/yyyy");
		i18n.setFirstDayOfWeek(1);
		i18n.setBadInputErrorMessage("Write the day as 29 Feb 2016 or 2016-02-29");
		picker.setI18n(i18n);
		picker.setPlaceholder("e.g. 29 Feb 2016");
		return picker;
	}

}
