package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.CitingRecord;
import org.sanctionstracker.source.DocumentCoverage;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.PassagePick;
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
@Menu(order = 90, icon = "vaadin:book", title = "Sources")
class SourcesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	/** The passage to emphasise, as a query parameter. */
	static final String PASSAGE = "passage";

	private static final String TITLE = "Sources · Sanctions Coalition Tracker";

	private final SourceDocumentService service;

	private final Grid<SourceDocumentSummary> grid = new Grid<>();

	private final VerticalLayout reader = new VerticalLayout();

	private final AddressNotice notice = new AddressNotice();

	private DocumentText documentText;

	private String title = TITLE;

	private final Dialog citations = new Dialog();

	/** The stored coverage of the documents listed, by id. */
	private final Map<Long, DocumentCoverage> coverages = new java.util.HashMap<>();

	/** What an editor can record from a passage selected in the reader. */
	final PassageActions passageActions = new PassageActions();

	/** The records that cite the open document's passages. */
	private List<CitingRecord> citing = List.of();

	SourcesView(SourceDocumentService service) {
		this.service = service;

		// one readable column: the title in full (wrapped), what it is under it
		this.grid
			.addColumn(LitRenderer
				.<SourceDocumentSummary>of(
						"""
								<div style="padding: var(--lumo-space-xs) 0">
								  <div style="font-weight: 600; white-space: normal">${item.title}</div>
								  <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); white-space: normal">${item.about}</div>
								</div>""")
				.withProperty("title", SourceDocumentSummary::title)
				.withProperty("about", SourcesView::about))
			.setHeader("Document")
			.setKey("title")
			.setSortable(true)
			.setFlexGrow(1);
		this.grid.addColumn(summary -> summary.published().display())
			.setHeader("Published")
			.setKey("published.lowerBound")
			.setSortable(true)
			.setWidth("8.5rem")
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::coverageCell)
			.setHeader("Decided")
			.setKey("coverage")
			.setWidth("7rem")
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.getElement().setAttribute("aria-label", "Source documents");
		this.grid.setItems(query -> {
			List<SourceDocumentSummary> page = service.list(VaadinSpringDataHelpers.toSpringPageRequest(query))
				.getContent();
			// the stored coverage of the page's documents, one query
			this.coverages.putAll(service.coverages(page.stream().map(SourceDocumentSummary::id).toList()));
			return page.stream();
		}).setIdentifierProvider(SourceDocumentSummary::id);
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
		add(heading, this.notice, split, this.passageActions);
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

	/**
	 * Shows a document chosen in the list and puts it in the address and the browser's
	 * title.
	 */
	private void open(Long documentId, Long passage) {
		show(documentId, passage);
		getUI().ifPresent((ui) -> {
			ui.getPage()
				.getHistory()
				.replaceState(null, new Location((documentId != null) ? "sources/" + documentId : "sources",
						QueryParameters.empty()));
			ui.getPage().setTitle(getPageTitle());
		});
	}

	private void show(Long documentId, Long passage) {
		this.reader.removeAll();
		this.documentText = null;
		this.title = TITLE;
		Optional<SourceDocument> document = Optional.ofNullable(documentId).flatMap(this.service::get);
		if (document.isEmpty()) {
			this.grid.deselectAll();
			this.reader.add(new Paragraph("Select a document to read it. Passages that records cite are marked."));
			return;
		}
		SourceDocument doc = document.get();
		this.title = doc.getTitle() + " · " + TITLE;
		this.grid.select(new SourceDocumentSummary(doc.getId(), doc.getTitle(), doc.getAuthor(), doc.getPublisher(),
				doc.getPublished(), doc.getKind(), doc.getText().length()));
		H3 title = new H3(doc.getTitle());
		Paragraph meta = new Paragraph(String.join(" · ", nonBlank(doc.getAuthor()), nonBlank(doc.getPublisher()),
				doc.getPublished().display(), "SHA-256 " + doc.getTextSha256().substring(0, 12) + "…"));
		meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		List<EvidenceItem> passages = this.service.citedPassages(doc.getId());
		Paragraph legend = new Paragraph(passages.size() + ((passages.size() == 1) ? " passage is" : " passages are")
				+ " cited by records; they are marked in the text"
				+ ((passage != null) ? ", the one you came for in orange" : "")
				+ ". Select a marked passage to see the records that cite it.");
		legend.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		this.documentText = new DocumentText(doc.getText(), passages, passage);
		this.passageActions.clear();
		if (isEditor()) {
			String text = doc.getText();
			long id = doc.getId();
			this.documentText.addPassageSelectListener((start, end) -> {
				if (start >= 0 && end > start && end <= text.length()) {
					this.passageActions.show(new PassagePick(id, start, end), text.substring(start, end));
				}
				else {
					this.passageActions.clear();
				}
			});
		}
		this.citing = this.service.citingRecords(doc.getId());
		this.documentText.addPassageClickListener(this::showCitations);
		this.documentText.addClassName("document-reader-text");
		this.reader.add(title, meta, legend);
		if (passage != null && passages.stream().anyMatch((item) -> item.id().equals(passage))) {
			this.reader.add(citingList("Recorded from the passage you came for:", List.of(passage), this.citing));
		}
		DocumentCoverage coverage = this.service.coverage(doc.getId()).orElse(null);
		if (coverage != null) {
			Anchor coverageLink = new Anchor("sources/" + doc.getId() + "/coverage", "Coverage: " + coverage.percent()
					+ " % of " + coverage.sentences() + " sentences naming a sanction-like act decided");
			coverageLink.addClassNames(LumoUtility.FontSize.SMALL);
			coverageLink.addClassName("coverage-link");
			this.reader.add(coverageLink);
		}
		if (isEditor()) {
			Paragraph hint = new Paragraph("Select a passage to record a measure, lifecycle step, enforcement action"
					+ " or coalition membership from it.");
			hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
			this.reader.add(hint);
		}
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

	private static boolean isEditor() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request != null && request.isUserInRole("EDITOR");
	}

	/** The share decided, linking to the coverage view. */
	private Anchor coverageCell(SourceDocumentSummary summary) {
		DocumentCoverage coverage = this.coverages.get(summary.id());
		Anchor link = new Anchor("sources/" + summary.id() + "/coverage",
				(coverage != null) ? coverage.percent() + " %" : "—");
		link.getElement().setAttribute("title", (coverage != null) ? coverage.describe() : "Not derived yet");
		link.getElement()
			.setAttribute("aria-label", "Coverage of \u201C" + summary.title() + "\u201D: "
					+ ((coverage != null) ? coverage.describe() : "not derived yet"));
		return link;
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	/** Shows the records that cite the passages a mark belongs to. */
	void showCitations(Mark mark) {
		this.citations.removeAll();
		this.citations.setHeaderTitle("Records that cite this passage");
		Paragraph quote = new Paragraph("“" + mark.getText() + "”");
		quote.addClassNames(LumoUtility.TextColor.SECONDARY);
		quote.getStyle().set("font-style", "italic");
		Button close = new Button("Close", (event) -> this.citations.close());
		this.citations.getFooter().removeAll();
		this.citations.getFooter().add(close);
		this.citations.add(quote, citingList(null, DocumentText.passages(mark), this.citing));
		this.citations.setMaxWidth("36rem");
		this.citations.open();
	}

	/** Links to the records that cite some passages. */
	private static Div citingList(String heading, List<Long> passageIds, List<CitingRecord> citing) {
		Div box = new Div();
		box.addClassName("citing-records");
		if (heading != null) {
			Span label = new Span(heading);
			label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
			box.add(label);
		}
		UnorderedList list = new UnorderedList();
		list.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontSize.SMALL);
		// a record citing several of the passages is listed once
		Map<String, CitingRecord> records = new LinkedHashMap<>();
		citing.stream()
			.filter((record) -> passageIds.contains(record.evidenceId()))
			.forEach(
					(record) -> records.putIfAbsent(record.kind() + " " + href(record) + " " + record.label(), record));
		records.values()
			.forEach((record) -> list
				.add(new ListItem(new Span(record.kind().label() + ": "), new Anchor(href(record), record.label()))));
		if (list.getChildren().findAny().isEmpty()) {
			list.add(new ListItem("No record cites it any more."));
		}
		box.add(list);
		return box;
	}

	/** Where readers see a citing record. */
	static String href(CitingRecord record) {
		return switch (record.view()) {
			case COUNTRY -> "country/" + record.viewId();
			case COALITION -> "coalitions/" + record.viewId();
			case CHRONOLOGY_EVENT -> "chronology?entry=event-" + record.viewId();
			case CHRONOLOGY_ACTION -> "chronology?entry=action-" + record.viewId();
			case FIGURE -> "manage/figures/" + record.viewId();
		};
	}

	private static String about(SourceDocumentSummary summary) {
		return String.join(" · ", nonBlank(summary.author()), Labels.humanize(summary.kind()),
				String.format(java.util.Locale.ENGLISH, "%,d characters", summary.length()));
	}

	DocumentText documentText() {
		return this.documentText;
	}

	Dialog citations() {
		return this.citations;
	}

	private static String nonBlank(String value) {
		return (value == null || value.isBlank()) ? "unknown" : value;
	}

}
