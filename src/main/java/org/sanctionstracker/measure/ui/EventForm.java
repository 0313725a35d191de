package org.sanctionstracker.measure.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The form of one lifecycle event: what happened, when (at the precision known), where
 * the date comes from, and the passages that say so.
 */
class EventForm extends Composite<FormLayout> {

	final ComboBox<EventKind> kind = Pickers.of("What happened", EventKind.class, EventKind::label);

	final TextField date = Pickers.partialDate("When");

	final TextArea dateBasis = new TextArea("Where the date comes from (if the source does not print it)");

	final TextArea note = new TextArea("Note");

	final EvidenceField evidence;

	final Button save = new Button("Save event");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<EventDraft> binder = Binders.of(EventDraft.class);

	private EventDraft draft;

	EventForm(SourceDocumentService documents) {
		this.evidence = new EvidenceField(documents);
		this.binder.bind(this.kind, "kind");
		this.binder.forField(this.date).withConverter(new PartialDateConverter()).bind("date");
		this.binder.bind(this.dateBasis, "dateBasis");
		this.binder.bind(this.note, "note");
		this.binder.bind(this.evidence, "evidence");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> {
			boolean cited = this.evidence.citePending();
			if (this.draft != null && this.binder.writeBeanIfValid(this.draft) && cited) {
				fireEvent(new SaveEvent(this, this.draft));
			}
		});
		this.cancel.addClickListener((event) -> fireEvent(new CancelEvent(this)));
		FormLayout form = getContent();
		form.add(this.kind, this.date, this.dateBasis, this.note, this.evidence,
				new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.dateBasis, 2);
		form.setColspan(this.note, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
	}

	void edit(EventDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<EventForm, EventDraft> {

		SaveEvent(EventForm source, EventDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<EventForm> {

		CancelEvent(EventForm source) {
			super(source);
		}

	}

}
