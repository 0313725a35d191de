package org.sanctionstracker.actor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.RecordHeader;
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

	final RecordHeader header = new RecordHeader("Delete actor", ActorEditView.class, ActorsView.class);

	final H2 heading = this.header.heading();

	final ActorForm form;

	final Button delete = this.header.delete();

	final HistoryPanel history = new HistoryPanel();

	private ActorDraft current;

	ActorEditView(ActorService actors, SourceDocumentService documents) {
		this.actors = actors;
		this.form = new ActorForm(documents);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this actor?",
				() -> "\u201C" + this.current.getName() + "\u201D will be deleted. The history keeps its last state.",
				() -> this.actors.delete(this.current.getId(), this.current.getVersion()), "Actor deleted",
				this::reload);
		add(this.header, this.form, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.header.draft(event, ActorDraft::new, this.actors::draft, "actor").ifPresent(this::show);
	}

	private void show(ActorDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored ? draft.getName() : "New actor", stored);
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.actors.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.actors.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(ActorDraft draft) {
		this.header.save(() -> this.actors.save(draft).id(), draft.isNew(), "Actor saved", this.form.binder,
				this::reload);
	}

}
