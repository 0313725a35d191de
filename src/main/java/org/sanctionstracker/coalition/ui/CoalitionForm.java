package org.sanctionstracker.coalition.ui;

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
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.coalition.CoalitionDraft;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The coalition form: name, kind, description, where facts come from, evidence.
 */
class CoalitionForm extends Composite<FormLayout> {

	final TextField name = new TextField("Name");

	final ComboBox<CoalitionKind> kind = Pickers.of("Kind", CoalitionKind.class, CoalitionKind::label);

	final TextArea description = new TextArea("Description");

	final TextArea basis = new TextArea("Where facts not in the sources come from");

	final EvidenceField evidence;

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<CoalitionDraft> binder = Binders.of(CoalitionDraft.class);

	private CoalitionDraft draft;

	CoalitionForm(SourceDocumentService documents) {
		this.evidence = new EvidenceField(documents);
		this.binder.bind(this.name, "name");
		this.binder.bind(this.kind, "kind");
		this.binder.bind(this.description, "description");
		this.binder.bind(this.basis, "basis");
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
		form.add(this.name, this.kind, this.description, this.basis, this.evidence,
				new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.description, 2);
		form.setColspan(this.basis, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	void edit(CoalitionDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<CoalitionForm, CoalitionDraft> {

		SaveEvent(CoalitionForm source, CoalitionDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<CoalitionForm> {

		CancelEvent(CoalitionForm source) {
			super(source);
		}

	}

}
