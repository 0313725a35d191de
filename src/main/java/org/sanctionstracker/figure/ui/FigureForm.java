package org.sanctionstracker.figure.ui;

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
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.base.ui.FormEvents;
import org.sanctionstracker.base.ui.PartialDateConverter;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.figure.FigureDraft;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.ui.MeasurePicker;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.EvidenceField;

/**
 * The money figure form: how much (or from how much to how much), in which currency, over
 * which period, what it measures, whom or which measure it concerns, when, and the
 * passage that names it. The amounts and the currency are checked at their fields by the
 * figure's own rules ({@link Figure#parseAmount}, {@link Figure#currencyProblem}), the
 * ones the importer applies.
 */
class FigureForm extends Composite<FormLayout> {

	final TextField amount = new TextField("Amount (the lower end of a range)");

	final TextField amountMax = new TextField("Up to (the upper end of a range, optional)");

	final ComboBox<String> currency = Currencies.picker("Currency");

	final ComboBox<FigurePeriod> period = Pickers.of("Counted", FigurePeriod.class, FigurePeriod::label);

	final TextField label = new TextField("What the figure measures");

	final ComboBox<ActorRef> actor;

	final ComboBox<MeasureRef> measure;

	final TextField date = Pickers.partialDate("When");

	final TextArea dateBasis = new TextArea("Where the date comes from (if the source does not print it)");

	final EvidenceField evidence;

	final Button save = new Button("Save");

	final Button cancel = new Button("Cancel");

	final BeanValidationBinder<FigureDraft> binder = Binders.of(FigureDraft.class);

	private FigureDraft draft;

	FigureForm(ActorService actors, MeasureService measures, SourceDocumentService documents) {
		this.actor = ActorPicker.create("Concerns actor (optional)", actors);
		this.actor.setClearButtonVisible(true);
		this.measure = MeasurePicker.create("Concerns measure (optional)", measures);
		this.evidence = new EvidenceField(documents);
		this.amount.setPlaceholder("120000000");
		this.amount.setHelperText("Digits, with a point before cents: 120000000 or 70.5");
		this.amountMax.setPlaceholder("80");
		this.label.setPlaceholder("Revenue from the Kaesong complex cut off");
		this.binder.forField(this.amount).withConverter(new AmountConverter()).bind("amount");
		this.binder.forField(this.amountMax).withConverter(new AmountConverter()).bind("amountMax");
		this.binder.forField(this.currency).withValidator((code, context) -> {
			String problem = (code == null || code.isBlank()) ? null : Figure.currencyProblem(code);
			return (problem != null) ? ValidationResult.error(problem) : ValidationResult.ok();
		}).bind("currency");
		this.binder.bind(this.period, "period");
		this.binder.bind(this.label, "label");
		this.binder.bind(this.actor, "actor");
		this.binder.bind(this.measure, "measure");
		this.binder.forField(this.date).withConverter(new PartialDateConverter()).bind("date");
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
		form.add(this.amount, this.amountMax, this.currency, this.period, this.label, this.actor, this.measure,
				this.date, this.dateBasis, this.evidence, new HorizontalLayout(this.save, this.cancel));
		form.setColspan(this.label, 2);
		form.setColspan(this.dateBasis, 2);
		form.setColspan(this.evidence, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
	}

	void edit(FigureDraft draft) {
		this.draft = draft;
		this.binder.readBean(draft);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends FormEvents.SaveEvent<FigureForm, FigureDraft> {

		SaveEvent(FigureForm source, FigureDraft draft) {
			super(source, draft);
		}

	}

	static final class CancelEvent extends FormEvents.CancelEvent<FigureForm> {

		CancelEvent(FigureForm source) {
			super(source);
		}

	}

}
