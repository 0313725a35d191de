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
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.coalition.MembershipDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The form of one membership: who, on what basis, from when until when.
 */
class MembershipForm extends Composite<FormLayout> {

	final ComboBox<ActorRef> actor;

	final ComboBox<MembershipBasis> basis = Pickers.of("Basis", MembershipBasis.class, MembershipBasis::label);

	final TextField joined = Pickers.partialDate("Joined");

	final TextField left = Pickers.partialDate("Left (empty while a member)");

	final TextArea dateBasis = new TextArea("Where the dates come from (if the sources do not print them)");

	final TextArea note = new TextArea("Note");

	final EvidenceField evidence;

	final Button save = new Button("Save membership");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<MembershipDraft> binder = Binders.of(MembershipDraft.class);

	private MembershipDraft draft;

	MembershipForm(ActorService actors, SourceDocumentService documents) {
		this.actor = ActorPicker.create("Member", actors);
		this.evidence = new EvidenceField(documents);
		this.binder.bind(this.actor, "actor");
		this.binder.bind(this.basis, "basis");
		this.binder.forField(this.joined).withConverter(new PartialDateConverter()).bind("joined");
		this.binder.forField(this.left).withConverter(new PartialDateConverter()).bind("left");
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
		form.add(this.actor, this.basis, this.joined, this.left, this.dateBasis, this.note, this.evidence,
				new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.dateBasis, 2);
		form.setColspan(this.note, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
	}

	void edit(MembershipDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<MembershipForm, MembershipDraft> {

		SaveEvent(MembershipForm source, MembershipDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<MembershipForm> {

		CancelEvent(MembershipForm source) {
			super(source);
		}

	}

}
