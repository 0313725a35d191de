package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.Dates;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.base.ui.chart.ChartJson;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.ActorInForce;
import org.sanctionstracker.dashboard.InForceByActor;
import org.sanctionstracker.dashboard.TimelineService;
import org.sanctionstracker.exchange.Csv;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.ui.FilterBar;
import org.sanctionstracker.filter.ui.FilterToggle;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.sanctionstracker.base.ui.chart.ChartJson.object;

/**
 * The world coloured by how many measures each state had in force against the target on
 * the "as of" day (of the filter's type, if it names one), or by membership of a chosen
 * coalition. Organisations, which have no territory, are legend buttons that outline
 * their members. A time slider (with play and pause) moves the "as of" day month by
 * month; a click on a state opens its country page. The filter, the day, the coalition
 * and the organisation outlined live in the address.
 */
@AnonymousAllowed
@Route("map")
@PageTitle("World map · Sanctions Coalition Tracker")
@Menu(order = 2, icon = "vaadin:globe", title = "World map")
class MapView extends VerticalLayout implements BeforeEnterObserver {

	/** The coalition whose members colour the map, in the address. */
	static final String MEMBERS = "members";

	/** The organisation whose members are outlined, in the address. */
	static final String HIGHLIGHT = "highlight";

	/** Milliseconds between two months while playing. */
	static final int PLAY_INTERVAL = 900;

	private final TimelineService timeline;

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final FilterBar filterBar;

	private final FilterToggle filterToggle;

	private final ChartJs chart = new ChartJs();

	private final Grid<MapRow> table = Tables.grid();

	private final MapCard card = new MapCard(this.chart, this.table);

	private final ComboBox<CoalitionRef> membership = new ComboBox<>("Colour by membership of");

	private final Element slider = new Element("input");

	private final Span sliderLabel = new Span();

	private final Button play = new Button("Play", VaadinIcon.PLAY.create());

	private final HorizontalLayout organisations = new HorizontalLayout();

	private CoalitionRef members;

	private ActorRef highlighted;

	private YearMonth firstMonth;

	private YearMonth lastMonth;

	private InForceByActor data;

	private Registration playing;

	/**
	 * A state on the map.
	 *
	 * @param actor the state
	 * @param inForce measures in force on the day
	 * @param uncertain measures possibly in force
	 * @param member whether it was a member of the chosen coalition
	 */
	record MapRow(ActorRef actor, int inForce, int uncertain, boolean member) {
	}

	MapView(TimelineService timeline, ActorService actors, CoalitionService coalitions, MeasureService measures) {
		this.timeline = timeline;
		this.actors = actors;
		this.coalitions = coalitions;
		this.filterBar = new FilterBar(actors, coalitions, measures, Kinds.EVENT);
		this.filterBar.setExtraParameters(this::ownParameters);
		this.filterBar.addFilterChangeListener((values) -> refresh());
		this.filterToggle = new FilterToggle(this.filterBar);

		this.membership.setItems((query) -> coalitions
			.refs(query.getFilter().orElse(null), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name")))
			.stream());
		this.membership.setItemLabelGenerator(CoalitionRef::name);
		this.membership.setPlaceholder("None: measures in force");
		this.membership.setClearButtonVisible(true);
		this.membership.setWidth("18rem");
		this.membership.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.members = event.getValue();
				this.filterBar.updateAddress();
				refresh();
			}
		});

		this.slider.setAttribute("type", "range");
		this.slider.setAttribute("aria-label", "Month shown");
		this.slider.setAttribute("class", "sct-no-print");
		this.slider.getStyle().set("width", "min(100%, 28rem)");
		this.slider.addPropertyChangeListener("value", "change", (event) -> {
			if (event.isUserOriginated()) {
				showMonth(Integer.parseInt(String.valueOf(event.getValue())));
			}
		});
		this.sliderLabel.addClassName("sct-slider-label");
		this.play.addThemeVariants(ButtonVariant.LUMO_SMALL);
		this.play.addClassName("sct-no-print");
		this.play.addClickListener((event) -> {
			if (this.playing != null) {
				stop();
			}
			else {
				start();
			}
		});
		Div sliderRow = new Div(this.play, new Span(" "), this.sliderLabel);
		sliderRow.getElement().appendChild(this.slider);
		sliderRow.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER,
				LumoUtility.Gap.SMALL);
		sliderRow.setWidthFull();
		this.organisations.addClassNames(LumoUtility.FlexWrap.WRAP);
		this.organisations.setSpacing(false);
		this.organisations.addClassNames(LumoUtility.Gap.XSMALL);
		this.card.addControls(this.membership, sliderRow, this.organisations);
		this.chart.addChartClickListener((event) -> {
			String key = event.getKey();
			if (key != null && this.actors.resolve(key).filter((actor) -> key.equals(actor.iso3())).isPresent()) {
				UI.getCurrent().navigate("country/" + key);
			}
		});
		addDetachListener((event) -> stop());

		H2 heading = new H2("World map");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Which states had measures in force, and how many, on a day. Move the"
				+ " slider or press Play to replay the coalition month by month; click a state for its page.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
		add(heading, intro, this.filterToggle, this.filterBar, this.card);
		setPadding(true);
		setSpacing(false);
		addClassNames(LumoUtility.Gap.SMALL);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		stop();
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.filterBar.restore(event.getLocation());
		List<String> problems = new ArrayList<>();
		this.members = single(parameters, MEMBERS).flatMap((id) -> {
			Optional<CoalitionRef> found = id.matches("\\d{1,18}") ? this.coalitions.ref(Long.parseLong(id))
					: Optional.empty();
			if (found.isEmpty()) {
				problems.add("There is no coalition " + id + " to colour the map by");
			}
			return found;
		}).orElse(null);
		this.membership.setValue(this.members);
		this.highlighted = single(parameters, HIGHLIGHT).flatMap((id) -> {
			Optional<ActorRef> found = this.actors.resolve(id);
			if (found.isEmpty()) {
				problems.add("There is no organisation " + id + " to outline on the map");
			}
			return found;
		}).orElse(null);
		this.filterBar.reportAddressProblems(problems);
		this.filterToggle.followAddress(event.getLocation(), problems);
		refresh();
	}

	private static Optional<String> single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
	}

	private void refresh() {
		Filter filter = this.filterBar.getFilter().withAsOf(null);
		LocalDate day = this.filterBar.getAsOf().day();
		Optional<ActorRef> target = this.timeline.target(filter);
		if (target.isEmpty()) {
			this.data = null;
			this.chart.clear();
			this.card.setEmptyMessage("No measure matches these filters.");
			this.card.setNote(null);
			return;
		}
		this.data = this.timeline.inForceByActor(filter, target.get());
		this.card.setEmptyMessage(null);
		showSlider(day);
		Set<Long> memberIds = (this.members != null) ? this.timeline.coalitionMembers(this.members.id(), day)
			.stream()
			.map(ActorRef::id)
			.collect(Collectors.toSet()) : Set.of();
		Set<Long> outlined = (this.highlighted != null) ? this.timeline.members(List.of(this.highlighted), day)
			.getOrDefault(this.highlighted, List.of())
			.stream()
			.map(ActorRef::id)
			.collect(Collectors.toSet()) : Set.of();
		List<MapRow> rows = new ArrayList<>();
		Map<String, Object> countries = new LinkedHashMap<>();
		List<ActorInForce> organisations = new ArrayList<>();
		for (ActorInForce history : this.data.actors()) {
			ActorInForce.Counts counts = history.on(day);
			if (history.actor().iso3() == null) {
				organisations.add(history);
				continue;
			}
			boolean member = memberIds.contains(history.actor().id());
			if (counts.inForce() + counts.uncertain() > 0 || member) {
				rows.add(new MapRow(history.actor(), counts.inForce(), counts.uncertain(), member));
			}
			else {
				// a state the records know with nothing in force that day: 0, not "no
				// data"
				countries.put(history.actor().iso3(), object("value", 0, "tooltip",
						List.of(history.actor().name() + ": none in force on the day", "Click for its country page")));
			}
		}
		if (this.members != null) {
			this.timeline.coalitionMembers(this.members.id(), day)
				.stream()
				.filter((actor) -> actor.iso3() != null)
				.filter((actor) -> rows.stream().noneMatch((row) -> row.actor().equals(actor)))
				.forEach((actor) -> rows.add(new MapRow(actor, 0, 0, true)));
		}
		for (MapRow row : rows) {
			String counted = row.inForce() + " in force"
					+ ((row.uncertain() > 0) ? ", " + row.uncertain() + " possibly" : "");
			int value = (this.members != null) ? (row.member() ? 1 : 0) : row.inForce() + row.uncertain();
			countries
				.put(row.actor().iso3(),
						object("value", value, "highlight", outlined.contains(row.actor().id()) ? Boolean.TRUE : null,
								"tooltip",
								List.of(row.actor().name() + ": " + counted, (this.members != null)
										? (row.member() ? "Member of " : "Not a member of ") + this.members.name()
										: "Click for its country page")));
		}
		// outlined members that have no measures of their own still show their outline
		for (Long id : outlined) {
			rows.stream().filter((row) -> row.actor().id().equals(id)).findAny().ifPresentOrElse((row) -> {
			}, () -> this.actors.get(id)
				.filter((actor) -> actor.iso3() != null)
				.ifPresent((actor) -> countries.put(actor.iso3(), object("value", 0, "highlight", true, "tooltip",
						List.of(actor.name() + ": no measures in force", "Member of " + this.highlighted.name())))));
		}
		showOrganisations(organisations, day);
		this.card.show(rows, this.members);
		String title = ((this.members != null) ? "Members of " + this.members.name()
				: "Measures in force against " + target.get().name()) + " " + this.filterBar.getAsOf().label();
		this.card.setTitle(title);
		// the scale starts at 0 and counts in whole measures
		int most = countries.values()
			.stream()
			.mapToInt((value) -> ((Number) ((Map<?, ?>) value).get("value")).intValue())
			.max()
			.orElse(0);
		int top = (this.members != null) ? 1 : Math.max(1, most);
		this.chart.configureJson(ChartJson.write(object("type", "choropleth", "data",
				object("sctCountries", countries, "datasets", List.of(object("label", title, "data", List.of()))),
				"options",
				object("animation", false, "plugins",
						object("title", object("display", false, "text", title), "legend", object("display", false)),
						"scales",
						object("color",
								object("axis", "x", "min", 0, "max", top, "quantize", (this.members != null) ? 2 : 0,
										"ticks", object("precision", 0, "stepSize", (top <= 10) ? 1 : null), "legend",
										object("position", "bottom-left", "align", "right")))))));
		this.card.setNote(((this.members != null) ? "Coloured states were members on the day."
				: "The darker a state, the more of its measures were in force (or possibly so) on the day"
						+ (this.filterBar.getValues().type() != null
								? "; only " + this.filterBar.getValues().type().label() + " measures count" : "")
						+ ". Choose a measure type in the filter to colour by that type.")
				+ " Organisations have no territory: their buttons outline their members.");
	}

	private void showOrganisations(List<ActorInForce> organisations, LocalDate day) {
		this.organisations.removeAll();
		for (ActorInForce organisation : organisations) {
			ActorInForce.Counts counts = organisation.on(day);
			boolean on = organisation.actor().equals(this.highlighted);
			Button button = new Button(organisation.actor().name() + ": " + counts.inForce() + " in force");
			button.addThemeVariants(ButtonVariant.LUMO_SMALL,
					on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
			button.getElement().setAttribute("aria-pressed", String.valueOf(on));
			button.setTooltipText(on ? "Stop outlining its members" : "Outline its members on the map");
			button.addClickListener((event) -> {
				this.highlighted = on ? null : organisation.actor();
				this.filterBar.updateAddress();
				refresh();
			});
			this.organisations.add(button);
		}
		this.organisations.setVisible(!organisations.isEmpty());
	}

	private void showSlider(LocalDate day) {
		LocalDate first = (this.data.first() != null) ? this.data.first() : day;
		LocalDate last = (this.data.last() != null && this.data.last().isAfter(day)) ? this.data.last() : day;
		this.firstMonth = YearMonth.from(first.isBefore(day) ? first : day);
		this.lastMonth = YearMonth.from(last);
		this.slider.setAttribute("min", "0");
		this.slider.setAttribute("max", String.valueOf(months(this.firstMonth, this.lastMonth)));
		this.slider.setProperty("value", String.valueOf(months(this.firstMonth, YearMonth.from(day))));
		this.sliderLabel.setText("As of " + Dates.day(day));
	}

	/**
	 * Shows the month at a position of the slider: its last day, or the data's last day.
	 */
	private void showMonth(int position) {
		YearMonth month = this.firstMonth.plusMonths(Math.max(0, position));
		if (month.isAfter(this.lastMonth)) {
			month = this.lastMonth;
		}
		LocalDate day = month.atEndOfMonth();
		if (this.data != null && this.data.last() != null && day.isAfter(this.data.last())) {
			day = this.data.last();
		}
		this.filterBar.setValues(this.filterBar.getValues().withAsOf(day));
	}

	private void start() {
		UI ui = UI.getCurrent();
		if (this.data == null || ui == null) {
			return;
		}
		int position = months(this.firstMonth, YearMonth.from(this.filterBar.getAsOf().day()));
		if (position >= months(this.firstMonth, this.lastMonth)) {
			showMonth(0);
		}
		this.play.setText("Pause");
		this.play.setIcon(VaadinIcon.PAUSE.create());
		ui.setPollInterval(PLAY_INTERVAL);
		this.playing = ui.addPollListener((event) -> {
			int now = months(this.firstMonth, YearMonth.from(this.filterBar.getAsOf().day()));
			if (now >= months(this.firstMonth, this.lastMonth)) {
				stop();
				return;
			}
			showMonth(now + 1);
		});
	}

	private void stop() {
		if (this.playing != null) {
			this.playing.remove();
			this.playing = null;
			getUI().ifPresent((ui) -> ui.setPollInterval(-1));
		}
		this.play.setText("Play");
		this.play.setIcon(VaadinIcon.PLAY.create());
	}

	private static int months(YearMonth from, YearMonth to) {
		return (int) from.until(to, ChronoUnit.MONTHS);
	}

	private Map<String, String> ownParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.members != null) {
			parameters.put(MEMBERS, String.valueOf(this.members.id()));
		}
		if (this.highlighted != null) {
			parameters.put(HIGHLIGHT, (this.highlighted.iso3() != null) ? this.highlighted.iso3()
					: String.valueOf(this.highlighted.id()));
		}
		return parameters;
	}

	FilterBar filterBar() {
		return this.filterBar;
	}

	/** The map, with a table of the states as its alternative. */
	static final class MapCard extends ChartCard {

		private final Grid<MapRow> table;

		private final Grid.Column<MapRow> member;

		MapCard(ChartJs chart, Grid<MapRow> table) {
			super("World map", chart, table);
			this.table = table;
			chart.setWidthFull();
			chart.setHeight("460px");
			Tables.actorColumn(table, "State", MapRow::actor);
			Tables.numberColumn(table, "In force", (row) -> (long) row.inForce());
			Tables.numberColumn(table, "Possibly in force", (row) -> (long) row.uncertain());
			this.member = TableText.column(table, "Member", (MapRow row) -> row.member() ? "yes" : "no")
				.setAutoWidth(true);
			setCsv(Csv::bytes);
		}

		void show(List<MapRow> rows, CoalitionRef members) {
			List<MapRow> sorted = rows.stream()
				.sorted(Comparator.comparing((MapRow row) -> -(row.inForce() + row.uncertain()))
					.thenComparing((row) -> row.actor().name()))
				.toList();
			this.member.setVisible(members != null);
			this.member.setHeader((members != null) ? "Member of " + members.name() : "Member");
			setTableRows(this.table, () -> sorted);
		}

	}

}
