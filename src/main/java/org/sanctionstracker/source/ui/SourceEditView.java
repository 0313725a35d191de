package org.sanctionstracker.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.RecordHeader;
import org.sanctionstracker.source.SourceDocumentDraft;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * One source document, for editors: its metadata form (its text only when it is new),
 * delete, and its history. {@code manage/sources/new} adds a document.
 */
@Route("manage/sources/:id")
@PageTitle("Source document · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class SourceEditView extends VerticalLayout implements BeforeEnterObserver {

	private final SourceDocumentService documents;

	final RecordHeader header = new RecordHeader("Delete document", SourceEditView.class, SourcesManageView.class);

	final H2 heading = this.header.heading();

	final SourceDocumentForm form = new SourceDocumentForm();

	final Button delete = this.header.delete();

	final HistoryPanel history = new HistoryPanel();

	private SourceDocumentDraft current;

	SourceEditView(SourceDocumentService documents) {
		this.documents = documents;
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this document?",
				() -> "\u201C" + this.current.getTitle() + "\u201D will be deleted. The history keeps its metadata.",
				() -> this.documents.delete(this.current.getId(), this.current.getVersion()), "Document deleted",
				this::reload);
		add(this.header, this.form, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.header.draft(event, SourceDocumentDraft::new, this.documents::draft, "document").ifPresent(this::show);
	}

	private void show(SourceDocumentDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored ? draft.getTitle() : "New source document", stored && !draft.isShipped());
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.documents.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.documents.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(SourceDocumentDraft draft) {
		this.header.save(() -> this.documents.save(draft), draft.isNew(), "Document saved", this.form.binder,
				this::reload);
	}

}
