package org.sanctionstracker.figure.ui;

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
import org.sanctionstracker.figure.FigureDraft;
import org.sanctionstracker.figure.FigureService;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.PassageLinks;

/**
 * One money figure, for editors: its form, delete, and its history.
 * {@code manage/figures/new} starts a new figure, with a passage cited when the address
 * names one ("New figure from this passage").
 */
@Route("manage/figures/:id")
@PageTitle("Figure · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class FigureEditView extends VerticalLayout implements BeforeEnterObserver {

	private final FigureService figures;

	private final SourceDocumentService documents;

	final RecordHeader header = new RecordHeader("Delete figure", FigureEditView.class, FiguresView.class);

	final H2 heading = this.header.heading();

	final FigureForm form;

	final Button delete = this.header.delete();

	final HistoryPanel history = new HistoryPanel();

	private FigureDraft current;

	FigureEditView(FigureService figures, ActorService actors, MeasureService measures,
			SourceDocumentService documents) {
		this.figures = figures;
		this.documents = documents;
		this.form = new FigureForm(actors, measures, documents);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this figure?",
				() -> "The figure will be deleted. The history keeps its last state.",
				() -> this.figures.delete(this.current.getId(), this.current.getVersion()), "Figure deleted",
				this::reload);
		add(this.header, this.form, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New figure from this passage": the form starts with it cited
		Optional<EvidenceDraft> passage = PassageLinks.citation(event, this.documents);
		this.header.draft(event, () -> {
			FigureDraft draft = new FigureDraft();
			passage.ifPresent(draft.getEvidence()::add);
			return draft;
		}, this.figures::draft, "figure").ifPresent(this::show);
	}

	private void show(FigureDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored ? draft.getLabel() : "New figure", stored);
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.figures.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.figures.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(FigureDraft draft) {
		this.header.save(() -> this.figures.save(draft), draft.isNew(), "Figure saved", this.form.binder, this::reload);
	}

}
