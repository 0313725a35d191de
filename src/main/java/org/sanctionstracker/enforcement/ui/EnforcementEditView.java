package org.sanctionstracker.enforcement.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
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
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * One enforcement action, for editors: its form, delete, and its history.
 * {@code manage/enforcement/new} starts a new action.
 */
@Route("manage/enforcement/:id")
@PageTitle("Enforcement action · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class EnforcementEditView extends VerticalLayout implements BeforeEnterObserver {

	private final EnforcementService enforcement;

	final H2 heading = new H2();

	final EnforcementForm form;

	final Button delete = new Button("Delete action", VaadinIcon.TRASH.create());

	final HistoryPanel history = new HistoryPanel();

	private EnforcementDraft current;

	EnforcementEditView(EnforcementService enforcement, ActorService actors, MeasureService measures,
			SourceDocumentService documents) {
		this.enforcement = enforcement;
		this.form = new EnforcementForm(actors, measures, documents);
		this.heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> toList());
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.addClickListener((event) -> confirmDelete());
		HorizontalLayout header = new HorizontalLayout(this.heading, this.delete);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(this.heading);
		add(header, this.form, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("new");
		if ("new".equals(id)) {
			show(new EnforcementDraft());
			return;
		}
		Optional<EnforcementDraft> draft = id.matches("\\d{1,18}") ? this.enforcement.draft(Long.parseLong(id))
				: Optional.empty();
		if (draft.isEmpty()) {
			Notices.done("There is no enforcement action " + id + " (it may have been deleted)");
			event.forwardTo(EnforcementActionsView.class);
			return;
		}
		show(draft.get());
	}

	private void show(EnforcementDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.heading.setText(stored
				? draft.getKind().label() + ", " + draft.getDate().display() + " \u2014 " + draft.getActor().name()
				: "New enforcement action");
		this.delete.setVisible(stored);
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.enforcement.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.enforcement.draft(this.current.getId()).ifPresentOrElse(this::show, this::toList);
		}
	}

	private void save(EnforcementDraft draft) {
		try {
			long id = this.enforcement.save(draft);
			Notices.done("Enforcement action saved");
			if (draft.isNew()) {
				getUI().ifPresent(
						(ui) -> ui.navigate(EnforcementEditView.class, new RouteParameters("id", String.valueOf(id))));
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
		confirm.setHeader("Delete this enforcement action?");
		confirm.setText("The action will be deleted. The history keeps its last state.");
		confirm.setCancelable(true);
		confirm.setConfirmText("Delete");
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener((event) -> {
			try {
				this.enforcement.delete(this.current.getId(), this.current.getVersion());
				Notices.done("Enforcement action deleted");
				toList();
			}
			catch (RuntimeException ex) {
				Notices.refused(ex, null, this::reload);
			}
		});
		confirm.open();
	}

	private void toList() {
		getUI().ifPresent((ui) -> ui.navigate(EnforcementActionsView.class));
	}

}
