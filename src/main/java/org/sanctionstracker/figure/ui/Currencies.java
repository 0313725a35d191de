package org.sanctionstracker.figure.ui;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The currency picker: the ISO 4217 codes, each with its name ("KPW · North Korean Won"),
 * searched by code or name. A code typed that is not in the list is kept (in capitals) so
 * that the form's check says why it cannot be used, instead of the value vanishing.
 */
final class Currencies {

	private static final List<String> CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.sorted(Comparator.naturalOrder())
		.toList();

	private Currencies() {
	}

	static ComboBox<String> picker(String label) {
		ComboBox<String> picker = new ComboBox<>(label);
		picker.setItems(CODES);
		picker.setItemLabelGenerator(Currencies::label);
		picker.setAllowCustomValue(true);
		picker
			.addCustomValueSetListener((event) -> picker.setValue(event.getDetail().strip().toUpperCase(Locale.ROOT)));
		picker.setHelperText("ISO 4217 code, e.g. USD, EUR, JPY, KRW, KPW");
		return picker;
	}

	static String label(String code) {
		try {
			return code + " \u00B7 " + Currency.getInstance(code).getDisplayName(Locale.ENGLISH);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			return String.valueOf(code);
		}
	}

}
