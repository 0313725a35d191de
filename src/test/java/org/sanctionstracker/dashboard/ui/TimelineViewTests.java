package org.sanctionstracker.dashboard.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.TimelineLane;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline without a browser, on the seed data: every lane is a density strip in one
 * chart, only a few lanes are open as rows of measures, and a click on a lane's strip
 * opens it, a second click closes it again.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class TimelineViewTests extends SpringBrowserlessTest {

	@Test
	void lanes_are_density_strips_and_a_click_on_a_strip_opens_and_closes_its_lane() {
		TimelineView view = navigate(TimelineView.class);
		List<TimelineLane> lanes = view.overview().lanes();
		assertThat(lanes).hasSizeGreaterThan(3);

		// every lane with a measure on its bar in some period is a strip of the lanes
		// chart, on its own row, with its own key
		ChartJs strips = $(TimelineView.LanesCard.class).single().getChart();
		JsonNode config = JsonMapper.shared().readTree(strips.getConfiguration());
		Set<String> keys = config.at("/data/datasets/0/data")
			.valueStream()
			.map((point) -> point.path("key").asString())
			.collect(Collectors.toSet());
		assertThat(keys).isEqualTo(lanes.stream()
			.filter((lane) -> lane.density().stream().anyMatch((count) -> count > 0))
			.map(TimelineLane::key)
			.collect(Collectors.toSet()));
		assertThat(config.at("/options/scales/y/labels")).hasSize(lanes.size());

		// collapsed but for the three largest
		assertThat(openLanes(view))
			.containsExactlyElementsOf(lanes.stream().limit(3).map(TimelineLane::label).toList());

		TimelineLane closed = lanes.stream()
			.skip(3)
			.filter((lane) -> keys.contains(lane.key()))
			.findFirst()
			.orElseThrow();
		click(strips, closed.key());
		assertThat(openLanes(view)).hasSize(4).contains(closed.label());
		assertThat(view.laneCards()).filteredOn((card) -> card.getTitle().startsWith(closed.label()))
			.singleElement()
			.satisfies((card) -> assertThat(card.rows().measures())
				.hasSize(Math.min(closed.measures(), TimelineCharts.MAX_ROWS)));

		click(strips, closed.key());
		assertThat(openLanes(view)).hasSize(3).doesNotContain(closed.label());
		click(strips, lanes.get(0).key());
		assertThat(openLanes(view)).hasSize(2).doesNotContain(lanes.get(0).label());
	}

	@Test
	void with_thousands_of_measures_every_lane_starts_as_its_strip() {
		List<TimelineLane> few = List.of(lane("1", 60), lane("2", 50), lane("3", 30), lane("4", 5));
		assertThat(TimelineView.defaultOpen(few)).containsExactly("1", "2", "3");
		List<TimelineLane> many = List.of(lane("1", 4200), lane("2", 3100), lane("3", 90));
		assertThat(TimelineView.defaultOpen(many)).isEmpty();
		List<TimelineLane> some = List.of(lane("1", 120), lane("2", 100), lane("3", 10));
		assertThat(TimelineView.defaultOpen(some)).containsExactly("1");
	}

	private static TimelineLane lane(String key, int measures) {
		return new TimelineLane(key, "Lane " + key, null, measures, List.of(measures));
	}

	private static void click(ChartJs chart, String key) {
		ComponentUtil.fireEvent(chart, new ChartJs.ChartClickEvent(chart, true, 0, 0, key));
	}

	private static List<String> openLanes(TimelineView view) {
		return view.laneCards().stream().map((card) -> card.getTitle().split(" · ")[0]).toList();
	}

}
