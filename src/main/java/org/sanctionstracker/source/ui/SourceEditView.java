package org.sanctionstracker.source.ui;

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
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
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

	final H2 heading = new H2();

	final SourceDocumentForm form = new SourceDocumentForm();

	final Button delete = new Button("Delete document", VaadinIcon.TRASH.create());

	final HistoryPanel history = new HistoryPanel();

	private SourceDocumentDraft current;

	SourceEditView(SourceDocumentService documents) {
		this.documents = documents;
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
			show(new SourceDocumentDraft());
			return;
		}
		Optional<SourceDocumentDraft> draft = id.matches("\\d{1,18}") ? this.documents.draft(Long.parseLong(id))
				: Optional.empty();
		if (draft.isEmpty()) {
			Notices.done("There is no document " + id + " (it may have been deleted)");
			event.forwardTo(SourcesManageView.class);
			return;
		}
		show(draft.get());
	}

	private void show(SourceDocumentDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.heading.setText(stored ? draft.getTitle() : "New source document");
		this.delete.setVisible(stored && !draft.isShipped());
		this.history.setVisible(stored);
		if (stored) {
			this.history.setChanges(this.documents.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.documents.draft(this.current.getId()).ifPresentOrElse(this::show, this::toList);
		}
	}

	private void save(SourceDocumentDraft draft) {
		try {
			long id = this.documents.save(draft);
			Notices.done("Document saved");
			if (draft.isNew()) {
				getUI().ifPresent(
						(ui) -> ui.navigate(SourceEditView.class, new RouteParameters("id", String.valueOf(id))));
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
		confirm.setHeader("Delete this document?");
		confirm.setText("\u201C" + this.current.getTitle() + "\u201D will be deleted. The history keeps its metadata.");
		confirm.setCancelable(true);
		confirm.setConfirmText("Delete");
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener((event) -> {
			try {
				this.documents.delete(this.current.getId(), this.current.getVersion());
				Notices.done("Document deleted");
				toList();
			}
			catch (RuntimeException ex) {
				Notices.refused(ex, null, this::reload);
			}
		});
		confirm.open();
	}

	private void toList() {
		getUI().ifPresent((ui) -> ui.navigate(SourcesManageView.class));
	}

}
