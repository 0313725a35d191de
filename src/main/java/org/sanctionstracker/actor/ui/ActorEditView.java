package org.sanctionstracker.actor.ui;

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
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * One actor, for editors: its form, delete, and its history. {@code manage/actors/new}
 * starts a new actor.
 */
@Route("manage/actors/:id")
@PageTitle("Actor · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class ActorEditView extends VerticalLayout implements BeforeEnterObserver {

	private final ActorService actors;

	final H2 heading = new H2();

	final ActorForm form;

	final Button delete = new Button("Delete actor", VaadinIcon.TRASH.create());

	final HistoryPanel history = new HistoryPanel();

	private ActorDraft current;

	ActorEditView(ActorService actors, SourceDocumentService documents) {
		this.actors = actors;
		this.form = new ActorForm(documents);
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
			show(new ActorDraft());
			return;
		}
		Optional<ActorDraft> draft = id.matches("\\d{1,18}") ? this.actors.draft(Long.parseLong(id)) : Optional.empty();
		if (draft.isEmpty()) {
			Notices.done("There is no actor " + id + " (it may have been deleted)");
			event.forwardTo(ActorsView.class);
			return;
		}
		show(draft.get());
	}

	private void show(ActorDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.heading.setText(stored ? draft.getName() : "New actor");
		this.delete.setVisible(stored);
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.actors.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.actors.draft(this.current.getId()).ifPresentOrElse(this::show, this::toList);
		}
	}

	private void save(ActorDraft draft) {
		try {
			ActorRef saved = this.actors.save(draft);
			Notices.done("Actor saved");
			if (draft.isNew()) {
				getUI().ifPresent((ui) -> ui.navigate(ActorEditView.class,
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
		confirm.setHeader("Delete this actor?");
		confirm
			.setText("\u201C" + this.current.getName() + "\u201D will be deleted. The history keeps its last state.");
		confirm.setCancelable(true);
		confirm.setConfirmText("Delete");
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener((event) -> {
			try {
				this.actors.delete(this.current.getId(), this.current.getVersion());
				Notices.done("Actor deleted");
				toList();
			}
			catch (RuntimeException ex) {
				Notices.refused(ex, null, this::reload);
			}
		});
		confirm.open();
	}

	private void toList() {
		getUI().ifPresent((ui) -> ui.navigate(ActorsView.class));
	}

}
