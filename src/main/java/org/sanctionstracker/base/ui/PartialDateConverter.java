package org.sanctionstracker.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.sanctionstracker.base.PartialDate;

/**
 * Reads a date typed as a year ("2009"), a month ("2008-11") or a day ("2016-02-10") into
 * a {@link PartialDate}; an empty field means "date unknown". A malformed, impossible
 * ("2016-02-30") or implausible (before 1900, after today) date becomes a field message,
 * the one {@link PartialDate#parse} gives on every other path too.
 */
public class PartialDateConverter implements Converter<String, PartialDate> {

	/** The hint shown under every partial-date field. */
	public static final String HINT = "A year (2009), a month (2008-11) or a day (2016-02-10); empty if unknown";

	@Override
	public Result<PartialDate> convertToModel(String value, ValueContext context) {
		try {
			return Result.ok(PartialDate.parse((value != null) ? value.strip() : ""));
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
