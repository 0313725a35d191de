package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.actor.ui.ActorLink;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.coalition.CoalitionDetails;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.MemberItem;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.KeyFigures;
import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.filter.FilterService;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.ui.AsOfField;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One actor's profile ({@code country/{iso3 or id}}; names and aliases work too): the
 * measures it imposed and received, its coalitions over time, the enforcement it took or
 * faced, and the dashboard's charts for it.
 */
@Route("country")
@AnonymousAllowed
class CountryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final ActorService actors;

	private final DashboardService dashboard;

	private final MeasureService measures;

	private final CoalitionService coalitions;

	private final FilterService filters;

	private final AddressNotice notice = new AddressNotice();

	private final AsOfField asOfField = new AsOfField();

	private String title = "Country · Sanctions Coalition Tracker";

	private ActorSummary shown;

	CountryView(ActorService actors, DashboardService dashboard, MeasureService measures, CoalitionService coalitions,
			FilterService filters) {
		this.actors = actors;
		this.dashboard = dashboard;
		this.measures = measures;
		this.coalitions = coalitions;
		this.filters = filters;
		this.asOfField.addAsOfChangeListener((day) -> {
			AsOf asOf = this.measures.asOf(day);
			getUI().ifPresent((ui) -> ui.getPage()
				.getHistory()
				.replaceState(null, new Location("country/" + code(this.shown), asOf.chosen()
						? QueryParameters.of(AsOf.PARAMETER, asOf.day().toString()) : QueryParameters.empty())));
			this.notice.clear();
			show(this.shown, asOf);
		});
		setPadding(true);
	}

	@Override
	public void setParameter(BeforeEvent event, String reference) {
		removeAll();
		List<String> problems = new ArrayList<>();
		LocalDate chosen = null;
		try {
			chosen = FilterParameters
				.asOf(event.getLocation().getQueryParameters().getSingleParameter(AsOf.PARAMETER).orElse(null));
		}
		catch (FilterParameters.InvalidParameterException ex) {
			problems.add(ex.getMessage());
		}
		Optional<ActorSummary> actor = this.actors.resolve(reference).flatMap((ref) -> this.actors.get(ref.id()));
		if (actor.isEmpty()) {
			this.title = "Unknown country · Sanctions Coalition Tracker";
			problems.add(0, "Nothing is recorded under “" + reference
					+ "”: use an ISO 3166 alpha-3 code (JPN), a name or an alias, or follow a link from any list");
			this.notice.show(problems);
			add(this.notice, new H2("No such country or actor"), new Anchor("", "Back to the dashboard"));
			return;
		}
		this.notice.show(problems);
		show(actor.get(), this.measures.asOf(chosen));
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	private static String code(ActorSummary actor) {
		return (actor.iso3() != null) ? actor.iso3() : String.valueOf(actor.id());
	}

	private void show(ActorSummary actor, AsOf asOf) {
		removeAll();
		this.shown = actor;
		this.title = actor.name() + " · Sanctions Coalition Tracker";
		ActorRef ref = new ActorRef(actor.id(), actor.name(), actor.iso3());
		String code = code(actor);
		Filter either = Filter.none().withActor(actor.id(), CountryRole.ANY);
		ActorColours colours = new ActorColours(this.dashboard.actorsByActivity(), this.actors.colourSlots());

		H2 heading = new H2(actor.name());
		heading.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
		List<String> facts = new ArrayList<>();
		facts.add(Labels.humanize(actor.kind()));
		if (actor.iso3() != null) {
			facts.add("ISO 3166 " + actor.iso3());
		}
		List<String> otherNames = otherNames(actor);
		if (!otherNames.isEmpty()) {
			facts.add("also called " + String.join(", ", otherNames));
		}
		Paragraph about = new Paragraph(String.join(" · ", facts));
		about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		add(this.notice, heading, about);
		if (actor.description() != null && !actor.description().isBlank()) {
			add(new Paragraph(actor.description()));
		}
		String asOfParameter = asOf.chosen() ? "&" + AsOf.PARAMETER + "=" + asOf.day() : "";
		HorizontalLayout links = new HorizontalLayout(
				new Anchor("?country=" + code + asOfParameter, "Dashboard for " + actor.name()),
				new Anchor("chronology?country=" + code + asOfParameter, "Chronology for " + actor.name()));
		links.addClassNames(LumoUtility.FlexWrap.WRAP);
		add(links);

		this.asOfField.show(asOf);
		KeyFiguresPanel keyFigures = new KeyFiguresPanel();
		keyFigures.show(keyFigures(actor, code, asOf, asOfParameter));
		add(this.asOfField, keyFigures);

		EventsCard events = new EventsCard(null);
		events.show(this.dashboard.eventsChart(either), () -> this.dashboard.eventsOverTime(either), colours);
		InForceCard inForce = new InForceCard();
		inForce.show(this.dashboard.inForceOverTime(either), colours);
		Div charts = new Div(events, inForce);
		charts.setWidthFull();
		charts.addClassName("sct-cards");
		add(charts);

		add(section("Measures " + actor.name() + " imposed",
				measureGrid(Filter.none().withActor(actor.id(), CountryRole.IMPOSER), true, asOf)));
		add(section("Measures imposed on " + actor.name(),
				measureGrid(Filter.none().withActor(actor.id(), CountryRole.TARGET), false, asOf)));
		add(section("Coalitions and memberships", membershipGrid(ref)));

		EnforcementCard enforcementChart = new EnforcementCard(null);
		enforcementChart.show(this.dashboard.enforcementByActorAndKind(either), colours);
		enforcementChart.setWidthFull();
		add(enforcementChart);
		add(section("Enforcement actions " + actor.name() + " took or faced", enforcementGrid(either)));
		MoneyFigures money = new MoneyFigures();
		money.show(this.filters.figures(either, PageRequest.of(0, 3, Sort.by(Sort.Order.desc("amount")))).getContent());
		add(money);
	}

	/**
	 * The headline numbers of one actor's page, in its own terms: what it imposed, what
	 * was imposed on it, and what it took part in (no "imposers": the actor is one of
	 * them).
	 */
	private List<KeyFiguresPanel.Figure> keyFigures(ActorSummary actor, String code, AsOf asOf, String asOfParameter) {
		LocalDate day = asOf.day();
		KeyFigures imposed = this.dashboard.keyFigures(Filter.none().withActor(actor.id(), CountryRole.IMPOSER), day);
		KeyFigures received = this.dashboard.keyFigures(Filter.none().withActor(actor.id(), CountryRole.TARGET), day);
		KeyFigures either = this.dashboard.keyFigures(Filter.none().withActor(actor.id(), CountryRole.ANY), day);
		String chronology = "chronology?country=" + code + asOfParameter;
		List<KeyFiguresPanel.Figure> figures = new ArrayList<>();
		figures.add(new KeyFiguresPanel.Figure(imposed.measures(),
				Labels.count(imposed.measures(), "measure", "measures") + " imposed", chronology + "&role=imposer"));
		if (imposed.measures() > 0) {
			figures
				.add(new KeyFiguresPanel.Figure(imposed.inForce(),
						"of them in force " + asOf.label()
								+ ((imposed.uncertain() > 0) ? " (+" + imposed.uncertain() + " uncertain)" : ""),
						null));
		}
		figures.add(new KeyFiguresPanel.Figure(received.measures(),
				Labels.count(received.measures(), "measure", "measures") + " imposed on " + actor.name(),
				chronology + "&role=target"));
		figures.add(new KeyFiguresPanel.Figure(either.events(),
				Labels.count(either.events(), "lifecycle event", "lifecycle events"), chronology));
		figures.add(new KeyFiguresPanel.Figure(either.enforcementActions(),
				Labels.count(either.enforcementActions(), "enforcement action", "enforcement actions")
						+ " taken or faced",
				chronology));
		return figures;
	}

	/**
	 * The names the sources use for an actor besides its own: its name is not "also" one
	 * of them.
	 */
	static List<String> otherNames(ActorSummary actor) {
		return actor.aliases()
			.stream()
			.filter((alias) -> !alias.strip().equalsIgnoreCase(actor.name().strip()))
			.toList();
	}

	private static Component section(String title, Component content) {
		H3 heading = new H3(title);
		heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE,
				LumoUtility.Margin.Bottom.SMALL);
		Div section = new Div(heading, content);
		section.setWidthFull();
		return section;
	}

	private Grid<MeasureDetails> measureGrid(Filter filter, boolean imposed, AsOf asOf) {
		Grid<MeasureDetails> grid = new Grid<>();
		grid.addColumn(MeasureDetails::title).setHeader("Measure").setKey("title").setSortable(true).setFlexGrow(3);
		grid.addColumn((measure) -> measure.type().label())
			.setHeader("Type")
			.setKey("type")
			.setSortable(true)
			.setAutoWidth(true);
		grid.addComponentColumn((measure) -> new ActorLink(imposed ? measure.target() : measure.imposer()))
			.setHeader(imposed ? "On" : "Imposed by")
			.setKey(imposed ? "target.name" : "imposer.name")
			.setSortable(true)
			.setAutoWidth(true);
		grid.addColumn((measure) -> measure.events().isEmpty() ? "" : measure.events().get(0).date().display())
			.setHeader("First step")
			.setAutoWidth(true);
		grid.addColumn((measure) -> statusLabel(measure.status()))
			.setHeader("In force on " + asOf.display())
			.setAutoWidth(true);
		grid.setItems((query) -> this.filters
			.measures(filter,
					PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders(), "title")), asOf)
			.stream());
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setHeight("18rem");
		grid.setWidthFull();
		return grid;
	}

	private Grid<MemberItem> membershipGrid(ActorRef actor) {
		List<CoalitionDetails> found = this.coalitions
			.coalitions(actor.id(), null, null, PageRequest.of(0, 200, Sort.by("name")))
			.getContent();
		record Row(CoalitionDetails coalition, MemberItem member) {
		}
		List<Row> rows = found.stream()
			.flatMap((coalition) -> coalition.members()
				.stream()
				.filter((member) -> member.actor().id().equals(actor.id()))
				.map((member) -> new Row(coalition, member)))
			.sorted(Comparator.comparing((Row row) -> row.member().joined().lowerBound(),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		Grid<MemberItem> grid = new Grid<>();
		grid.addComponentColumn((member) -> {
			CoalitionDetails coalition = rows.stream()
				.filter((row) -> row.member() == member)
				.findFirst()
				.orElseThrow()
				.coalition();
			return new Anchor("coalitions/" + coalition.id(), coalition.name());
		}).setHeader("Coalition").setFlexGrow(3);
		grid.addColumn((member) -> Labels.humanize(member.basis())).setHeader("Basis").setAutoWidth(true);
		grid.addColumn((member) -> member.joined().display()).setHeader("Joined").setAutoWidth(true);
		grid.addColumn((member) -> (member.left().lowerBound() != null) ? member.left().display() : "still a member")
			.setHeader("Left")
			.setAutoWidth(true);
		grid.setItems(rows.stream().map(Row::member).toList());
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.setAllRowsVisible(true);
		grid.setWidthFull();
		return grid;
	}

	private Grid<EnforcementRow> enforcementGrid(Filter filter) {
		Grid<EnforcementRow> grid = new Grid<>();
		grid.addColumn((row) -> row.date().display())
			.setHeader("Date")
			.setKey("date.lowerBound")
			.setSortable(true)
			.setAutoWidth(true);
		grid.addColumn((row) -> row.kind().label())
			.setHeader("Kind")
			.setKey("kind")
			.setSortable(true)
			.setAutoWidth(true);
		grid.addComponentColumn((row) -> new ActorLink(row.actor())).setHeader("By").setAutoWidth(true);
		grid.addComponentColumn((row) -> (row.target() != null) ? new ActorLink(row.target())
				: new Span((row.targetDescription() != null) ? row.targetDescription() : ""))
			.setHeader("On")
			.setAutoWidth(true);
		grid.addColumn(EnforcementRow::description).setHeader("What happened").setFlexGrow(3);
		grid.setItems((query) -> this.filters
			.enforcementActions(filter,
					PageRequest.of(query.getPage(), query.getPageSize(),
							sort(query.getSortOrders(), "date.lowerBound")))
			.stream());
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setHeight("18rem");
		grid.setWidthFull();
		return grid;
	}

	private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders, String fallback) {
		Sort sort = orders.stream()
			.map((order) -> (order.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING)
					? Sort.Order.desc(order.getSorted()).nullsLast() : Sort.Order.asc(order.getSorted()).nullsLast())
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), Sort::by));
		return sort.and(Sort.by(Sort.Order.asc(fallback).nullsLast(), Sort.Order.asc("id")));
	}

	static String statusLabel(MeasureStatus status) {
		return switch (status) {
			case IN_FORCE -> "In force";
			case NOT_IN_FORCE -> "Not in force";
			case UNCERTAIN -> "Uncertain";
		};
	}

}
