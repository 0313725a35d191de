package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.data.domain.Sort;

/**
 * The passages a record cites, as a form field: a list with "Remove", and two ways to add
 * one: paste a quote from a stored document (checked at once to occur verbatim, exactly
 * once) or give a web address. Saving the form stores new passages.
 */
public class EvidenceField extends CustomField<List<EvidenceDraft>> {

	private final List<EvidenceDraft> citations = new ArrayList<>();

	private final Grid<EvidenceDraft> grid = new Grid<>();

	private final ComboBox<SourceDocumentSummary> document = new ComboBox<>("Document");

	private final TextArea quote = new TextArea("Quote (copied word for word from the document or its reader)");

	private final TextField url = new TextField("Web address");

	private final Details adding = new Details();

	private final Span empty = new Span("No passage cited yet.");

	private final SourceDocumentService documents;

	public EvidenceField(SourceDocumentService documents) {
		super(List.of());
		this.documents = documents;
		setLabel("Evidence");
		this.grid.addColumn(EvidenceDraft::display).setHeader("Cited passage").setFlexGrow(1);
		this.grid.addComponentColumn((citation) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> {
				this.citations.remove(citation);
				refresh();
				updateValue();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel("Remove this citation");
			remove.setTooltipText("Remove this citation");
			return remove;
		}).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

		this.document.setItems(
				(query) -> documents
					.list(query.getFilter().orElse(null),
							VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by("title")))
					.stream());
		this.document.setItemLabelGenerator(SourceDocumentSummary::title);
		this.document.setWidthFull();
		this.quote.setWidthFull();
		Button addQuote = new Button("Cite this passage", VaadinIcon.QUOTE_LEFT.create(), (event) -> citeQuote());
		VerticalLayout byQuote = new VerticalLayout(this.document, this.quote, addQuote);
		byQuote.setPadding(false);

		this.url.setWidthFull();
		this.url.setPlaceholder("https://");
		Button addUrl = new Button("Cite this address", VaadinIcon.LINK.create(), (event) -> citeUrl());
		HorizontalLayout byUrl = new HorizontalLayout(this.url, addUrl);
		byUrl.setWidthFull();
		byUrl.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		TabSheet adders = new TabSheet();
		adders.add("Quote a stored document", byQuote);
		adders.add("Cite a web page", byUrl);
		adders.setWidthFull();
		this.adding.setSummaryText("Add a citation");
		this.adding.add(adders);
		this.adding.setWidthFull();

		VerticalLayout layout = new VerticalLayout(this.grid, this.empty, this.adding);
		layout.setPadding(false);
		add(layout);
		refresh();
	}

	/**
	 * Cites what was typed but not added yet (a pasted quote, a web address), as the
	 * "Cite this …" buttons do. A form calls it before it saves, so that nothing typed is
	 * dropped silently.
	 * @return {@code false} when what was typed cannot be cited; its field says why and
	 * keeps it
	 */
	public boolean citePending() {
		boolean cited = true;
		if (!this.quote.getValue().isBlank()) {
			cited &= citeQuote();
		}
		if (!this.url.getValue().isBlank()) {
			cited &= citeUrl();
		}
		if (!cited) {
			this.adding.setOpened(true);
		}
		return cited;
	}

	private boolean citeQuote() {
		this.quote.setInvalid(false);
		if (this.document.getValue() == null) {
			this.document.setErrorMessage("Choose the document you quote");
			this.document.setInvalid(true);
			return false;
		}
		this.document.setInvalid(false);
		String problem = this.documents.quoteProblem(this.document.getValue().id(), this.quote.getValue());
		if (problem != null) {
			this.quote.setErrorMessage(problem);
			this.quote.setInvalid(true);
			return false;
		}
		add(EvidenceDraft.quote(this.document.getValue().id(), this.document.getValue().title(),
				this.quote.getValue()));
		this.quote.clear();
		return true;
	}

	private boolean citeUrl() {
		String problem = this.documents.webAddressProblem(this.url.getValue());
		if (problem != null) {
			this.url.setErrorMessage(problem);
			this.url.setInvalid(true);
			return false;
		}
		this.url.setInvalid(false);
		add(EvidenceDraft.url(this.url.getValue().strip()));
		this.url.clear();
		return true;
	}

	private void add(EvidenceDraft citation) {
		this.citations.add(citation);
		refresh();
		updateValue();
	}

	private void refresh() {
		this.grid.setItems(this.citations);
		this.grid.setVisible(!this.citations.isEmpty());
		this.empty.setVisible(this.citations.isEmpty());
	}

	/**
	 * The collapsible part with the two ways of adding a citation.
	 * @return the details component
	 */
	public Details getAdding() {
		return this.adding;
	}

	@Override
	protected List<EvidenceDraft> generateModelValue() {
		return List.copyOf(this.citations);
	}

	@Override
	protected void setPresentationValue(List<EvidenceDraft> value) {
		this.citations.clear();
		if (value != null) {
			this.citations.addAll(value);
		}
		refresh();
	}

	@Override
	public List<EvidenceDraft> getEmptyValue() {
		return List.of();
	}

	public ComboBox<SourceDocumentSummary> getDocument() {
		return this.document;
	}

	public TextArea getQuote() {
		return this.quote;
	}

	public TextField getUrl() {
		return this.url;
	}

	public Grid<EvidenceDraft> getGrid() {
		return this.grid;
	}

}
