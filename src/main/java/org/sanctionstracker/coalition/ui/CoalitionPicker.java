package org.sanctionstracker.coalition.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;

import org.springframework.data.domain.Sort;

/**
 * A picker over the coalitions, searched by name as the user types.
 */
public final class CoalitionPicker {

	private CoalitionPicker() {
	}

	/**
	 * A new coalition picker.
	 * @param label the field label
	 * @param coalitions the coalition service
	 * @return the picker
	 */
	public static ComboBox<CoalitionRef> create(String label, CoalitionService coalitions) {
		ComboBox<CoalitionRef> picker = new ComboBox<>(label);
		picker.setItems(
				(query) -> coalitions
					.refs(query.getFilter().orElse(null),
							VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by("name", "id")))
					.stream());
		picker.setItemLabelGenerator(CoalitionRef::name);
		picker.setClearButtonVisible(true);
		return picker;
	}

}
