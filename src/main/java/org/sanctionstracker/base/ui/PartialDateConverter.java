package org.sanctionstracker.base.ui;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.sanctionstracker.base.PartialDate;

/**
 * Reads a date typed as a year ("2009"), a month ("2008-11") or a day ("2016-02-10") into
 * a {@link PartialDate}; an empty field means "date unknown". A malformed or impossible
 * date ("2016-02-30") becomes a field message saying what to type.
 */
public class PartialDateConverter implements Converter<String, PartialDate> {

	/** The hint shown under every partial-date field. */
	public static final String HINT = "A year (2009), a month (2008-11) or a day (2016-02-10); empty if unknown";

	private static final Pattern NUMBERS = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	@Override
	public Result<PartialDate> convertToModel(String value, ValueContext context) {
		String text = (value != null) ? value.strip() : "";
		Matcher matcher = NUMBERS.matcher(text);
		if (matcher.matches() && matcher.group(2) != null) {
			int month = Integer.parseInt(matcher.group(2));
			if (month < 1 || month > 12) {
				return Result.error("'" + text + "' is not a real date: there is no month " + month
						+ " (write the month as 01 to 12)");
			}
			if (matcher.group(3) != null) {
				YearMonth yearMonth = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
				int day = Integer.parseInt(matcher.group(3));
				if (day < 1 || day > yearMonth.lengthOfMonth()) {
					return Result.error("'" + text + "' is not a real date: "
							+ yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
							+ yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days");
				}
			}
		}
		try {
			return Result.ok(PartialDate.parse(text));
		}
		catch (IllegalArgumentException ex) {
			return Result.error(ex.getMessage());
		}
	}

	@Override
	public String convertToPresentation(PartialDate value, ValueContext context) {
		return (value != null) ? value.iso() : "";
	}

}
