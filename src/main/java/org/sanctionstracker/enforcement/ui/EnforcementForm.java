package org.sanctionstracker.enforcement.ui;

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
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.ui.MeasurePicker;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The enforcement action form: who did what, when, to whom, enforcing which measure.
 */
class EnforcementForm extends Composite<FormLayout> {

	final ComboBox<ActorRef> actor;

	final ComboBox<EnforcementKind> kind = Pickers.of("Kind of action", EnforcementKind.class, EnforcementKind::label);

	final TextField date = Pickers.partialDate("When");

	final ComboBox<ActorRef> target;

	final TextField targetDescription = new TextField("Target (a person, vessel or company)");

	final ComboBox<MeasureRef> measure;

	final TextArea description = new TextArea("What happened");

	final TextArea dateBasis = new TextArea("Where the date comes from (if the source does not print it)");

	final EvidenceField evidence;

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<EnforcementDraft> binder = Binders.of(EnforcementDraft.class);

	private EnforcementDraft draft;

	EnforcementForm(ActorService actors, MeasureService measures, SourceDocumentService documents) {
		this.actor = ActorPicker.create("Taken by", actors);
		this.target = ActorPicker.create("Targeted actor (optional)", actors);
		this.target.setClearButtonVisible(true);
		this.measure = MeasurePicker.create("Enforces measure (optional)", measures);
		this.evidence = new EvidenceField(documents);
		this.binder.bind(this.actor, "actor");
		this.binder.bind(this.kind, "kind");
		this.binder.forField(this.date).withConverter(new PartialDateConverter()).bind("date");
		this.binder.bind(this.target, "target");
		this.binder.bind(this.targetDescription, "targetDescription");
		this.binder.bind(this.measure, "measure");
		this.binder.bind(this.description, "description");
		this.binder.bind(this.dateBasis, "dateBasis");
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
		form.add(this.actor, this.kind, this.date, this.measure, this.target, this.targetDescription, this.description,
				this.dateBasis, this.evidence, new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.description, 2);
		form.setColspan(this.dateBasis, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	void edit(EnforcementDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<EnforcementForm, EnforcementDraft> {

		SaveEvent(EnforcementForm source, EnforcementDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<EnforcementForm> {

		CancelEvent(EnforcementForm source) {
			super(source);
		}

	}

}
