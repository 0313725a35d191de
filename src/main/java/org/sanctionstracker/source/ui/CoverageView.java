package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.source.CitingRecord;
import org.sanctionstracker.source.DocumentCoverage;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.ReadableText;
import org.sanctionstracker.source.SentenceDecision;
import org.sanctionstracker.source.SentenceItem;
import org.sanctionstracker.source.SentenceState;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * How far a document is coded ({@code sources/{id}/coverage}): each sentence that names a
 * sanction-like act, with its state — cited (with links to the records citing it),
 * decided not a record (with the reason and its history), or open — filtered by state in
 * the address ({@code ?state=open}). Editors decide a sentence, change the reason or
 * withdraw the decision, and select a passage to record a measure, lifecycle step,
 * enforcement action or membership from it; everyone else reads.
 */
@AnonymousAllowed
@Route("sources/:id/coverage")
class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/**
	 * The state filter, as a query parameter: {@code open}, {@code cited},
	 * {@code decided}.
	 */
	static final String STATE = "state";

	private static final String ALL = "all";

	private static final String TITLE = "Coverage · Sanctions Coalition Tracker";

	private final SourceDocumentService service;

	private final AddressNotice notice = new AddressNotice();

	final H2 heading = new H2("Coverage");

	final Anchor reader = new Anchor("sources", "Read the document");

	final Paragraph summary = new Paragraph();

	final ProgressBar bar = new ProgressBar(0, 1);

	final Select<String> state = new Select<>();

	final Grid<SentenceItem> sentences = new Grid<>();

	final PassageActions passageActions = new PassageActions();

	final Dialog decideDialog = new Dialog();

	final TextArea reason = new TextArea("Why is this sentence not a record?");

	final Dialog historyDialog = new Dialog();

	final HistoryPanel history = new HistoryPanel();

	private Long documentId;

	private String text = "";

	private ReadableText readable;

	private String title = TITLE;

	private SentenceState filter;

	private SentenceItem deciding;

	private boolean editor;

	CoverageView(SourceDocumentService service) {
		this.service = service;
		this.heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.summary.addClassNames(LumoUtility.Margin.NONE);
		this.summary.addClassName("coverage-summary");
		this.bar.getElement().setAttribute("aria-label", "Share of sentences decided");
		this.bar.setWidthFull();
		this.bar.setMaxWidth("40em");

		this.state.setLabel("Show");
		this.state.setItems(ALL, "open", "cited", "decided");
		this.state.setValue(ALL);
		this.state.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.filter = stateOf(event.getValue());
				address();
				refresh();
			}
		});

		this.sentences.addColumn(new ComponentRenderer<>(this::card)).setHeader("Sentences naming a sanction-like act");
		this.sentences.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
		this.sentences.getElement().setAttribute("aria-label", "Sentences naming a sanction-like act");
		this.sentences.setSizeFull();
		this.sentences.setSelectionMode(Grid.SelectionMode.NONE);

		this.reason.setWidthFull();
		this.reason.setMaxLength(SentenceDecision.REASON_MAX_LENGTH);
		this.reason.setHelperText("Specific, as a researcher would accept it: \"background: describes the 1994"
				+ " Agreed Framework, outside 2002–2016\", \"author's opinion, not a state act\".");
		Button save = new Button("Save decision", (event) -> saveDecision());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (event) -> this.decideDialog.close());
		this.decideDialog.add(this.reason);
		this.decideDialog.getFooter().add(cancel, save);
		this.decideDialog.setWidth("min(40em, 95vw)");
		this.historyDialog.setHeaderTitle("History of the decision");
		this.historyDialog.add(this.history);
		this.historyDialog.getFooter().add(new Button("Close", (event) -> this.historyDialog.close()));
		this.historyDialog.setWidth("min(56em, 95vw)");

		HorizontalLayout top = new HorizontalLayout(this.state, this.reader);
		top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		top.setWrap(true);
		add(this.heading, this.notice, this.summary, this.bar, top, this.sentences, this.passageActions);
		setSizeFull();
		PassageSelection.install(this.sentences.getElement(), (start, end) -> {
			if (this.editor && this.documentId != null && start >= 0 && end > start && end <= this.text.length()) {
				this.passageActions.show(new PassagePick(this.documentId, start, end), this.text.substring(start, end));
			}
			else {
				this.passageActions.clear();
			}
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> problems = new ArrayList<>();
		String id = event.getRouteParameters().get("id").orElse("");
		Optional<SourceDocument> document = id.matches("\\d{1,18}") ? this.service.get(Long.parseLong(id))
				: Optional.empty();
		Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(STATE);
		this.filter = asked.map(CoverageView::stateOf).orElse(null);
		if (asked.isPresent() && this.filter == null && !asked.get().equals(ALL)) {
			problems.add("'" + asked.get() + "' is not a state; showing all sentences (states: open, cited, decided)");
		}
		this.state.setValue((this.filter != null) ? this.filter.name().toLowerCase(Locale.ROOT) : ALL);
		this.editor = isEditor();
		this.passageActions.clear();
		if (document.isEmpty()) {
			problems.add("There is no source document " + id + " (it may have been deleted)");
			this.documentId = null;
			this.text = "";
			this.title = TITLE;
			this.heading.setText("Coverage");
			this.summary.setText("");
			this.sentences.setItems(List.of());
			this.notice.show(problems);
			return;
		}
		this.notice.show(problems);
		SourceDocument doc = document.get();
		this.documentId = doc.getId();
		this.text = doc.getText();
		this.readable = ReadableText.of(this.text);
		this.title = "Coverage of " + doc.getTitle() + " · Sanctions Coalition Tracker";
		this.heading.setText("Coverage: " + doc.getTitle());
		this.reader.setHref("sources/" + doc.getId());
		this.sentences.setItems(
				(query) -> this.service.sentences(this.documentId, this.filter, query.getOffset(), query.getLimit())
					.stream(),
				(query) -> this.service.countSentences(this.documentId, this.filter));
		showSummary();
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	private void refresh() {
		if (this.documentId != null) {
			this.sentences.getDataProvider().refreshAll();
			showSummary();
		}
	}

	private void showSummary() {
		DocumentCoverage coverage = this.service.coverage(this.documentId).orElse(null);
		if (coverage == null) {
			this.summary.setText("The coverage of this document is derived on the next start.");
			this.bar.setValue(0);
			return;
		}
		this.summary.setText(coverage.describe()
				+ (this.editor ? " Select a passage to record it, or decide an open sentence." : ""));
		this.bar.setValue(coverage.share());
		this.state.setItemLabelGenerator((value) -> switch (value) {
			case "open" -> "Open (" + coverage.open() + ")";
			case "cited" -> "Cited (" + coverage.cited() + ")";
			case "decided" -> "Decided not a record (" + coverage.decided() + ")";
			default -> "All (" + coverage.sentences() + ")";
		});
	}

	/** The filter in the address, so that a link reproduces the view. */
	private void address() {
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null,
					new Location("sources/" + this.documentId + "/coverage",
							(this.filter != null)
									? QueryParameters.of(STATE, this.filter.name().toLowerCase(Locale.ROOT))
									: QueryParameters.empty())));
	}

	private static SentenceState stateOf(String value) {
		if (value == null) {
			return null;
		}
		for (SentenceState candidate : SentenceState.values()) {
			if (candidate.name().equalsIgnoreCase(value)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * One sentence: its state, text (selectable), citing records, decision and actions.
	 */
	Component card(SentenceItem item) {
		Div card = new Div();
		card.addClassName("coverage-sentence");
		card.addClassName("state-" + item.state().name().toLowerCase(Locale.ROOT));
		card.getStyle().set("padding", "var(--lumo-space-s) 0");

		Span badge = new Span(item.state().label());
		badge.getElement().setAttribute("theme", switch (item.state()) {
			case CITED -> "badge success";
			case DECIDED -> "badge contrast";
			case OPEN -> "badge error";
		});
		Span terms = new Span("names: " + String.join(", ", item.terms()));
		terms.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div head = new Div(badge, new Span(" "), terms);

		Div sentence = new Div();
		sentence.addClassName("coverage-sentence-text");
		sentence.getStyle().set("max-width", "72ch").set("line-height", "1.5").set("margin", "var(--lumo-space-xs) 0");
		for (ReadableText.Block block : this.readable.blocks()) {
			boolean blockStarted = false;
			for (ReadableText.Run run : block.runs()) {
				int from = Math.max(run.start(), item.start());
				int to = Math.min(run.end(), item.end());
				if (from < to) {
					if (!blockStarted && sentence.getComponentCount() > 0) {
						// a sentence over a page break: its parts read as one
						sentence.add(new Span(" "));
					}
					blockStarted = true;
					Span piece = new Span(run.text().substring(from - run.start(), to - run.start()));
					piece.getElement().setAttribute("data-s", String.valueOf(from));
					sentence.add(piece);
				}
			}
		}
		card.add(head, sentence);

		if (!item.citing().isEmpty()) {
			Div cited = new Div(new Span("Cited by: "));
			cited.addClassNames(LumoUtility.FontSize.SMALL);
			cited.addClassName("citing-records");
			for (int i = 0; i < item.citing().size(); i++) {
				CitingRecord record = item.citing().get(i);
				if (i > 0) {
					cited.add(new Span("; "));
				}
				cited.add(new Span(record.kind().label() + ": "), new Anchor(SourcesView.href(record), record.label()));
			}
			card.add(cited);
		}
		SentenceItem.Decision decision = item.decision();
		if (decision != null && decision.reason() != null) {
			Paragraph why = new Paragraph("Decided not a record: " + decision.reason());
			why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
			why.addClassName("decision-reason");
			card.add(why);
		}
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		actions.addClassNames(LumoUtility.Gap.SMALL);
		actions.setWrap(true);
		if (this.editor) {
			boolean decided = decision != null && decision.reason() != null;
			Button decide = new Button(decided ? "Change reason" : "Decide not a record",
					(event) -> openDecision(item));
			decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			decide.addClassName("decide");
			actions.add(decide);
			if (decided) {
				Button withdraw = new Button("Withdraw decision", (event) -> withdraw(decision));
				withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
						ButtonVariant.LUMO_ERROR);
				withdraw.addClassName("withdraw");
				actions.add(withdraw);
			}
		}
		if (decision != null) {
			Button past = new Button("History", VaadinIcon.TIME_BACKWARD.create(), (event) -> showHistory(decision));
			past.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			past.addClassName("history");
			actions.add(past);
		}
		if (actions.getComponentCount() > 0) {
			card.add(actions);
		}
		return card;
	}

	void openDecision(SentenceItem item) {
		this.deciding = item;
		this.decideDialog.setHeaderTitle(
				(item.decision() != null && item.decision().reason() != null) ? "Change the reason" : "Not a record");
		this.reason
			.setValue((item.decision() != null && item.decision().reason() != null) ? item.decision().reason() : "");
		this.reason.setInvalid(false);
		this.decideDialog.open();
	}

	void saveDecision() {
		SentenceItem item = this.deciding;
		try {
			this.service.decide(item.documentId(), item.start(), item.end(), this.reason.getValue(),
					(item.decision() != null) ? item.decision().version() : null);
			this.decideDialog.close();
			Notices.done("Decision saved");
			refresh();
		}
		catch (InvalidInputException ex) {
			this.reason.setErrorMessage(String.join(" ", ex.reasons().values()));
			this.reason.setInvalid(true);
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, () -> {
				this.decideDialog.close();
				refresh();
			});
		}
	}

	private void withdraw(SentenceItem.Decision decision) {
		try {
			this.service.withdrawDecision(decision.id(), decision.version());
			Notices.done("Decision withdrawn");
			refresh();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, this::refresh);
		}
	}

	private void showHistory(SentenceItem.Decision decision) {
		this.history.setChanges(this.service.decisionHistory(decision.id()));
		this.historyDialog.open();
	}

	private static boolean isEditor() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request != null && request.isUserInRole("EDITOR");
	}

}
