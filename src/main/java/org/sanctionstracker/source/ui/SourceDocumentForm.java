package org.sanctionstracker.source.ui;

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
import org.sanctionstracker.source.SourceDocumentDraft;
import org.sanctionstracker.source.SourceKind;

/**
 * The source document form. The text is pasted once, when the document is added; for a
 * stored document it is shown read-only with its SHA-256.
 */
class SourceDocumentForm extends Composite<FormLayout> {

	final TextField title = new TextField("Title");

	final ComboBox<SourceKind> kind = Pickers.of("Kind", SourceKind.class, SourceKind::label);

	final TextField author = new TextField("Author");

	final TextField publisher = new TextField("Publisher");

	final TextField published = Pickers.partialDate("Published");

	final TextField url = new TextField("Web address");

	final TextArea basis = new TextArea("Where the metadata comes from (if the text does not print it)");

	final TextArea text = new TextArea("Text (paste the whole document)");

	final TextField sha256 = new TextField("SHA-256 of the text");

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<SourceDocumentDraft> binder = Binders.of(SourceDocumentDraft.class);

	private SourceDocumentDraft draft;

	SourceDocumentForm() {
		this.binder.bind(this.title, "title");
		this.binder.bind(this.kind, "kind");
		this.binder.bind(this.author, "author");
		this.binder.bind(this.publisher, "publisher");
		this.binder.forField(this.published).withConverter(new PartialDateConverter()).bind("published");
		this.binder.bind(this.url, "url");
		this.binder.bind(this.basis, "basis");
		this.binder.bind(this.text, "text");
		this.text.setHeight("18em");
		this.sha256.setReadOnly(true);
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> {
			if (this.draft != null && this.binder.writeBeanIfValid(this.draft)) {
				fireEvent(new SaveEvent(this, this.draft));
			}
		});
		this.cancel.addClickListener((event) -> fireEvent(new CancelEvent(this)));
		FormLayout form = getContent();
		form.add(this.title, this.kind, this.author, this.publisher, this.published, this.url, this.basis, this.text,
				this.sha256, new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.title, 2);
		form.setColspan(this.basis, 2);
		form.setColspan(this.text, 2);
		form.setColspan(this.sha256, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	void edit(SourceDocumentDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
		this.text.setReadOnly(!draft.isNew());
		this.text.setHelperText(draft.isNew() ? "Stored as pasted; quotes are later located in it by position"
				: "A stored text never changes: quotes are located in it by position");
		this.sha256.setVisible(!draft.isNew());
		this.sha256.setValue((draft.getTextSha256() != null) ? draft.getTextSha256() : "");
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<SourceDocumentForm, SourceDocumentDraft> {

		SaveEvent(SourceDocumentForm source, SourceDocumentDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<SourceDocumentForm> {

		CancelEvent(SourceDocumentForm source) {
			super(source);
		}

	}

}
