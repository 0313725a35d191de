package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.PeriodAxis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.filter.FilterService;
import org.sanctionstracker.filter.ui.FilterBar;
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

	private final DashboardService dashboard;

	private final FilterService filters;

	private final CoalitionService coalitions;

	private final FilterBar filterBar;

	private final KeyFiguresPanel keyFigures = new KeyFiguresPanel();

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
		this.coalitions = coalitions;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EVENT);
		this.filterBar.setExportLinks(List.of(new FilterBar.ExportLink("Events CSV", "events.csv", Kinds.EVENT),
				new FilterBar.ExportLink("Events JSON", "events.json", Kinds.EVENT),
				new FilterBar.ExportLink("Measures CSV", "measures.csv", Kinds.EVENT),
				new FilterBar.ExportLink("Measures JSON", "measures.json", Kinds.EVENT)));
		this.filterBar.setExtraParameters(this::alignmentParameters);
		this.filterBar.addFilterChangeListener((values) -> refresh());

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
		Paragraph intro = new Paragraph("Sanctions against North Korea: who imposed what, and when, as the sources"
				+ " tell it. Filter by country, coalition, measure type, kind of step, period or words; the address"
				+ " keeps the filter, so a link shows the same view.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

		Div cards = new Div(this.events, this.inForce, this.matrix, this.alignment, this.enforcement);
		cards.addClassName("dashboard-cards");
		cards.addClassName("sct-cards");
		cards.setWidthFull();

		add(heading, intro, this.filterBar, this.keyFigures, cards);
		setPadding(true);
		setSpacing(true);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.filterBar.restore(event.getLocation());
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
		this.keyFigures.show(this.dashboard.keyFigures(filter, asOf.day()), asOf, largestFigures(filter),
				this.filterBar.getValues().toQueryString());
		this.events.show(this.dashboard.eventsOverTime(filter), colours);
		this.inForce.show(this.dashboard.inForceOverTime(filter), colours);
		this.matrix.show(this.dashboard.measuresByImposerAndType(filter), colours);
		showAlignment(colours);
		this.enforcement.show(this.dashboard.enforcementByActorAndKind(filter.withoutKinds()), colours);
		log.debug("Dashboard aggregates for {} took {} ms", filter, (System.nanoTime() - start) / 1_000_000);
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
		return new ActorColours(this.dashboard.actorsByActivity());
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
