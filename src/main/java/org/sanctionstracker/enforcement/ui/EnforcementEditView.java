package org.sanctionstracker.enforcement.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.RecordHeader;
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.PassageLinks;

/**
 * One enforcement action, for editors: its form, delete, and its history.
 * {@code manage/enforcement/new} starts a new action.
 */
@Route("manage/enforcement/:id")
@PageTitle("Enforcement action · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class EnforcementEditView extends VerticalLayout implements BeforeEnterObserver {

	private final EnforcementService enforcement;

	final RecordHeader header = new RecordHeader("Delete action", EnforcementEditView.class,
			EnforcementActionsView.class);

	final H2 heading = this.header.heading();

	final EnforcementForm form;

	final Button delete = this.header.delete();

	final HistoryPanel history = new HistoryPanel();

	private EnforcementDraft current;

	private final SourceDocumentService documents;

	EnforcementEditView(EnforcementService enforcement, ActorService actors, MeasureService measures,
			SourceDocumentService documents) {
		this.enforcement = enforcement;
		this.documents = documents;
		this.form = new EnforcementForm(actors, measures, documents);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this enforcement action?",
				() -> "The action will be deleted. The history keeps its last state.",
				() -> this.enforcement.delete(this.current.getId(), this.current.getVersion()),
				"Enforcement action deleted", this::reload);
		add(this.header, this.form, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New enforcement action from this passage": the form starts with it cited
		Optional<EvidenceDraft> passage = PassageLinks.citation(event, this.documents);
		this.header.draft(event, () -> {
			EnforcementDraft draft = new EnforcementDraft();
			passage.ifPresent(draft.getEvidence()::add);
			return draft;
		}, this.enforcement::draft, "enforcement action").ifPresent(this::show);
	}

	private void show(EnforcementDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored
				? draft.getKind().label() + ", " + draft.getDate().display() + " \u2014 " + draft.getActor().name()
				: "New enforcement action", stored);
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.enforcement.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.enforcement.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(EnforcementDraft draft) {
		this.header.save(() -> this.enforcement.save(draft), draft.isNew(), "Enforcement action saved",
				this.form.binder, this::reload);
	}

}
