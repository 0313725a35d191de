package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.KeyFigures;
import org.sanctionstracker.dashboard.PeriodAxis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.filter.FilterService;
import org.sanctionstracker.filter.ui.FilterBar;
import org.sanctionstracker.filter.ui.FilterToggle;
import org.sanctionstracker.filter.ui.FilterValues;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The start page: who imposed what and when. The filter bar drives every chart; its state
 * (and the alignment card's coalition and day) lives in the address, so a reload or a
 * shared link shows the same view. Charts link into the chronology.
 */
@AnonymousAllowed
@Route("")
@PageTitle("Dashboard · Sanctions Coalition Tracker")
@Menu(order = 0, icon = "vaadin:chart", title = "Dashboard")
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

	/** The alignment card's coalition id in the address. */
	static final String ALIGNMENT = "alignment";

	/** The alignment card's day in the address. */
	static final String ON = "on";

	private static final Logger log = LoggerFactory.getLogger(DashboardView.class);

	/** The exports the menu offers: label and path under {@code api/v1/export/}. */
	private static final List<String[]> EXPORTS = List.of(new String[] { "Events CSV", "events.csv" },
			new String[] { "Events JSON", "events.json" }, new String[] { "Measures CSV", "measures.csv" },
			new String[] { "Measures JSON", "measures.json" });

	private final DashboardService dashboard;

	private final FilterService filters;

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final FilterBar filterBar;

	private final KeyFiguresPanel keyFigures = new KeyFiguresPanel();

	private final MoneyFigures money = new MoneyFigures();

	private final FilterToggle filterToggle;

	private final ContextMenu exportMenu = new ContextMenu();

	private final EventsCard events;

	private final InForceCard inForce = new InForceCard();

	private final MatrixCard matrix;

	private final AlignmentCard alignment;

	private final EnforcementCard enforcement;

	/** The alignment the user chose; {@code null} parts follow the filter. */
	private CoalitionRef chosenCoalition;

	private LocalDate chosenDay;

	DashboardView(DashboardService dashboard, ActorService actors, CoalitionService coalitions, MeasureService measures,
			FilterService filters) {
		this.dashboard = dashboard;
		this.filters = filters;
		this.actors = actors;
		this.coalitions = coalitions;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EVENT);
		this.filterBar.setExtraParameters(this::alignmentParameters);
		this.filterBar.addFilterChangeListener((values) -> {
			refresh();
			renderExports();
		});
		this.filterToggle = new FilterToggle(this.filterBar);

		this.events = new EventsCard(this::openEvents);
		this.matrix = new MatrixCard(this::openType);
		this.alignment = new AlignmentCard(coalitions, (selection) -> {
			this.chosenCoalition = selection.coalition();
			this.chosenDay = selection.day();
			this.filterBar.updateAddress();
			showAlignment(colours());
		}, (member) -> UI.getCurrent().navigate(org.sanctionstracker.actor.ui.ActorLink.href(member)));
		this.enforcement = new EnforcementCard(this::openActions);

		H2 heading = new H2("Dashboard");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Sanctions against North Korea as the sources tell them: who imposed what,"
				+ " and when. The address keeps the filter, so a link shows the same view.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);

		// the first screen is for the charts: the filters fold away while none is set
		// and the exports sit in a menu
		Button export = new Button("Export", VaadinIcon.DOWNLOAD_ALT.create());
		export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		export.setAriaLabel("Export the filtered records");
		this.exportMenu.setTarget(export);
		this.exportMenu.setOpenOnClick(true);
		HorizontalLayout toolbar = new HorizontalLayout(this.filterToggle, export);
		toolbar.setSpacing(false);
		toolbar.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);

		Div cards = new Div(this.events, this.inForce, this.matrix, this.alignment, this.enforcement);
		cards.addClassName("dashboard-cards");
		cards.addClassName("sct-cards");
		cards.setWidthFull();

		add(heading, intro, toolbar, this.filterBar, this.keyFigures, cards, this.money);
		setPadding(true);
		setSpacing(false);
		addClassNames(LumoUtility.Gap.SMALL);
	}

	/** The export menu's links, with the current filter. */
	private void renderExports() {
		this.exportMenu.removeAll();
		// an export has no "in force" column: the day is not one of its parameters
		String query = this.filterBar.getValues().withAsOf(null).toQueryString();
		for (String[] link : EXPORTS) {
			Anchor anchor = new Anchor("api/v1/export/" + link[1] + (query.isEmpty() ? "" : "?" + query), link[0]);
			anchor.getElement().setAttribute("download", "");
			anchor.setRouterIgnore(true);
			anchor.getElement().setAttribute("aria-label", "Export " + link[0] + " of the filtered records");
			this.exportMenu.addItem(anchor);
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.filterBar.restore(event.getLocation());
		renderExports();
		List<String> problems = new ArrayList<>();
		this.chosenCoalition = parameters.getSingleParameter(ALIGNMENT).flatMap((id) -> {
			Optional<CoalitionRef> found = id.matches("\\d{1,18}") ? this.coalitions.ref(Long.parseLong(id))
					: Optional.empty();
			if (found.isEmpty()) {
				problems.add("There is no coalition " + id + " for the alignment chart");
			}
			return found;
		}).orElse(null);
		this.chosenDay = parameters.getSingleParameter(ON).flatMap((text) -> {
			try {
				return Optional.ofNullable(AsOf.parse(text));
			}
			catch (IllegalArgumentException ex) {
				problems.add("The alignment chart's day: " + ex.getMessage());
				return Optional.empty();
			}
		}).orElse(null);
		this.filterToggle.followAddress(event.getLocation(), problems);
		this.filterBar.reportAddressProblems(problems);
		refresh();
	}

	/** Runs every aggregate for the current filter and shows the results. */
	void refresh() {
		long start = System.nanoTime();
		// the aggregates do not depend on the day asked about, except where it is passed
		Filter filter = this.filterBar.getFilter().withAsOf(null);
		ActorColours colours = colours();
		AsOf asOf = this.filterBar.getAsOf();
		showKeyFigures(this.dashboard.keyFigures(filter, asOf.day()), asOf, this.filterBar.getValues().toQueryString());
		this.money.show(largestFigures(filter));
		this.events.show(this.dashboard.eventsChart(filter), () -> this.dashboard.eventsOverTime(filter), colours);
		this.inForce.show(this.dashboard.inForceOverTime(filter), colours);
		this.matrix.show(this.dashboard.measuresByImposerAndType(filter), colours);
		showAlignment(colours);
		this.enforcement.show(this.dashboard.enforcementByActorAndKind(filter.withoutKinds()), colours);
		log.debug("Dashboard aggregates for {} took {} ms", filter, (System.nanoTime() - start) / 1_000_000);
	}

	private void showKeyFigures(KeyFigures figures, AsOf asOf, String query) {
		String chronology = "chronology" + (query.isEmpty() ? "" : "?" + query);
		this.keyFigures.show(List.of(
				new KeyFiguresPanel.Figure(figures.measures(), Labels.count(figures.measures(), "measure", "measures"),
						null),
				new KeyFiguresPanel.Figure(figures.events(),
						Labels.count(figures.events(), "lifecycle event", "lifecycle events"), chronology),
				new KeyFiguresPanel.Figure(figures.inForce(),
						Labels.count(figures.inForce(), "measure", "measures") + " in force " + asOf.label()
								+ ((figures.uncertain() > 0) ? " (+" + figures.uncertain() + " uncertain)" : ""),
						null),
				new KeyFiguresPanel.Figure(figures.imposers(), Labels.count(figures.imposers(), "imposer", "imposers"),
						null),
				new KeyFiguresPanel.Figure(figures.enforcementActions(),
						Labels.count(figures.enforcementActions(), "enforcement action", "enforcement actions"),
						chronology),
				new KeyFiguresPanel.Figure(figures.figures(),
						Labels.count(figures.figures(), "money figure", "money figures"), null)));
	}

	private void showAlignment(ActorColours colours) {
		Filter filter = this.filterBar.getFilter().withAsOf(null);
		Optional<CoalitionRef> coalition = Optional.ofNullable(this.chosenCoalition)
			.or(() -> Optional.ofNullable(this.filterBar.getValues().coalition()))
			.or(this.dashboard::busiestCoalition);
		if (coalition.isEmpty()) {
			this.alignment.showNone("There are no coalitions with members yet.");
			return;
		}
		LocalDate day = (this.chosenDay != null) ? this.chosenDay : this.filterBar.getAsOf().day();
		this.alignment.select(new AlignmentCard.Selection(coalition.get(), day));
		this.dashboard.alignment(coalition.get().id(), day, filter)
			.ifPresentOrElse((result) -> this.alignment.show(result, colours),
					() -> this.alignment.showNone("That coalition no longer exists."));
	}

	private ActorColours colours() {
		return new ActorColours(this.dashboard.actorsByActivity(), this.actors.colourSlots());
	}

	private List<org.sanctionstracker.figure.FigureRow> largestFigures(Filter filter) {
		return this.filters.figures(filter.withoutKinds(), PageRequest.of(0, 3, Sort.by(Sort.Order.desc("amount"))))
			.getContent();
	}

	private Map<String, String> alignmentParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.chosenCoalition != null) {
			parameters.put(ALIGNMENT, String.valueOf(this.chosenCoalition.id()));
		}
		if (this.chosenDay != null) {
			parameters.put(ON, this.chosenDay.toString());
		}
		return parameters;
	}

	private void openEvents(ActorRef imposer, PeriodAxis axis, int period) {
		Map<String, String> parameters = chronologyParameters(imposer);
		parameters.put(FilterParameters.FROM, axis.iso(period));
		parameters.put(FilterParameters.TO, axis.iso(period));
		navigate(parameters);
	}

	private void openType(ActorRef imposer, MeasureType type) {
		Map<String, String> parameters = chronologyParameters(imposer);
		parameters.put(FilterParameters.TYPE, type.name());
		navigate(parameters);
	}

	private void openActions(ActorRef actor, EnforcementKind kind) {
		Map<String, String> parameters = chronologyParameters(actor);
		parameters.put(FilterParameters.KIND, kind.name());
		navigate(parameters);
	}

	/** The current filter, narrowed to an actor in the imposer's role. */
	private Map<String, String> chronologyParameters(ActorRef actor) {
		Map<String, String> parameters = new LinkedHashMap<>(this.filterBar.getValues().toParameters());
		parameters.put(FilterParameters.COUNTRY, (actor.iso3() != null) ? actor.iso3() : String.valueOf(actor.id()));
		parameters.put(FilterParameters.ROLE, "imposer");
		return parameters;
	}

	private static void navigate(Map<String, String> parameters) {
		UI.getCurrent().navigate("chronology", QueryParameters.simple(parameters));
	}

	FilterBar filterBar() {
		return this.filterBar;
	}

}
