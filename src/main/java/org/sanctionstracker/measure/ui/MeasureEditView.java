package org.sanctionstracker.measure.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventLine;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * One measure, for editors: its form, its lifecycle (add, change, remove events), delete,
 * and its history. {@code manage/measures/new} starts a new measure.
 */
@Route("manage/measures/:id")
@PageTitle("Measure · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class MeasureEditView extends VerticalLayout implements BeforeEnterObserver {

	private final MeasureService measures;

	final H2 heading = new H2();

	final MeasureForm form;

	final Button delete = new Button("Delete measure", VaadinIcon.TRASH.create());

	final Grid<EventLine> events = new Grid<>();

	final Button addEvent = new Button("Add event", VaadinIcon.PLUS.create());

	final VerticalLayout lifecycle = new VerticalLayout();

	final HistoryPanel history = new HistoryPanel();

	final Dialog eventDialog = new Dialog();

	final EventForm eventForm;

	private MeasureDraft current;

	MeasureEditView(MeasureService measures, ActorService actors, CoalitionService coalitions,
			SourceDocumentService documents) {
		this.measures = measures;
		this.form = new MeasureForm(actors, coalitions, documents);
		this.eventForm = new EventForm(documents);
		this.heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> toList());

		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.addClickListener((event) -> confirmDelete());

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

		HorizontalLayout header = new HorizontalLayout(this.heading, this.delete);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(this.heading);
		add(header, this.form, this.lifecycle, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("new");
		if ("new".equals(id)) {
			show(new MeasureDraft());
			return;
		}
		Optional<MeasureDraft> draft = id.matches("\\d{1,18}") ? this.measures.draft(Long.parseLong(id))
				: Optional.empty();
		if (draft.isEmpty()) {
			Notices.done("There is no measure " + id + " (it may have been deleted)");
			event.forwardTo(MeasuresView.class);
			return;
		}
		show(draft.get());
	}

	private void show(MeasureDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.heading.setText(stored ? draft.getTitle() : "New measure");
		this.delete.setVisible(stored);
		this.lifecycle.setVisible(stored);
		this.history.setVisible(stored);
		if (stored) {
			this.events.setItems(this.measures.eventLines(draft.getId()));
			this.history.setChanges(this.measures.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.measures.draft(this.current.getId()).ifPresentOrElse(this::show, this::toList);
		}
	}

	private void save(MeasureDraft draft) {
		try {
			MeasureRef saved = this.measures.save(draft);
			Notices.done("Measure saved");
			if (draft.isNew()) {
				getUI().ifPresent((ui) -> ui.navigate(MeasureEditView.class,
						new RouteParameters("id", String.valueOf(saved.id()))));
			}
			else {
				reload();
			}
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, this.form.binder, this::reload);
		}
	}

	private void confirmDelete() {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader("Delete this measure?");
		confirm.setText("\u201C" + this.current.getTitle()
				+ "\u201D and its lifecycle events will be deleted. The history keeps their last state.");
		confirm.setCancelable(true);
		confirm.setConfirmText("Delete");
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener((event) -> {
			try {
				this.measures.delete(this.current.getId(), this.current.getVersion());
				Notices.done("Measure deleted");
				toList();
			}
			catch (RuntimeException ex) {
				Notices.refused(ex, null, this::reload);
			}
		});
		confirm.open();
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

	private void toList() {
		getUI().ifPresent((ui) -> ui.navigate(MeasuresView.class));
	}

}
