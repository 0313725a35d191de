package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

/**
 * The documents evidence is quoted from: a sortable list, and a reader that shows the
 * selected text with every passage records cite marked. {@code sources/{id}} opens a
 * document; {@code ?passage={evidenceId}} emphasises one passage and scrolls to it.
 */
@AnonymousAllowed
@Route("sources")
@PageTitle("Sources · Sanctions Coalition Tracker")
@Menu(order = 90, icon = "vaadin:book", title = "Sources")
class SourcesView extends VerticalLayout implements HasUrlParameter<Long> {

	/** The passage to emphasise, as a query parameter. */
	static final String PASSAGE = "passage";

	private final SourceDocumentService service;

	private final Grid<SourceDocumentSummary> grid = new Grid<>();

	private final VerticalLayout reader = new VerticalLayout();

	private final AddressNotice notice = new AddressNotice();

	private DocumentText documentText;

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
		this.grid.addColumn(summary -> Labels.humanize(summary.kind()))
			.setHeader("Kind")
			.setKey("kind")
			.setSortable(true);
		this.grid.addColumn(SourceDocumentSummary::length).setHeader("Characters").setKey("length").setSortable(false);
		this.grid.setItems(query -> service.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.asSingleSelect().addValueChangeListener(event -> {
			if (event.isFromClient()) {
				this.notice.clear();
				open(Optional.ofNullable(event.getValue()).map(SourceDocumentSummary::id).orElse(null), null);
			}
		});

		this.reader.setPadding(true);
		// the reader scrolls on its own, so a passage can be scrolled into view
		this.reader.setHeightFull();
		this.reader.getStyle().set("overflow", "auto");
		this.reader.getElement().setAttribute("role", "region");
		this.reader.getElement().setAttribute("aria-label", "Document reader");
		show(null, null);

		H2 heading = new H2("Source documents");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		SplitLayout split = new SplitLayout(this.grid, this.reader);
		split.setSizeFull();
		split.setSplitterPosition(45);
		// on a narrow screen, the list above the text rather than beside it
		split.addAttachListener((event) -> event.getUI().getPage().retrieveExtendedClientDetails((client) -> {
			if (client.getWindowInnerWidth() < 800) {
				split.setOrientation(SplitLayout.Orientation.VERTICAL);
				split.setSplitterPosition(25);
			}
		}));
		add(heading, this.notice, split);
		setSizeFull();
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter Long documentId) {
		List<String> problems = new ArrayList<>();
		Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(PASSAGE);
		Long passage = asked.filter((value) -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
		if (asked.isPresent() && passage == null) {
			problems.add("'" + asked.get() + "' is not a passage number");
		}
		if (documentId != null && this.service.get(documentId).isEmpty()) {
			problems.add("There is no source document " + documentId + " (it may have been deleted)");
		}
		this.notice.show(problems);
		show(documentId, passage);
	}

	/** Shows a document chosen in the list and puts it in the address. */
	private void open(Long documentId, Long passage) {
		show(documentId, passage);
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null,
					new Location((documentId != null) ? "sources/" + documentId : "sources", QueryParameters.empty())));
	}

	private void show(Long documentId, Long passage) {
		this.reader.removeAll();
		this.documentText = null;
		Optional<SourceDocument> document = Optional.ofNullable(documentId).flatMap(this.service::get);
		if (document.isEmpty()) {
			this.reader.add(new Paragraph("Select a document to read it. Passages that records cite are marked."));
			return;
		}
		SourceDocument doc = document.get();
		H3 title = new H3(doc.getTitle());
		Paragraph meta = new Paragraph(String.join(" · ", nonBlank(doc.getAuthor()), nonBlank(doc.getPublisher()),
				doc.getPublished().display(), "SHA-256 " + doc.getTextSha256().substring(0, 12) + "…"));
		meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		List<EvidenceItem> passages = this.service.citedPassages(doc.getId());
		Paragraph legend = new Paragraph(passages.size() + ((passages.size() == 1) ? " passage is" : " passages are")
				+ " cited by records; they are marked in the text"
				+ ((passage != null) ? ", the one you came for in orange." : "."));
		legend.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		this.documentText = new DocumentText(doc.getText(), passages, passage);
		this.reader.add(title, meta, legend);
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
			this.reader.add(basis);
		}
		this.reader.add(this.documentText);
		if (passage != null && this.documentText.getChosen() != null) {
			// once the text is laid out in the browser
			this.documentText.getChosen()
				.getElement()
				.executeJs("const mark = this; setTimeout(() => mark.scrollIntoView({block: 'center'}), 250);");
		}
		else if (passage != null) {
			this.notice.addProblems(List.of("Passage " + passage + " is not in this document"));
		}
	}

	DocumentText documentText() {
		return this.documentText;
	}

	private static String nonBlank(String value) {
		return (value == null || value.isBlank()) ? "unknown" : value;
	}

}
