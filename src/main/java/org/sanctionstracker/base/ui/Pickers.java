package org.sanctionstracker.base.ui;

import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Fields the forms share: a picker over a vocabulary that shows each value's label (never
 * its constant name), and a partial-date text field.
 */
public final class Pickers {

	private Pickers() {
	}

	/**
	 * A picker over an enum vocabulary.
	 * @param <E> the enum
	 * @param label the field label
	 * @param type the enum class
	 * @param itemLabel the label of each value
	 * @return the picker
	 */
	public static <E extends Enum<E>> ComboBox<E> of(String label, Class<E> type, Function<E, String> itemLabel) {
		ComboBox<E> picker = new ComboBox<>(label);
		picker.setItems(type.getEnumConstants());
		picker.setItemLabelGenerator(itemLabel::apply);
		return picker;
	}

	/**
	 * A text field for a date known to the year, month or day; bind it with a
	 * {@link PartialDateConverter}.
	 * @param label the field label
	 * @return the field
	 */
	public static TextField partialDate(String label) {
		TextField field = new TextField(label);
		field.setHelperText(PartialDateConverter.HINT);
		field.setPlaceholder("2016-02");
		return field;
	}

}
