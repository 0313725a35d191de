package org.sanctionstracker.measure.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.sanctionstracker.measure.AsOf;

/**
 * The "as of" day of a view: empty means the default (the last day the data speaks of,
 * named under the field), a typed day (2016-02-29, or a month or year, meaning its last
 * day) chooses another. A date that cannot be read is explained under the field, with the
 * one date parser's words, and changes nothing.
 */
public class AsOfField extends Composite<TextField> {

	private final List<SerializableConsumer<LocalDate>> listeners = new ArrayList<>();

	private AsOf shown;

	private boolean quiet;

	public AsOfField() {
		TextField field = getContent();
		field.setLabel("As of");
		field.setClearButtonVisible(true);
		field.setMaxLength(10);
		field.setWidth("11.5rem");
		field.addValueChangeListener((event) -> {
			if (!this.quiet) {
				changed(event.getValue());
			}
		});
	}

	/**
	 * Shows the day the view uses, without notifying listeners.
	 * @param asOf the day, chosen or default
	 */
	public void show(AsOf asOf) {
		this.shown = asOf;
		this.quiet = true;
		try {
			getContent().setValue(asOf.chosen() ? asOf.day().toString() : "");
			getContent().setInvalid(false);
		}
		finally {
			this.quiet = false;
		}
		getContent().setPlaceholder(asOf.chosen() ? "" : asOf.day().toString());
		getContent().setHelperText(asOf.label());
	}

	/**
	 * Listens to days the user chooses.
	 * @param listener receives the chosen day, or {@code null} for the default
	 */
	public void addAsOfChangeListener(SerializableConsumer<LocalDate> listener) {
		this.listeners.add(listener);
	}

	/**
	 * The day the user chose.
	 * @return the day, or {@code null} for the default
	 */
	public LocalDate getChosen() {
		return (this.shown != null && this.shown.chosen()) ? this.shown.day() : null;
	}

	private void changed(String text) {
		LocalDate chosen;
		try {
			chosen = AsOf.parse(text);
		}
		catch (IllegalArgumentException ex) {
			getContent().setErrorMessage(ex.getMessage());
			getContent().setInvalid(true);
			return;
		}
		getContent().setInvalid(false);
		if (!Objects.equals(chosen, getChosen()) || chosen == null && this.shown == null) {
			this.listeners.forEach((listener) -> listener.accept(chosen));
		}
	}

}
