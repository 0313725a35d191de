package org.sanctionstracker.measure.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.base.ui.RecordHeader;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventLine;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.PassageLinks;

/**
 * One measure, for editors: its form, its lifecycle (add, change, remove events), delete,
 * and its history. {@code manage/measures/new} starts a new measure.
 */
@Route("manage/measures/:id")
@PageTitle("Measure · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class MeasureEditView extends VerticalLayout implements BeforeEnterObserver {

	private final MeasureService measures;

	final RecordHeader header = new RecordHeader("Delete measure", MeasureEditView.class, MeasuresView.class);

	final H2 heading = this.header.heading();

	final MeasureForm form;

	final Button delete = this.header.delete();

	final Grid<EventLine> events = new Grid<>();

	final Button addEvent = new Button("Add event", VaadinIcon.PLUS.create());

	final VerticalLayout lifecycle = new VerticalLayout();

	final HistoryPanel history = new HistoryPanel();

	final Dialog eventDialog = new Dialog();

	final EventForm eventForm;

	private MeasureDraft current;

	private final SourceDocumentService documents;

	MeasureEditView(MeasureService measures, ActorService actors, CoalitionService coalitions,
			SourceDocumentService documents) {
		this.measures = measures;
		this.documents = documents;
		this.form = new MeasureForm(actors, coalitions, documents);
		this.eventForm = new EventForm(documents);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this measure?",
				() -> "\u201C" + this.current.getTitle()
						+ "\u201D and its lifecycle events will be deleted. The history keeps their last state.",
				() -> this.measures.delete(this.current.getId(), this.current.getVersion()), "Measure deleted",
				this::reload);

		this.events.addColumn((line) -> line.date().display()).setHeader("When").setAutoWidth(true).setFlexGrow(0);
		this.events.addColumn((line) -> line.kind().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
		this.events.addColumn(EventLine::note).setHeader("Note").setFlexGrow(1);
		this.events.addColumn(EventLine::citations).setHeader("Passages").setAutoWidth(true).setFlexGrow(0);
		this.events.addComponentColumn((line) -> {
			Button edit = new Button(VaadinIcon.EDIT.create(), (click) -> editEvent(line.id()));
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			edit.setAriaLabel("Edit event");
			edit.setTooltipText("Edit event");
			Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> removeEvent(line));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel("Remove event");
			remove.setTooltipText("Remove event");
			return new HorizontalLayout(edit, remove);
		}).setAutoWidth(true).setFlexGrow(0);
		this.events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.events.setAllRowsVisible(true);
		this.addEvent.addClickListener((click) -> {
			this.eventDialog.setHeaderTitle("New lifecycle event");
			this.eventForm.edit(EventDraft.of(this.current.getId()));
			this.eventDialog.open();
		});
		H3 lifecycleTitle = new H3("Lifecycle");
		lifecycleTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
		Paragraph hint = new Paragraph("Whether the measure is in force on a day follows from these events.");
		hint.addClassName(LumoUtility.TextColor.SECONDARY);
		this.lifecycle.setPadding(false);
		this.lifecycle.add(lifecycleTitle, hint, this.events, this.addEvent);

		this.eventForm.addSaveListener((event) -> saveEvent(event.getDraft()));
		this.eventForm.addCancelListener((event) -> this.eventDialog.close());
		this.eventDialog.add(this.eventForm);
		this.eventDialog.setWidth("min(56em, 95vw)");

		add(this.header, this.form, this.lifecycle, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New measure / lifecycle step from this passage": the form starts with it cited
		Optional<EvidenceDraft> passage = PassageLinks.citation(event, this.documents);
		this.header.draft(event, () -> {
			MeasureDraft draft = new MeasureDraft();
			passage.ifPresent(draft.getEvidence()::add);
			return draft;
		}, this.measures::draft, "measure").ifPresent((draft) -> {
			show(draft);
			if (!draft.isNew() && passage.isPresent() && PassageLinks.adds(event, "step")) {
				EventDraft step = EventDraft.of(draft.getId());
				step.getEvidence().add(passage.get());
				this.eventDialog.setHeaderTitle("New lifecycle event");
				this.eventForm.edit(step);
				this.eventDialog.open();
			}
		});
	}

	private void show(MeasureDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored ? draft.getTitle() : "New measure", stored);
		this.lifecycle.setVisible(stored);
		this.history.setVisible(stored);
		if (stored) {
			this.events.setItems(this.measures.eventLines(draft.getId()));
			this.history.setChanges(this.measures.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.measures.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(MeasureDraft draft) {
		this.header.save(() -> this.measures.save(draft).id(), draft.isNew(), "Measure saved", this.form.binder,
				this::reload);
	}

	private void editEvent(long id) {
		this.measures.eventDraft(id).ifPresentOrElse((draft) -> {
			this.eventDialog.setHeaderTitle("Lifecycle event");
			this.eventForm.edit(draft);
			this.eventDialog.open();
		}, this::reload);
	}

	private void saveEvent(EventDraft draft) {
		try {
			this.measures.saveEvent(draft);
			this.eventDialog.close();
			Notices.done("Event saved");
			reload();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, this.eventForm.binder, () -> {
				this.eventDialog.close();
				reload();
			});
		}
	}

	private void removeEvent(EventLine line) {
		try {
			this.measures.deleteEvent(line.id(), line.version());
			Notices.done("Event removed");
			reload();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, this::reload);
		}
	}

}
