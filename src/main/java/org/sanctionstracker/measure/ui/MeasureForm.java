package org.sanctionstracker.measure.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.ui.CoalitionPicker;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The measure form: who imposes what on whom, within which coalition, and (for a new
 * measure) its first lifecycle event. Buffered: the fields are written into a draft only
 * when every field is valid; the view saves it through the service.
 */
class MeasureForm extends Composite<FormLayout> {

	final ComboBox<ActorRef> imposer;

	final ComboBox<ActorRef> target;

	final ComboBox<MeasureType> type = Pickers.of("Measure type", MeasureType.class, MeasureType::label);

	final TextField title = new TextField("Title");

	final ComboBox<CoalitionRef> coalition;

	final TextArea description = new TextArea("Description");

	final TextArea legalBasis = new TextArea("Legal basis");

	final H3 firstEventHeading = new H3("First lifecycle event");

	final ComboBox<EventKind> firstEventKind = Pickers.of("What happened", EventKind.class, EventKind::label);

	final TextField firstEventDate = Pickers.partialDate("When");

	final TextArea firstEventNote = new TextArea("Note on the event");

	final EvidenceField evidence;

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<MeasureDraft> binder = Binders.of(MeasureDraft.class);

	private MeasureDraft draft;

	MeasureForm(ActorService actors, CoalitionService coalitions, SourceDocumentService documents) {
		this.imposer = ActorPicker.create("Imposed by", actors);
		this.target = ActorPicker.create("Imposed on", actors);
		this.coalition = CoalitionPicker.create("Within coalition (optional)", coalitions);
		this.evidence = new EvidenceField(documents);
		this.firstEventHeading.addClassName("lumo-font-size-m");

		this.binder.bind(this.imposer, "imposer");
		this.binder.bind(this.target, "target");
		this.binder.bind(this.type, "type");
		this.binder.bind(this.title, "title");
		this.binder.bind(this.coalition, "coalition");
		this.binder.bind(this.description, "description");
		this.binder.bind(this.legalBasis, "legalBasis");
		this.binder.bind(this.firstEventKind, "firstEventKind");
		this.binder.forField(this.firstEventDate).withConverter(new PartialDateConverter()).bind("firstEventDate");
		this.binder.bind(this.firstEventNote, "firstEventNote");
		this.binder.bind(this.evidence, "evidence");

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> save());
		this.save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(this.title);
		this.cancel.addClickListener((event) -> fireEvent(new CancelEvent(this)));

		FormLayout form = getContent();
		form.add(this.imposer, this.target, this.type, this.coalition, this.title, this.legalBasis, this.description,
				this.firstEventHeading, this.firstEventKind, this.firstEventDate, this.firstEventNote, this.evidence,
				new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.title, 2);
		form.setColspan(this.description, 2);
		form.setColspan(this.legalBasis, 2);
		form.setColspan(this.firstEventHeading, 2);
		form.setColspan(this.firstEventNote, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	/**
	 * Shows a draft; the first-event fields only for a new measure.
	 * @param draft the draft to edit
	 */
	void edit(MeasureDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
		boolean isNew = draft.isNew();
		this.firstEventHeading.setVisible(isNew);
		this.firstEventKind.setVisible(isNew);
		this.firstEventDate.setVisible(isNew);
		this.firstEventNote.setVisible(isNew);
	}

	private void save() {
		boolean cited = this.evidence.citePending();
		if (this.draft != null && this.binder.writeBeanIfValid(this.draft) && cited) {
			fireEvent(new SaveEvent(this, this.draft));
		}
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<MeasureForm, MeasureDraft> {

		SaveEvent(MeasureForm source, MeasureDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<MeasureForm> {

		CancelEvent(MeasureForm source) {
			super(source);
		}

	}

}
