package org.sanctionstracker.actor.ui;

import java.util.Arrays;
import java.util.List;

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
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The actor form: name, kind, ISO code (states only), aliases one per line, description
 * and evidence.
 */
class ActorForm extends Composite<FormLayout> {

	final TextField name = new TextField("Name");

	final ComboBox<ActorKind> kind = Pickers.of("Kind", ActorKind.class, ActorKind::label);

	final TextField iso3 = new TextField("ISO 3166 alpha-3 code");

	final TextArea aliases = new TextArea("Other names the sources use (one per line)");

	final TextArea description = new TextArea("Description");

	final EvidenceField evidence;

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<ActorDraft> binder = Binders.of(ActorDraft.class);

	private ActorDraft draft;

	ActorForm(SourceDocumentService documents) {
		this.evidence = new EvidenceField(documents);
		this.iso3.setHelperText("States only, e.g. JPN");
		this.binder.bind(this.name, "name");
		this.binder.bind(this.kind, "kind");
		this.binder.bind(this.iso3, "iso3");
		this.binder.forField(this.aliases)
			.withConverter(Converter.<String, List<String>>from((text) -> com.vaadin.flow.data.binder.Result
				.ok(Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList()),
					(list) -> (list != null) ? String.join("\n", list) : ""))
			.bind("aliases");
		this.binder.bind(this.description, "description");
		this.binder.bind(this.evidence, "evidence");
		this.kind.addValueChangeListener((event) -> this.iso3.setEnabled(event.getValue() == ActorKind.STATE));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> {
			boolean cited = this.evidence.citePending();
			if (this.draft != null && this.binder.writeBeanIfValid(this.draft) && cited) {
				fireEvent(new SaveEvent(this, this.draft));
			}
		});
		this.cancel.addClickListener((event) -> fireEvent(new CancelEvent(this)));
		FormLayout form = getContent();
		form.add(this.name, this.kind, this.iso3, this.aliases, this.description, this.evidence,
				new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.description, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	void edit(ActorDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
		this.iso3.setEnabled(draft.getKind() == ActorKind.STATE);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<ActorForm, ActorDraft> {

		SaveEvent(ActorForm source, ActorDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<ActorForm> {

		CancelEvent(ActorForm source) {
			super(source);
		}

	}

}
