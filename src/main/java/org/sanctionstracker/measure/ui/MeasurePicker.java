package org.sanctionstracker.measure.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.data.domain.Sort;

/**
 * A picker over the measures, searched by title and parties as the user types.
 */
public final class MeasurePicker {

	private MeasurePicker() {
	}

	/**
	 * A new measure picker.
	 * @param label the field label
	 * @param measures the measure service
	 * @return the picker
	 */
	public static ComboBox<MeasureRef> create(String label, MeasureService measures) {
		ComboBox<MeasureRef> picker = new ComboBox<>(label);
		picker.setItems(
				(query) -> measures
					.refs(query.getFilter().orElse(null),
							VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by("title", "id")))
					.stream());
		picker.setItemLabelGenerator(MeasureRef::label);
		picker.setClearButtonVisible(true);
		return picker;
	}

}
