package org.sanctionstracker.actor.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;

import org.springframework.data.domain.Sort;

/**
 * A picker over the actors, searched by name, alias or ISO code as the user types, and
 * loaded page by page.
 */
public final class ActorPicker {

	private ActorPicker() {
	}

	/**
	 * A new actor picker.
	 * @param label the field label
	 * @param actors the actor service
	 * @return the picker
	 */
	public static ComboBox<ActorRef> create(String label, ActorService actors) {
		ComboBox<ActorRef> picker = new ComboBox<>(label);
		picker.setItems(
				(query) -> actors
					.refs(query.getFilter().orElse(null),
							VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by("name", "id")))
					.stream());
		picker.setItemLabelGenerator(ActorPicker::label);
		return picker;
	}

	/**
	 * How an actor reads in pickers and grids.
	 * @param actor the actor
	 * @return e.g. "Japan (JPN)"
	 */
	public static String label(ActorRef actor) {
		if (actor == null) {
			return "";
		}
		return actor.name() + ((actor.iso3() != null) ? " (" + actor.iso3() + ")" : "");
	}

}
