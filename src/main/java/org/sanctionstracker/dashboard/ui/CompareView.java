package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.Dates;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.base.ui.chart.ChartJson;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.Comparison;
import org.sanctionstracker.dashboard.ComparisonCell;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.TimelineService;
import org.sanctionstracker.exchange.Csv;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.ui.FilterBar;
import org.sanctionstracker.filter.ui.FilterToggle;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

import static org.sanctionstracker.base.ui.chart.ChartJson.object;

/**
 * Two to eight actors side by side on the "as of" day: which measure types each had in
 * force against the target, who took each type first and who followed, and what one has
 * that another does not. The actors live in the address ({@code countries=JPN,KOR,USA}),
 * with the shared filter.
 */
@AnonymousAllowed
@Route("compare")
@PageTitle("Compare · Sanctions Coalition Tracker")
@Menu(order = 3, icon = "vaadin:split-h", title = "Compare")
class CompareView extends VerticalLayout implements BeforeEnterObserver {

	/** The actors in the address, comma separated codes, names or ids. */
	static final String COUNTRIES = "countries";

	static final int MIN_ACTORS = 2;

	static final int MAX_ACTORS = 8;

	private final TimelineService timeline;

	private final DashboardService dashboard;

	private final ActorService actors;

	private final FilterBar filterBar;

	private final FilterToggle filterToggle;

	private final TextField countries = new TextField("Countries to compare");

	private final ChartJs matrixChart = new ChartJs();

	private final Grid<MeasureType> matrixTable = Tables.grid();

	private final MatrixCard matrix = new MatrixCard(this.matrixChart, this.matrixTable);

	private final ChartJs moversChart = new ChartJs();

	private final Grid<ComparisonCell> moversTable = Tables.grid();

	private final MoversCard movers = new MoversCard(this.moversChart, this.moversTable);

	private final Div gaps = new Div();

	private List<ActorRef> chosen = List.of();

	private Comparison comparison;

	CompareView(TimelineService timeline, DashboardService dashboard, ActorService actors, CoalitionService coalitions,
			MeasureService measures) {
		this.timeline = timeline;
		this.dashboard = dashboard;
		this.actors = actors;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EVENT);
		this.filterBar.setExtraParameters(() -> this.chosen.isEmpty() ? Map.of()
				: Map.of(COUNTRIES, String.join(",", this.chosen.stream().map(CompareView::code).toList())));
		this.filterBar.addFilterChangeListener((values) -> refresh());
		this.filterToggle = new FilterToggle(this.filterBar);
		this.countries.setHelperText("2 to 8 codes or names, separated by commas, e.g. JPN, KOR, USA");
		this.countries.setWidth("22rem");
		this.countries.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				choose(event.getValue());
				this.filterBar.updateAddress();
				refresh();
			}
		});

		H2 heading = new H2("Compare");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Which measure types each actor had in force on the \"as of\" day, who"
				+ " took each first, and what one has that another does not.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
		this.gaps.setWidthFull();
		this.gaps.getElement().setAttribute("role", "region");
		this.gaps.getElement().setAttribute("aria-label", "Gaps");
		this.gaps.addClassNames(LumoUtility.BoxSizing.BORDER, LumoUtility.Border.ALL,
				LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM);
		Div cards = new Div(this.matrix, this.movers);
		cards.addClassName("sct-cards");
		add(heading, intro, this.filterToggle, this.filterBar, this.countries, cards, this.gaps);
		setPadding(true);
		setSpacing(false);
		addClassNames(LumoUtility.Gap.SMALL);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.filterBar.restore(event.getLocation());
		Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(COUNTRIES);
		List<String> problems = asked.map(this::choose).orElseGet(() -> {
			this.chosen = defaultActors();
			return List.of();
		});
		this.countries.setValue(String.join(", ", this.chosen.stream().map(CompareView::code).toList()));
		this.filterBar.reportAddressProblems(problems);
		this.filterToggle.followAddress(event.getLocation(), problems);
		refresh();
	}

	/** Reads the actors typed; returns what could not be used. */
	private List<String> choose(String text) {
		List<String> problems = new ArrayList<>();
		List<ActorRef> found = new ArrayList<>();
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<ActorRef> actor = this.actors.resolve(part.strip());
			if (actor.isEmpty()) {
				problems.add("There is no country or actor \"" + part.strip() + "\" to compare");
			}
			else if (!found.contains(actor.get())) {
				found.add(actor.get());
			}
		}
		if (found.size() > MAX_ACTORS) {
			problems.add("At most " + MAX_ACTORS + " actors can be compared; the first " + MAX_ACTORS + " are shown");
			found = found.subList(0, MAX_ACTORS);
		}
		this.chosen = List.copyOf(found);
		return problems;
	}

	private List<ActorRef> defaultActors() {
		return this.dashboard.actorsByActivity().stream().filter((actor) -> actor.iso3() != null).limit(3).toList();
	}

	private void refresh() {
		Filter filter = this.filterBar.getFilter().withAsOf(null);
		LocalDate day = this.filterBar.getAsOf().day();
		Optional<ActorRef> target = this.timeline.target(filter);
		this.gaps.removeAll();
		if (this.chosen.size() < MIN_ACTORS || target.isEmpty()) {
			String why = target.isEmpty() ? "No measure matches these filters."
					: "Name at least " + MIN_ACTORS + " countries or actors to compare.";
			this.matrix.showNone(why);
			this.movers.showNone(why);
			this.comparison = null;
			return;
		}
		this.comparison = this.timeline.comparison(filter, target.get(), this.chosen, day);
		ActorColours colours = new ActorColours(this.dashboard.actorsByActivity(), this.actors.colourSlots());
		String when = this.filterBar.getAsOf().label();
		this.matrix.setTitle("Measure types in force against " + target.get().name() + " " + when);
		this.matrix.show(this.comparison, colours);
		this.movers.show(this.comparison, colours);
		showGaps(when);
	}

	private void showGaps(String when) {
		H3 title = new H3("Gaps " + when);
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		this.gaps.add(title);
		boolean any = false;
		for (ActorRef has : this.comparison.actors()) {
			for (ActorRef lacks : this.comparison.actors()) {
				if (has.equals(lacks)) {
					continue;
				}
				List<ComparisonCell> cells = this.comparison.gaps(has, lacks);
				if (cells.isEmpty()) {
					continue;
				}
				any = true;
				Paragraph line = new Paragraph("What " + has.name() + " has that " + lacks.name() + " does not: "
						+ String.join(", ",
								cells.stream()
									.map((cell) -> cell.type().label()
											+ ((cell.status() == MeasureStatus.UNCERTAIN) ? " (possibly)" : ""))
									.toList()));
				line.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
				this.gaps.add(line);
			}
		}
		if (!any) {
			this.gaps.add(new Paragraph("None: each had in force the same types as the others."));
		}
	}

	private static String code(ActorRef actor) {
		return (actor.iso3() != null) ? actor.iso3() : String.valueOf(actor.id());
	}

	FilterBar filterBar() {
		return this.filterBar;
	}

	Comparison comparison() {
		return this.comparison;
	}

	private static String statusText(Optional<ComparisonCell> cell) {
		return cell.map((found) -> switch (found.status()) {
			case IN_FORCE -> "in force";
			case UNCERTAIN -> "uncertain";
			case NOT_IN_FORCE -> "not in force";
		}).orElse("none");
	}

	/** Types × actors: filled in force, hatched uncertain, hollow not in force. */
	static final class MatrixCard extends ChartCard {

		private final Grid<MeasureType> table;

		private final List<Grid.Column<MeasureType>> actorColumns = new ArrayList<>();

		MatrixCard(ChartJs chart, Grid<MeasureType> table) {
			super("Measure types in force", chart, table);
			this.table = table;
			chart.setWidthFull();
			TableText.column(table, "Measure type", MeasureType::label).setAutoWidth(true);
			setCsv(Csv::bytes);
		}

		void showNone(String why) {
			getChart().clear();
			setEmptyMessage(why);
			setNote(null);
		}

		void show(Comparison comparison, ActorColours colours) {
			this.actorColumns.forEach(this.table::removeColumn);
			this.actorColumns.clear();
			for (ActorRef actor : comparison.actors()) {
				this.actorColumns.add(TableText
					.column(this.table, actor.name(), (MeasureType type) -> statusText(comparison.cell(actor, type)))
					.setAutoWidth(true));
			}
			List<MeasureType> types = comparison.types();
			if (types.isEmpty()) {
				showNone("None of them had a measure matching these filters by then.");
				return;
			}
			setEmptyMessage(null);
			setTableRows(this.table, () -> types);
			List<String> columns = comparison.actors().stream().map(ActorRef::name).toList();
			List<String> rows = types.stream().map(MeasureType::label).toList();
			Map<MeasureStatus, List<Object>> points = new LinkedHashMap<>();
			Map<MeasureStatus, List<String>> fills = new LinkedHashMap<>();
			for (MeasureStatus status : List.of(MeasureStatus.IN_FORCE, MeasureStatus.UNCERTAIN,
					MeasureStatus.NOT_IN_FORCE)) {
				points.put(status, new ArrayList<>());
				fills.put(status, new ArrayList<>());
			}
			for (ComparisonCell cell : comparison.cells()) {
				List<String> tooltip = new ArrayList<>();
				tooltip.add(cell.actor().name() + " · " + cell.type().label() + ": " + statusText(Optional.of(cell)));
				tooltip.add(cell.inForce() + " in force, " + cell.uncertain() + " uncertain, of " + cell.measures()
						+ " begun by then");
				if (cell.firstTaken() != null) {
					tooltip.add("First taken " + cell.firstTaken().display() + ": "
							+ TimelineCharts.shorten(cell.firstMeasureTitle(), 70));
				}
				points.get(cell.status())
					.add(object("x", cell.actor().name(), "y", cell.type().label(), "r", 11, "tooltip", tooltip));
				fills.get(cell.status()).add(colours.of(cell.actor()));
			}
			List<Object> datasets = new ArrayList<>();
			datasets.add(object("label", "In force", "data", points.get(MeasureStatus.IN_FORCE), "backgroundColor",
					fills.get(MeasureStatus.IN_FORCE), "borderColor", fills.get(MeasureStatus.IN_FORCE)));
			datasets.add(object("label", "Uncertain", "data", points.get(MeasureStatus.UNCERTAIN), "backgroundColor",
					fills.get(MeasureStatus.UNCERTAIN), "borderColor", fills.get(MeasureStatus.UNCERTAIN), "sctHatch",
					true, "borderWidth", 2));
			datasets.add(object("label", "Not in force (had one before)", "data",
					points.get(MeasureStatus.NOT_IN_FORCE), "backgroundColor", "rgba(0, 0, 0, 0)", "borderColor",
					fills.get(MeasureStatus.NOT_IN_FORCE), "borderWidth", 2));
			getChart().setHeight(Math.max(260, 120 + 34 * rows.size()) + "px");
			getChart().configureJson(ChartJson.write(object("type", "bubble", "data", object("datasets", datasets),
					"options", object(
							"animation", false, "plugins", object("title", object("display", false, "text", getTitle()),
									"legend", object("position", "bottom", "labels", object("usePointStyle", true))),
							"scales",
							object("x",
									object("type", "category", "labels", columns, "offset", true, "position", "top",
											"grid", object("display", false)),
									"y", object("type", "category", "labels", rows, "offset", true, "grid",
											object("display", false)))))));
			setNote("Filled: at least one measure of the type in force; hatched: possibly in force (a deciding"
					+ " step is dated only to a month or a year); hollow: had one, none in force by then."
					+ " An empty cell: no measure of the type.");
		}

	}

	/** Who took each type first: the day each actor first imposed a measure of it. */
	static final class MoversCard extends ChartCard {

		private final Grid<ComparisonCell> table;

		MoversCard(ChartJs chart, Grid<ComparisonCell> table) {
			super("Who moved first", chart, table);
			this.table = table;
			chart.setWidthFull();
			TableText.column(table, "Measure type", (ComparisonCell cell) -> cell.type().label()).setAutoWidth(true);
			Tables.actorColumn(table, "Actor", ComparisonCell::actor);
			TableText.column(table, "First taken", (ComparisonCell cell) -> cell.firstTaken().display())
				.setAutoWidth(true);
			TableText.column(table, "Measure", ComparisonCell::firstMeasureTitle).setFlexGrow(1);
			setCsv(Csv::bytes);
		}

		void showNone(String why) {
			getChart().clear();
			setEmptyMessage(why);
			setNote(null);
		}

		void show(Comparison comparison, ActorColours colours) {
			List<MeasureType> types = comparison.types();
			List<ComparisonCell> movers = types.stream().flatMap((type) -> comparison.movers(type).stream()).toList();
			if (movers.isEmpty()) {
				showNone("None of them had taken a measure matching these filters by then.");
				return;
			}
			setEmptyMessage(null);
			setTableRows(this.table, () -> movers);
			List<String> rows = types.stream().map(MeasureType::label).toList();
			LocalDate first = movers.stream()
				.map((cell) -> cell.firstTaken().lowerBound())
				.min(LocalDate::compareTo)
				.orElseThrow();
			LocalDate last = comparison.day();
			// a point on the first or the last day is drawn whole: the axis reaches a
			// little past both
			long pad = Math.max(60, (last.toEpochDay() - first.toEpochDay()) / 40);
			long min = first.toEpochDay() - pad;
			long max = last.plusDays(1).toEpochDay() + pad;
			List<Object> datasets = new ArrayList<>();
			for (ActorRef actor : comparison.actors()) {
				List<Object> points = new ArrayList<>();
				for (ComparisonCell cell : movers) {
					if (!cell.actor().equals(actor)) {
						continue;
					}
					int place = comparison.movers(cell.type()).indexOf(cell) + 1;
					points.add(object("x", cell.firstTaken().lowerBound().toEpochDay(), "y",
							rows.indexOf(cell.type().label()), "tooltip",
							List.of(actor.name() + " · " + cell.type().label(),
									((place == 1) ? "First" : "Followed, " + ordinal(place)) + ": "
											+ cell.firstTaken().display(),
									TimelineCharts.shorten(cell.firstMeasureTitle(), 70))));
				}
				String colour = colours.of(actor);
				datasets.add(object("label", actor.name(), "data", points, "backgroundColor", colour, "borderColor",
						colour, "pointRadius", 7, "pointHoverRadius", 9));
			}
			getChart().setHeight(Math.max(260, 120 + 34 * rows.size()) + "px");
			getChart().configureJson(ChartJson.write(object("type", "scatter", "data", object("datasets", datasets),
					"options",
					object("animation", false, "plugins",
							object("title", object("display", false, "text", getTitle()), "legend",
									object("position", "bottom")),
							"scales",
							object("x",
									object("type", "linear", "sctDays", true, "min", min, "max", max, "title",
											object("display", true, "text", "First measure of the type")),
									"y",
									object("type", "category", "sctRows", true, "labels", rows, "offset", true))))));
			setNote("Each point is the day an actor first imposed a measure of the type (as precisely as known: a"
					+ " month or a year is drawn at its start), up to " + Dates.day(comparison.day()) + ".");
		}

		private static String ordinal(int place) {
			return switch (place) {
				case 2 -> "second";
				case 3 -> "third";
				default -> place + "th";
			};
		}

	}

}
