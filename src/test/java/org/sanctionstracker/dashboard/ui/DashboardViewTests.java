package org.sanctionstracker.dashboard.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.EnforcementCount;
import org.sanctionstracker.dashboard.EventsOverTime;
import org.sanctionstracker.dashboard.InForcePoint;
import org.sanctionstracker.dashboard.KeyFigures;
import org.sanctionstracker.dashboard.TypeCount;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a user meets it, without a browser, on the shipped seed dataset: the
 * charts show what the service counts, the filter bar changes the query and is restored
 * from the address, and every "Show as table" shows the chart's numbers.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class DashboardViewTests extends SpringBrowserlessTest {

	@Autowired
	DashboardService dashboard;

	@Autowired
	ActorService actors;

	@Autowired
	MeasureService measures;

	@Test
	void every_chart_is_drawn_from_the_seed_data_with_titles_legends_and_axis_titles() {
		DashboardView view = navigate(DashboardView.class);

		for (ChartCard card : List.of(card(view, EventsCard.class), card(view, InForceCard.class),
				card(view, MatrixCard.class), card(view, AlignmentCard.class), card(view, EnforcementCard.class))) {
			assertThat(card.getEmptyMessage()).as(card.getTitle()).isNull();
			JsonNode config = config(card);
			assertThat(config.at("/data/datasets")).as(card.getTitle()).isNotEmpty();
			assertThat(config.at("/options/plugins/legend/display").asBoolean()).as(card.getTitle()).isTrue();
			assertThat(config.at("/options/scales/x/title/text").asString()).as(card.getTitle()).isNotBlank();
			assertThat(config.at("/options/scales/y/title/text").asString()).as(card.getTitle()).isNotBlank();
			assertThat(config.at("/options/plugins/title/text").asString()).as(card.getTitle())
				.startsWith(card.getTitle().split(":")[0]);
		}
		// the seed's imposers, in their colours, with human labels
		JsonNode events = config(card(view, EventsCard.class));
		assertThat(events.at("/data/datasets")).extracting((dataset) -> dataset.path("label").asString())
			.contains("Japan", "South Korea", "United States", "North Korea");
		assertThat(config(card(view, MatrixCard.class)).at("/options/scales/x/labels")).extracting(JsonNode::asString)
			.contains("Port ban", "Business closure")
			.noneMatch((label) -> label.contains("_"));
	}

	@Test
	void an_actor_has_the_same_colour_in_every_chart() {
		DashboardView view = navigate(DashboardView.class);

		Map<String, String> colours = new HashMap<>();
		for (ChartCard card : List.of(card(view, EventsCard.class), card(view, InForceCard.class),
				card(view, MatrixCard.class), card(view, EnforcementCard.class))) {
			for (JsonNode dataset : config(card).at("/data/datasets")) {
				String label = dataset.path("label").asString();
				if (label.endsWith("incl. uncertain")) {
					continue;
				}
				String colour = firstColour(dataset.path("borderColor"));
				if (colour == null || colour.isBlank()) {
					colour = firstColour(dataset.path("backgroundColor"));
				}
				String previous = colours.putIfAbsent(label, colour);
				assertThat(colour).as(label + " in " + card.getTitle())
					.isEqualTo((previous != null) ? previous : colour);
			}
		}
		assertThat(colours).containsKeys("Japan", "South Korea");
		assertThat(colours.get("Japan")).isNotEqualTo(colours.get("South Korea"));
	}

	@Test
	void choosing_a_country_changes_what_every_chart_counts() {
		DashboardView view = navigate(DashboardView.class);
		ActorSummary japan = japan();

		view.filterBar().setValues(view.filterBar().getValues().withCountry(japan, CountryRole.IMPOSER));

		Filter japanese = Filter.none().withActor(japan.id(), CountryRole.IMPOSER);
		assertThat(view.filterBar().getFilter()).isEqualTo(japanese);
		JsonNode events = config(card(view, EventsCard.class));
		assertThat(events.at("/data/datasets")).extracting((dataset) -> dataset.path("label").asString())
			.containsExactly("Japan");
		EventsOverTime expected = this.dashboard.eventsOverTime(japanese);
		assertThat(sum(events.at("/data/datasets/0/data")))
			.isEqualTo(expected.counts().stream().mapToLong((count) -> count.count()).sum());
		assertThat(card(view, MatrixCard.class).counts()).isEqualTo(this.dashboard.measuresByImposerAndType(japanese))
			.allSatisfy((count) -> assertThat(count.imposer().iso3()).isEqualTo("JPN"));
		KeyFigures figures = this.dashboard.keyFigures(japanese, this.measures.asOf(null).day());
		assertThat(view.getElement().getTextRecursively()).contains(figures.measures() + " measures");
	}

	@Test
	void the_address_restores_the_filter() {
		DashboardView view = open("?country=JPN&role=imposer&type=PORT_BAN&from=2006&to=2016-02&q=port",
				DashboardView.class);

		assertThat(view.filterBar().getValues().country().iso3()).isEqualTo("JPN");
		assertThat(view.filterBar().getFilter()).isEqualTo(Filter.none()
			.withActor(japan().id(), CountryRole.IMPOSER)
			.withType(MeasureType.PORT_BAN)
			.withPeriod(PartialDate.parse("2006"), PartialDate.parse("2016-02"))
			.withText("port"));
		assertThat(view.filterBar().getValues().toQueryString())
			.isEqualTo("country=JPN&role=imposer&type=PORT_BAN&from=2006&to=2016-02&q=port");
		assertThat(card(view, MatrixCard.class).counts()).singleElement()
			.satisfies((count) -> assertThat(count.type()).isEqualTo(MeasureType.PORT_BAN));
	}

	@Test
	void bad_values_in_the_address_are_explained_and_the_rest_still_applies() {
		DashboardView view = open("?country=Atlantis&from=2016-13&type=PORT_BAN", DashboardView.class);

		assertThat(view.filterBar().getFilter()).isEqualTo(Filter.none().withType(MeasureType.PORT_BAN));
		// explained inside the view, in plain words (issue 12, item 5: was a passing
		// notification)
		String message = $(AddressNotice.class).single().getElement().getTextRecursively();
		assertThat(message).contains("Atlantis").contains("'2016-13' is not a real date: there is no month 13");
	}

	@Test
	void show_as_table_shows_the_numbers_of_every_chart() {
		DashboardView view = navigate(DashboardView.class);

		EventsCard events = card(view, EventsCard.class);
		assertThat(this.<DashboardCharts.EventsRow>rows(events)).as("rows before the table is shown").isEmpty();
		test(checkbox(events)).click();
		assertThat(events.getTable().isVisible()).isTrue();
		assertThat(this.<DashboardCharts.EventsRow>rows(events)).isNotEmpty();
		assertThat(events.getChart().isVisible()).isFalse();
		JsonNode eventsConfig = config(events);
		List<String> periods = new ArrayList<>();
		eventsConfig.at("/data/labels").forEach((label) -> periods.add(label.asString()));
		for (DashboardCharts.EventsRow row : this.<DashboardCharts.EventsRow>rows(events)) {
			JsonNode dataset = dataset(eventsConfig, row.imposer().name());
			assertThat(dataset.path("data").get(periods.indexOf(row.periodLabel())).asLong())
				.as(row.imposer().name() + " " + row.periodLabel())
				.isEqualTo(row.events());
		}
		assertThat(this.<DashboardCharts.EventsRow>rows(events)
			.stream()
			.mapToLong(DashboardCharts.EventsRow::events)
			.sum())
			.isEqualTo(eventsConfig.at("/data/datasets").valueStream().mapToLong((d) -> sum(d.path("data"))).sum());

		InForceCard inForce = card(view, InForceCard.class);
		JsonNode inForceConfig = config(inForce);
		test(checkbox(inForce)).click();
		List<InForcePoint> points = rows(inForce);
		assertThat(points).isNotEmpty();
		for (InForcePoint point : points) {
			JsonNode dataset = dataset(inForceConfig, point.imposer().name());
			assertThat(dataset.path("data").get(point.period() - inForce.data().axis().first()).asLong())
				.isEqualTo(point.inForce());
		}

		MatrixCard matrix = card(view, MatrixCard.class);
		JsonNode matrixConfig = config(matrix);
		test(checkbox(matrix)).click();
		List<String> columns = new ArrayList<>();
		matrixConfig.at("/options/scales/x/labels").forEach((label) -> columns.add(label.asString()));
		for (TypeCount count : this.<TypeCount>rows(matrix)) {
			// a bubble names its column by position in the axis's labels
			JsonNode bubble = dataset(matrixConfig, count.imposer().name()).path("data")
				.valueStream()
				.filter((point) -> columns.get(point.path("x").asInt()).equals(count.type().label()))
				.findFirst()
				.orElseThrow();
			assertThat(bubble.path("value").asLong()).isEqualTo(count.count());
		}
		assertThat(this.<TypeCount>rows(matrix)).hasSameSizeAs(matrixConfig.at("/data/datasets")
			.valueStream()
			.flatMap((dataset) -> dataset.path("data").valueStream())
			.toList());

		EnforcementCard enforcement = card(view, EnforcementCard.class);
		JsonNode enforcementConfig = config(enforcement);
		test(checkbox(enforcement)).click();
		assertThat(this.<EnforcementCount>rows(enforcement)).isNotEmpty();
		List<String> kinds = new ArrayList<>();
		enforcementConfig.at("/data/labels").forEach((label) -> kinds.add(label.asString()));
		for (EnforcementCount count : this.<EnforcementCount>rows(enforcement)) {
			assertThat(dataset(enforcementConfig, count.actor().name()).path("data")
				.get(kinds.indexOf(count.kind().label()))
				.asLong()).isEqualTo(count.count());
		}

		AlignmentCard alignment = card(view, AlignmentCard.class);
		JsonNode alignmentConfig = config(alignment);
		long bubbles = alignmentConfig.at("/data/datasets")
			.valueStream()
			.mapToLong((dataset) -> dataset.path("data").size())
			.sum();
		assertThat(alignment.rows().stream().filter((row) -> row.type() != null).count()).isEqualTo(bubbles);
	}

	@Test
	void a_wrongly_typed_date_is_explained_next_to_the_field_and_changes_nothing() {
		DashboardView view = navigate(DashboardView.class);
		Filter before = view.filterBar().getFilter();
		// no filter is set: the bar is folded until asked for
		assertThat(view.filterBar().isVisible()).isFalse();
		test($(com.vaadin.flow.component.button.Button.class).withText("Filters").single()).click();

		var from = $(TextField.class).withCaption("From").single();
		test(from).setValue("2016-13");

		assertThat(from.isInvalid()).isTrue();
		assertThat(from.getErrorMessage()).contains("2016-13").contains("not a real date");
		assertThat(view.filterBar().getFilter()).isEqualTo(before);

		test(from).setValue("2014");
		assertThat(from.isInvalid()).isFalse();
		assertThat(view.filterBar().getFilter().from()).isEqualTo(PartialDate.parse("2014"));
	}

	private ActorSummary japan() {
		return this.actors.get(this.actors.resolve("JPN").orElseThrow().id()).orElseThrow();
	}

	private <T extends ChartCard> T card(DashboardView view, Class<T> type) {
		return $(type).single();
	}

	private Checkbox checkbox(ChartCard card) {
		return card.getShowAsTable();
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> rows(ChartCard card) {
		return ((Grid<T>) card.getTable()).getGenericDataView().getItems().toList();
	}

	private static JsonNode config(ChartCard card) {
		ChartJs chart = card.getChart();
		assertThat(chart.getConfiguration()).as(card.getTitle()).isNotNull();
		return JsonMapper.shared().readTree(chart.getConfiguration());
	}

	private static JsonNode dataset(JsonNode config, String label) {
		return config.at("/data/datasets")
			.valueStream()
			.filter((dataset) -> dataset.path("label").asString().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no dataset " + label));
	}

	private static long sum(JsonNode values) {
		return values.valueStream().mapToLong(JsonNode::asLong).sum();
	}

	private static String firstColour(JsonNode colour) {
		if (colour.isMissingNode() || colour.isNull()) {
			return null;
		}
		if (colour.isArray()) {
			return colour.isEmpty() ? null : colour.get(0).asString();
		}
		return colour.asString();
	}

	/** Navigates to a location with a query string, as following a link does. */
	private <T extends com.vaadin.flow.component.Component> T open(String location, Class<T> view) {
		int query = location.indexOf('?');
		com.vaadin.flow.component.UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? com.vaadin.flow.router.QueryParameters.empty()
							: com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
		return $(view).single();
	}

}
