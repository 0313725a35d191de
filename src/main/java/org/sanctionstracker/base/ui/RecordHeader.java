package org.sanctionstracker.base.ui;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The parts every {@code manage/…/:id} edit view shares, used by composition: the
 * record's heading with a delete button that asks first, the reading of the route's id
 * ("new" or a record's number), and what happens after a save or a delete (go to the
 * saved record or back to the list; a refusal in plain words with a Reload button). The
 * view keeps its form, its own sections and its service calls.
 */
public class RecordHeader extends Composite<HorizontalLayout> {

	private final H2 heading = new H2();

	private final Button delete;

	private final Class<? extends Component> editView;

	private final Class<? extends Component> listView;

	private Runnable confirmDelete = () -> {
	};

	/**
	 * @param deleteLabel the delete button's text, e.g. "Delete actor"
	 * @param editView the edit view's route class ({@code …/:id}), to go to a record just
	 * added
	 * @param listView the list the view returns to
	 */
	public RecordHeader(String deleteLabel, Class<? extends Component> editView, Class<? extends Component> listView) {
		this.editView = editView;
		this.listView = listView;
		this.delete = new Button(deleteLabel, VaadinIcon.TRASH.create());
		this.heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.addClickListener((event) -> this.confirmDelete.run());
		HorizontalLayout layout = getContent();
		layout.add(this.heading, this.delete);
		layout.setWidthFull();
		layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		layout.expand(this.heading);
	}

	/**
	 * @return the heading, holding the record's name
	 */
	public H2 heading() {
		return this.heading;
	}

	/**
	 * @return the delete button
	 */
	public Button delete() {
		return this.delete;
	}

	/**
	 * Shows a record's name, and the delete button when it can be deleted.
	 * @param title the record's name, or e.g. "New actor"
	 * @param deletable whether the record is stored and may be deleted
	 */
	public void show(String title, boolean deletable) {
		this.heading.setText(title);
		this.delete.setVisible(deletable);
	}

	/**
	 * Says what the delete button does: it asks first, then deletes, says so and returns
	 * to the list; a refused delete is explained, with a Reload button.
	 * @param question the dialog's header, e.g. "Delete this actor?"
	 * @param consequence the dialog's text at the time it opens, e.g. what else goes
	 * @param delete deletes the record through its service
	 * @param done the notice after the delete, e.g. "Actor deleted"
	 * @param reload reloads the record when the delete was refused
	 */
	public void onDelete(String question, Supplier<String> consequence, Runnable delete, String done, Runnable reload) {
		this.confirmDelete = () -> {
			ConfirmDialog confirm = new ConfirmDialog();
			confirm.setHeader(question);
			confirm.setText(consequence.get());
			confirm.setCancelable(true);
			confirm.setConfirmText("Delete");
			confirm.setConfirmButtonTheme("error primary");
			confirm.addConfirmListener((event) -> {
				try {
					delete.run();
					Notices.done(done);
					toList();
				}
				catch (RuntimeException ex) {
					Notices.refused(ex, null, reload);
				}
			});
			confirm.open();
		};
	}

	/**
	 * Reads the record a {@code …/:id} route names: {@code new} (or no id) starts a blank
	 * one; a number loads a stored one; anything else, or a record that is gone, says so
	 * and goes to the list.
	 * @param <D> the form's draft
	 * @param event the navigation
	 * @param blank a new record's draft
	 * @param stored a stored record's draft by id, if it exists
	 * @param what what the record is called in the notice, e.g. "actor"
	 * @return the draft to show, or empty when the view has gone to the list
	 */
	public <D> Optional<D> draft(BeforeEnterEvent event, Supplier<D> blank, LongFunction<Optional<D>> stored,
			String what) {
		String id = event.getRouteParameters().get("id").orElse("new");
		if ("new".equals(id)) {
			return Optional.of(blank.get());
		}
		Optional<D> draft = id.matches("\\d{1,18}") ? stored.apply(Long.parseLong(id)) : Optional.empty();
		if (draft.isEmpty()) {
			Notices.done("There is no " + what + " " + id + " (it may have been deleted)");
			event.forwardTo(this.listView);
		}
		return draft;
	}

	/**
	 * Saves through the service and says so: a record just added opens under its own
	 * address, a changed one is read again; a refusal marks the fields and offers a
	 * Reload button.
	 * @param save saves the draft and returns the record's id
	 * @param added whether the draft was a new record
	 * @param done the notice after the save, e.g. "Actor saved"
	 * @param binder the form's binder, to mark the refused fields
	 * @param reload reads the stored record again
	 */
	public void save(LongSupplier save, boolean added, String done, Binder<?> binder, Runnable reload) {
		try {
			long id = save.getAsLong();
			Notices.done(done);
			if (added) {
				getUI().ifPresent((ui) -> ui.navigate(this.editView, new RouteParameters("id", String.valueOf(id))));
			}
			else {
				reload.run();
			}
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, binder, reload);
		}
	}

	/**
	 * Goes back to the list.
	 */
	public void toList() {
		getUI().ifPresent((ui) -> ui.navigate(this.listView));
	}

}
