package org.sanctionstracker.chronology.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorLink;
import org.sanctionstracker.chronology.ChronologyEntry;
import org.sanctionstracker.chronology.ChronologyService;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.ui.FilterBar;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.ReadableText;
import org.sanctionstracker.source.SourceDocumentService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every lifecycle event and enforcement action in one list, oldest first, filtered,
 * sorted and paged by the database. Selecting a row opens the record with its source
 * passages highlighted; the address keeps the filter and the selected row.
 */
@Route("chronology")
@PageTitle("Chronology · Sanctions Coalition Tracker")
@Menu(order = 10, icon = "vaadin:calendar-clock", title = "Chronology")
@AnonymousAllowed
class ChronologyView extends VerticalLayout implements BeforeEnterObserver {

	/** The selected row in the address, e.g. {@code entry=event-12}. */
	static final String ENTRY = "entry";

	/** Below this window width the list shows cards. */
	static final int NARROW = 700;

	static final String CARD_KEY = "card";

	/** A row as a card, for phones. Lit's bindings set text, never markup. */
	private static final String CARD = """
			<div class="chronology-card">
			  <div class="chronology-card-top">
			    <strong>${item.date}</strong>
			    <span class="chronology-card-kind" ?data-enforcement=${item.enforcement}>${item.kind}</span>
			    <a href="${item.href}">${item.actor}</a>
			  </div>
			  <div class="chronology-card-headline">${item.headline}</div>
			  <div class="chronology-card-quote">${item.quote}</div>
			</div>""";

	private static final List<String> WIDE_COLUMNS = List.of("date", "kind", "actor", "headline");

	private final ChronologyService chronology;

	private final FilterBar filterBar;

	private final Grid<ChronologyEntry> grid = new Grid<>();

	private final ChronologyDetail detail;

	private final Div content = new Div();

	private ChronologyEntry selected;

	private boolean narrow;

	private Registration resizing;

	ChronologyView(ChronologyService chronology, MeasureService measures, SourceDocumentService documents,
			ActorService actors, CoalitionService coalitions) {
		this.chronology = chronology;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EITHER);
		this.filterBar.setExportLinks(List.of(new FilterBar.ExportLink("Events CSV", "events.csv", Kinds.EVENT),
				new FilterBar.ExportLink("Events JSON", "events.json", Kinds.EVENT),
				new FilterBar.ExportLink("Enforcement actions CSV", "enforcement-actions.csv", Kinds.ENFORCEMENT),
				new FilterBar.ExportLink("Enforcement actions JSON", "enforcement-actions.json", Kinds.ENFORCEMENT)));
		this.filterBar.setExtraParameters(this::selectionParameters);
		this.filterBar.addFilterChangeListener((values) -> {
			select(null, true);
			this.grid.getDataProvider().refreshAll();
		});
		this.detail = new ChronologyDetail(measures, documents, () -> {
			this.grid.deselectAll();
			select(null, true);
		});
		this.detail.setVisible(false);

		configureGrid();

		H2 heading = new H2("Chronology");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Every recorded step of every measure and every enforcement action, with the"
				+ " passage it comes from. Select a row to read the record and its source.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

		this.content.addClassName("sct-two-pane");
		this.content.add(this.grid, this.detail);
		this.detail.addClassName("sct-detail");
		add(heading, intro, this.filterBar, this.content);
		setPadding(true);
		addAttachListener((event) -> {
			event.getUI()
				.getPage()
				.retrieveExtendedClientDetails((client) -> setNarrow(client.getWindowInnerWidth() < NARROW));
			this.resizing = event.getUI()
				.getPage()
				.addBrowserWindowResizeListener((resize) -> setNarrow(resize.getWidth() < NARROW));
		});
		addDetachListener((event) -> {
			if (this.resizing != null) {
				this.resizing.remove();
			}
		});
	}

	/**
	 * Shows the list as cards (a phone) or as columns.
	 * @param cards whether to show cards
	 */
	void setNarrow(boolean cards) {
		this.narrow = cards;
		WIDE_COLUMNS.forEach((key) -> this.grid.getColumnByKey(key).setVisible(!cards));
		this.grid.getColumnByKey(CARD_KEY).setVisible(cards);
		this.grid.getColumnByKey("quote").setVisible(!cards && this.selected == null);
		this.grid.setHeight(cards ? "80vh" : "70vh");
	}

	private void configureGrid() {
		this.grid.addColumn((entry) -> entry.date().display())
			.setHeader("Date")
			.setKey("date")
			.setSortable(true)
			.setSortProperty("date")
			.setWidth("8.5rem")
			.setFlexGrow(0);
		this.grid.addComponentColumn(ChronologyView::kindBadge)
			.setHeader("Step")
			.setKey("kind")
			.setSortable(true)
			.setSortProperty("kind")
			.setWidth("10rem")
			.setFlexGrow(0);
		this.grid.addComponentColumn((entry) -> new ActorLink(entry.actor()))
			.setHeader("Actor")
			.setKey("actor")
			.setSortable(true)
			.setSortProperty("actor")
			// a component column is measured before its links render: a fixed width
			// keeps the header readable
			.setWidth("11rem")
			.setFlexGrow(0);
		this.grid.addComponentColumn(ChronologyView::record)
			.setHeader("Record")
			.setKey("headline")
			.setSortable(true)
			.setSortProperty("headline")
			.setFlexGrow(2);
		this.grid.addColumn(ChronologyView::quoteText).setHeader("Quote").setKey("quote").setFlexGrow(2);
		// on a phone one column of cards replaces the five: date, step and actor on
		// one line, the record under them, the quote cut to two lines
		this.grid
			.addColumn(LitRenderer.<ChronologyEntry>of(CARD)
				.withProperty("date", (entry) -> entry.date().display())
				.withProperty("kind", ChronologyEntry::kindLabel)
				.withProperty("enforcement", (entry) -> entry.record() == ChronologyEntry.Record.ENFORCEMENT_ACTION)
				.withProperty("actor", (entry) -> entry.actor().name())
				.withProperty("href", (entry) -> ActorLink.href(entry.actor()))
				.withProperty("headline", ChronologyEntry::headline)
				.withProperty("quote", ChronologyView::quoteText))
			.setHeader("Events and enforcement actions")
			.setKey(CARD_KEY)
			.setSortable(true)
			.setSortProperty("date")
			.setVisible(false);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setHeight("70vh");
		this.grid.setMinHeight("24rem");
		this.grid.setItems(
				(query) -> this.chronology
					.entries(this.filterBar.getFilter(),
							PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
					.stream());
		this.grid.sort(List.of(new GridSortOrder<>(this.grid.getColumnByKey("date"), SortDirection.ASCENDING)));
		this.grid.asSingleSelect().addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				select(event.getValue(), true);
			}
		});
		this.grid.getElement().setAttribute("aria-label", "Chronology of events and enforcement actions");
		this.grid.setColumnReorderingAllowed(false);
		this.grid.getColumnByKey("quote").setTextAlign(ColumnTextAlign.START);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		this.filterBar.restore(event.getLocation());
		this.grid.getDataProvider().refreshAll();
		Optional<String> key = parameters.getSingleParameter(ENTRY);
		Optional<ChronologyEntry> entry = key.flatMap(this::entry);
		if (key.isPresent() && entry.isEmpty()) {
			this.filterBar.reportAddressProblems(
					List.of("There is no event or enforcement action '" + key.get() + "' (it may have been deleted)"));
		}
		// the address is the one the view was opened with: it is not rewritten here
		select(entry.orElse(null), false);
	}

	private Optional<ChronologyEntry> entry(String key) {
		String[] parts = key.split("-", 2);
		if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
			return Optional.empty();
		}
		ChronologyEntry.Record record = switch (parts[0]) {
			case "event" -> ChronologyEntry.Record.EVENT;
			case "action" -> ChronologyEntry.Record.ENFORCEMENT_ACTION;
			default -> null;
		};
		return (record != null) ? this.chronology.entry(record, Long.parseLong(parts[1])) : Optional.empty();
	}

	private void select(ChronologyEntry entry, boolean byUser) {
		this.selected = entry;
		this.content.setClassName("with-detail", entry != null);
		// the detail shows the passages in full; the grid keeps its width for the records
		this.grid.getColumnByKey("quote").setVisible(entry == null && !this.narrow);
		if (entry == null) {
			this.detail.setVisible(false);
		}
		else {
			this.detail.show(entry, this.filterBar.getAsOf());
			this.detail.setVisible(true);
			this.detail.getElement().callJsFunction("scrollIntoView", Map.of("block", "nearest"));
		}
		if (byUser) {
			this.filterBar.updateAddress();
		}
	}

	private Map<String, String> selectionParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.selected != null) {
			parameters.put(ENTRY, this.selected.key());
		}
		return parameters;
	}

	/** The grid's sort as the service's, date first by default. */
	private static Sort sort(List<QuerySortOrder> orders) {
		if (orders.isEmpty()) {
			return Sort.by(Sort.Order.asc("date"));
		}
		QuerySortOrder order = orders.get(0);
		return Sort.by((order.getDirection() == SortDirection.DESCENDING) ? Sort.Order.desc(order.getSorted())
				: Sort.Order.asc(order.getSorted()));
	}

	static Badge kindBadge(ChronologyEntry entry) {
		Badge badge = new Badge(entry.kindLabel());
		badge.addThemeVariants((entry.record() == ChronologyEntry.Record.ENFORCEMENT_ACTION) ? BadgeVariant.SUCCESS
				: BadgeVariant.CONTRAST);
		return badge;
	}

	private static Div record(ChronologyEntry entry) {
		Span headline = new Span(entry.headline());
		Div cell = new Div(headline);
		String secondary = (entry.record() == ChronologyEntry.Record.EVENT)
				? join((entry.type() != null) ? entry.type().label() : null,
						(entry.target() != null) ? "on " + entry.target().name() : null)
				: join((entry.target() != null) ? "on " + entry.target().name() : entry.targetDescription(),
						(entry.measureTitle() != null) ? "enforces " + entry.measureTitle() : null);
		if (!secondary.isEmpty()) {
			Span detail = new Span(secondary);
			detail.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL,
					LumoUtility.TextColor.SECONDARY);
			cell.add(detail);
		}
		return cell;
	}

	private static String quoteText(ChronologyEntry entry) {
		EvidenceItem quote = entry.quote();
		if (quote == null) {
			return "";
		}
		String text = (quote.quote() != null) ? "“" + shorten(ReadableText.plain(quote.quote()), 160) + "”"
				: quote.url();
		return (entry.evidence().size() > 1) ? text + " (+" + (entry.evidence().size() - 1) + " more)" : text;
	}

	private static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max);
		return text.substring(0, (cut > max / 2) ? cut : max) + " …";
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return (second != null) ? second : "";
		}
		return (second == null || second.isBlank()) ? first : first + " · " + second;
	}

	Grid<ChronologyEntry> grid() {
		return this.grid;
	}

	FilterBar filterBar() {
		return this.filterBar;
	}

}
