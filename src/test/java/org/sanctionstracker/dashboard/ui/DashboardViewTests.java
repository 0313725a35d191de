package org.sanctionstracker.dashboard.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.SourceCountByYear;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a user meets it, without a browser: the app starts with the seed
 * documents loaded, and the view shows them as a chart and, on request, as a table.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class DashboardViewTests extends SpringBrowserlessTest {

	@Autowired
	DashboardService dashboardService;

	@Test
	void the_chart_shows_the_seed_documents_per_year_and_kind() {
		navigate(DashboardView.class);

		JsonNode config = JsonMapper.shared().readTree($(ChartJs.class).single().getConfiguration());

		assertThat(config.path("type").asString()).isEqualTo("bar");
		assertThat(config.at("/data/labels")).extracting(JsonNode::asString).containsExactly("2009", "2016");
		JsonNode datasets = config.at("/data/datasets");
		assertThat(datasets).extracting(dataset -> dataset.path("label").asString())
			.containsExactlyInAnyOrder("Essay", "Blog post");
		assertThat(datasetValues(datasets, "Essay")).containsExactly(1, 0);
		assertThat(datasetValues(datasets, "Blog post")).containsExactly(0, 1);
		assertThat(config.at("/options/scales/y/title/text").asString()).isEqualTo("Documents");
	}

	@Test
	void show_as_table_swaps_the_chart_for_a_grid_of_the_same_numbers() {
		navigate(DashboardView.class);
		ChartCard card = $(ChartCard.class).single();
		assertThat(card.getChart().isVisible()).isTrue();
		assertThat(card.getTable().isVisible()).isFalse();

		test($(Checkbox.class).withCaption("Show as table").single()).click();

		assertThat(card.getChart().isVisible()).isFalse();
		assertThat(card.getTable().isVisible()).isTrue();
		@SuppressWarnings("unchecked")
		Grid<SourceCountByYear> table = (Grid<SourceCountByYear>) card.getTable();
		List<SourceCountByYear> rows = IntStream.range(0, test(table).size()).mapToObj(test(table)::getRow).toList();
		assertThat(rows).containsExactlyInAnyOrderElementsOf(this.dashboardService.sourceDocumentsPerYear());
		assertThat(rows).extracting(SourceCountByYear::count).containsOnly(1L);
	}

	private static List<Integer> datasetValues(JsonNode datasets, String label) {
		for (JsonNode dataset : datasets) {
			if (label.equals(dataset.path("label").asString())) {
				return dataset.path("data").valueStream().map(JsonNode::asInt).toList();
			}
		}
		throw new AssertionError("No dataset labelled " + label);
	}

}
