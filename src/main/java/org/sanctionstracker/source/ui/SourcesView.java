package org.sanctionstracker.source.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

/**
 * The documents evidence is quoted from: a sortable list and a reader for the selected
 * text.
 */
@AnonymousAllowed
@Route("sources")
@PageTitle("Sources · Sanctions Coalition Tracker")
@Menu(order = 90, icon = "vaadin:book", title = "Sources")
class SourcesView extends VerticalLayout {

	private final SourceDocumentService service;

	private final Grid<SourceDocumentSummary> grid = new Grid<>();

	private final VerticalLayout reader = new VerticalLayout();

	SourcesView(SourceDocumentService service) {
		this.service = service;

		this.grid.addColumn(SourceDocumentSummary::title)
			.setHeader("Title")
			.setKey("title")
			.setSortable(true)
			.setFlexGrow(3);
		this.grid.addColumn(SourceDocumentSummary::author).setHeader("Author").setKey("author").setSortable(true);
		this.grid.addColumn(summary -> summary.published().display())
			.setHeader("Published")
			.setKey("published.lowerBound")
			.setSortable(true);
		this.grid.addColumn(SourceDocumentSummary::kind).setHeader("Kind").setKey("kind").setSortable(true);
		this.grid.addColumn(SourceDocumentSummary::length).setHeader("Characters").setKey("length").setSortable(false);
		this.grid.setItems(query -> service.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

		this.reader.setPadding(true);
		show(null);

		H2 heading = new H2("Source documents");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		SplitLayout split = new SplitLayout(this.grid, this.reader);
		split.setSizeFull();
		split.setSplitterPosition(58);
		add(heading, split);
		setSizeFull();
	}

	private void show(SourceDocumentSummary summary) {
		this.reader.removeAll();
		Optional<SourceDocument> document = Optional.ofNullable(summary)
			.flatMap(selected -> this.service.get(selected.id()));
		if (document.isEmpty()) {
			this.reader.add(new Paragraph("Select a document to read it."));
			return;
		}
		SourceDocument doc = document.get();
		H3 title = new H3(doc.getTitle());
		Paragraph meta = new Paragraph(String.join(" · ", nonBlank(doc.getAuthor()), nonBlank(doc.getPublisher()),
				doc.getPublished().display(), "SHA-256 " + doc.getTextSha256().substring(0, 12) + "…"));
		meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div text = new Div();
		text.setText(doc.getText());
		text.getStyle().set("white-space", "pre-wrap").set("max-width", "70ch");
		this.reader.add(title, meta, text);
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request != null && request.isUserInRole("EDITOR")) {
			Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
					(event) -> event.getSource()
						.getUI()
						.ifPresent((ui) -> ui.navigate(SourceEditView.class,
								new RouteParameters("id", String.valueOf(doc.getId())))));
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			this.reader.addComponentAtIndex(1, edit);
		}
		if (doc.getBasis() != null) {
			Paragraph basis = new Paragraph("About this record: " + doc.getBasis());
			basis.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
			this.reader.addComponentAtIndex(2, basis);
		}
	}

	private static String nonBlank(String value) {
		return (value == null || value.isBlank()) ? "unknown" : value;
	}

}
