package org.sanctionstracker.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.Dates;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.TimelineGrouping;
import org.sanctionstracker.dashboard.TimelineLane;
import org.sanctionstracker.dashboard.TimelineOverview;
import org.sanctionstracker.dashboard.TimelineRows;
import org.sanctionstracker.dashboard.TimelineService;
import org.sanctionstracker.exchange.Csv;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.ui.FilterBar;
import org.sanctionstracker.filter.ui.FilterToggle;
import org.sanctionstracker.measure.MeasureService;

/**
 * The life of each measure: lanes by imposer, coalition or type (a switch), each summed
 * up as a density strip that opens, on a click, to one row per measure. A row's bar runs
 * from the first imposing step to the lifting, shaded by status, hatched where a deciding
 * step is dated only to a month or a year, with markers for the steps that change nothing
 * and points for enforcement actions. Hover shows the step and its quote; a click opens
 * it in the chronology. The filter, the grouping and the open lanes live in the address.
 */
@AnonymousAllowed
@Route("timeline")
@PageTitle("Timeline · Sanctions Coalition Tracker")
@Menu(order = 1, icon = "vaadin:road-branches", title = "Timeline")
class TimelineView extends VerticalLayout implements BeforeEnterObserver {

	/** The grouping in the address. */
	static final String BY = "by";

	/** The open lanes in the address, comma separated. */
	static final String OPEN = "open";

	/**
	 * Lanes opened when the address names none: the largest, up to three, while together
	 * they hold at most {@link TimelineCharts#MAX_ROWS} measures. With thousands of
	 * measures every lane starts as its density strip, and the page stays light.
	 */
	private static final int DEFAULT_OPEN = 3;

	private final TimelineService timeline;

	private final DashboardService dashboard;

	private final ActorService actors;

	private final FilterBar filterBar;

	private final FilterToggle filterToggle;

	private final Select<TimelineGrouping> grouping = new Select<>();

	private final ChartJs lanesChart = new ChartJs();

	private final Grid<TimelineLane> lanesTable = Tables.grid();

	private final LanesCard lanes = new LanesCard(this.lanesChart, this.lanesTable);

	private final Div laneCards = new Div();

	/** The lanes open, or {@code null} for the default. */
	private Set<String> open;

	private TimelineOverview overview;

	TimelineView(TimelineService timeline, DashboardService dashboard, ActorService actors, CoalitionService coalitions,
			MeasureService measures) {
		this.timeline = timeline;
		this.dashboard = dashboard;
		this.actors = actors;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EVENT);
		this.filterBar.setExtraParameters(this::ownParameters);
		this.filterBar.addFilterChangeListener((values) -> refresh());
		this.filterToggle = new FilterToggle(this.filterBar);

		this.grouping.setLabel("Lanes by");
		this.grouping.setItems(TimelineGrouping.values());
		this.grouping.setItemLabelGenerator(TimelineGrouping::label);
		this.grouping.setValue(TimelineGrouping.IMPOSER);
		this.grouping.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.open = null;
				this.filterBar.updateAddress();
				refresh();
			}
		});
		this.lanes.addControls(this.grouping);
		this.lanesChart.addChartClickListener((event) -> {
			if (event.getKey() != null) {
				toggle(event.getKey());
			}
		});
		TableText.column(this.lanesTable, "Lane", TimelineLane::label).setAutoWidth(true).setFlexGrow(1);
		Tables.numberColumn(this.lanesTable, "Measures", (lane) -> (long) lane.measures());
		this.lanesTable.addComponentColumn((lane) -> {
			Button toggle = new Button(isOpen(lane.key()) ? "Hide" : "Show", (event) -> toggle(lane.key()));
			toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			toggle.setAriaLabel((isOpen(lane.key()) ? "Hide " : "Show ") + lane.label() + "'s measures");
			return toggle;
		}).setHeader("Measures shown").setAutoWidth(true).setFlexGrow(0);

		H2 heading = new H2("Timeline");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("When each measure was in force, who took it and when it changed. Each lane"
				+ " sums its measures up by period; click a lane to show its measures.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
		this.laneCards.addClassName("sct-stack");
		this.laneCards.setWidthFull();
		add(heading, intro, this.filterToggle, this.filterBar, this.lanes, this.laneCards);
		setPadding(true);
		setSpacing(false);
		addClassNames(LumoUtility.Gap.SMALL);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.filterBar.restore(event.getLocation());
		List<String> problems = new ArrayList<>();
		this.grouping.setValue(parameters.getSingleParameter(BY).map((text) -> {
			TimelineGrouping found = TimelineGrouping.fromParameter(text).orElse(null);
			if (found == null) {
				problems.add("The timeline groups its lanes by imposer, coalition or type, not \"" + text + "\"");
			}
			return found;
		}).orElse(TimelineGrouping.IMPOSER));
		if (this.grouping.getValue() == null) {
			this.grouping.setValue(TimelineGrouping.IMPOSER);
		}
		this.open = parameters.getSingleParameter(OPEN)
			.map((text) -> new LinkedHashSet<>(List.of(text.split(","))))
			.map((keys) -> (Set<String>) keys)
			.orElse(null);
		this.filterBar.reportAddressProblems(problems);
		this.filterToggle.followAddress(event.getLocation(), problems);
		refresh();
	}

	private void refresh() {
		Filter filter = this.filterBar.getFilter().withAsOf(null);
		this.overview = this.timeline.overview(filter, this.grouping.getValue());
		ActorColours colours = new ActorColours(this.dashboard.actorsByActivity(), this.actors.colourSlots());
		this.laneCards.removeAll();
		if (this.overview.lanes().isEmpty()) {
			this.lanes.setTableRows(List.of());
			this.lanesChart.clear();
			this.lanes.setEmptyMessage("No measure matching these filters has a dated step in this period.");
			this.lanes.setNote(null);
			return;
		}
		this.lanes.setEmptyMessage(null);
		this.lanesChart.setHeight(Math.max(160, 60 + 26 * this.overview.lanes().size()) + "px");
		this.lanesChart.configureJson(TimelineCharts.lanesChart(this.overview, colours));
		this.lanes.setTableRows(this.overview.lanes());
		this.lanes.setNote(this.overview.measures() + " measures from " + Dates.day(this.overview.first()) + " to "
				+ Dates.day(this.overview.last())
				+ ". The darker a period, the more of the lane's measures were imposed and not lifted in it."
				+ ((this.overview.undated() > 0)
						? " " + this.overview.undated() + " measures without a dated step are left out." : ""));
		for (TimelineLane lane : this.overview.lanes()) {
			if (isOpen(lane.key())) {
				TimelineRows rows = this.timeline.rows(filter, this.overview, lane.key(), TimelineCharts.MAX_ROWS);
				this.laneCards.add(new LaneCard(lane, this.overview, rows, colours));
			}
		}
	}

	private boolean isOpen(String key) {
		if (this.open != null) {
			return this.open.contains(key);
		}
		return defaultOpen((this.overview != null) ? this.overview.lanes() : List.of()).contains(key);
	}

	/**
	 * The lanes open when the address names none (see {@link #DEFAULT_OPEN}).
	 * @param lanes the lanes, largest first
	 * @return their keys
	 */
	static Set<String> defaultOpen(List<TimelineLane> lanes) {
		Set<String> open = new LinkedHashSet<>();
		int rows = 0;
		for (TimelineLane lane : lanes) {
			rows += lane.measures();
			if (open.size() == DEFAULT_OPEN || rows > TimelineCharts.MAX_ROWS) {
				break;
			}
			open.add(lane.key());
		}
		return open;
	}

	private void toggle(String key) {
		Set<String> now = new LinkedHashSet<>();
		for (TimelineLane lane : this.overview.lanes()) {
			if (isOpen(lane.key()) != lane.key().equals(key)) {
				now.add(lane.key());
			}
		}
		this.open = now;
		this.filterBar.updateAddress();
		refresh();
	}

	private Map<String, String> ownParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.grouping.getValue() != null && this.grouping.getValue() != TimelineGrouping.IMPOSER) {
			parameters.put(BY, this.grouping.getValue().parameter());
		}
		if (this.open != null) {
			parameters.put(OPEN, String.join(",", this.open));
		}
		return parameters;
	}

	private void brushed(ChartJs.BrushEvent event) {
		this.filterBar.setValues(this.filterBar.getValues()
			.withPeriod(
					PartialDate.ofDay(event.getFrom().getYear(), event.getFrom().getMonthValue(),
							event.getFrom().getDayOfMonth()),
					PartialDate.ofDay(event.getTo().getYear(), event.getTo().getMonthValue(),
							event.getTo().getDayOfMonth())));
	}

	FilterBar filterBar() {
		return this.filterBar;
	}

	TimelineOverview overview() {
		return this.overview;
	}

	List<LaneCard> laneCards() {
		return this.laneCards.getChildren().filter(LaneCard.class::isInstance).map(LaneCard.class::cast).toList();
	}

	/** The lanes as density strips, with a table of the lanes as its alternative. */
	static final class LanesCard extends ChartCard {

		private final Grid<TimelineLane> table;

		LanesCard(ChartJs chart, Grid<TimelineLane> table) {
			super("Lanes", chart, table);
			this.table = table;
			chart.setWidthFull();
			setCsv(Csv::bytes);
		}

		void setTableRows(List<TimelineLane> rows) {
			setTableRows(this.table, () -> rows);
		}

	}

	/** One open lane: its measures as rows of bars, with a table of the same. */
	final class LaneCard extends ChartCard {

		private final TimelineRows rows;

		LaneCard(TimelineLane lane, TimelineOverview overview, TimelineRows rows, ActorColours colours) {
			this(lane, overview, rows, colours, new ChartJs(), Tables.grid());
		}

		private LaneCard(TimelineLane lane, TimelineOverview overview, TimelineRows rows, ActorColours colours,
				ChartJs chart, Grid<TimelineCharts.Row> table) {
			super(lane.label() + " · " + rows.total() + ((rows.total() == 1) ? " measure" : " measures"), chart, table);
			this.rows = rows;
			chart.setWidthFull();
			chart.setHeight(Math.max(220, 110 + 24 * rows.measures().size()) + "px");
			chart.configureJson(TimelineCharts.rowsChart(getTitle(), overview, rows, colours));
			chart.addChartClickListener((event) -> {
				if (event.getKey() != null) {
					UI.getCurrent().navigate("chronology", QueryParameters.of("entry", event.getKey()));
				}
			});
			chart.addBrushListener(TimelineView.this::brushed);
			TableText.column(table, "Measure", TimelineCharts.Row::measure).setAutoWidth(true).setFlexGrow(1);
			TableText.column(table, "Imposer", TimelineCharts.Row::imposer).setAutoWidth(true);
			TableText.column(table, "Status or step", TimelineCharts.Row::what).setAutoWidth(true);
			TableText.column(table, "From", TimelineCharts.Row::from).setAutoWidth(true);
			TableText.column(table, "Until", TimelineCharts.Row::until).setAutoWidth(true);
			TableText.column(table, "Quote", TimelineCharts.Row::quote).setFlexGrow(2);
			table.addItemClickListener((event) -> UI.getCurrent()
				.navigate("chronology", QueryParameters.of("entry", event.getItem().entry())));
			setTableRows(table, () -> TimelineCharts.rows(rows));
			setCsv(Csv::bytes);
			Button reset = new Button("Reset zoom", (event) -> chart.getElement()
				.executeJs("if (this.chart && this.chart.resetZoom) { this.chart.resetZoom(); }"));
			reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			reset.addClassName("sct-no-print");
			addControls(reset);
			setNote(((rows.total() > rows.measures().size()) ? "The first " + rows.measures().size() + " of "
					+ rows.total() + " measures by date; narrow the filter to see the others. " : "")
					+ "Drag to pan, Ctrl + wheel or pinch to zoom, Shift + drag to set the filter's period."
					+ " Solid: in force; pale: relaxed or suspended; outlined: reimposed; hatched: a deciding step"
					+ " is dated only to a month or a year. A click opens the step in the chronology.");
		}

		TimelineRows rows() {
			return this.rows;
		}

	}

}
