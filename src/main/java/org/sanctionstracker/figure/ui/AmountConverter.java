package org.sanctionstracker.figure.ui;

import java.math.BigDecimal;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.sanctionstracker.figure.Figure;

/**
 * Reads an amount typed as digits ("120000000", "70.5") by the rule the importer reads it
 * with ({@link Figure#parseAmount}); an empty field means "no amount". A malformed,
 * negative or too large amount becomes the field's message.
 */
class AmountConverter implements Converter<String, BigDecimal> {

	@Override
	public Result<BigDecimal> convertToModel(String value, ValueContext context) {
		try {
			return Result.ok(Figure.parseAmount(value));
		}
		catch (IllegalArgumentException ex) {
			return Result.error(ex.getMessage());
		}
	}

	@Override
	public String convertToPresentation(BigDecimal value, ValueContext context) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
