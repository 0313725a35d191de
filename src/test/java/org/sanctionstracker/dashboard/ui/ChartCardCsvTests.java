package org.sanctionstracker.dashboard.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.chart.ChartJs;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart card, on the dashboard and on the timeline, the map and the comparison,
 * offers its table as a CSV file, and the file holds what the "Show as table" table
 * shows: its column headers and, row by row, the text of each cell as the table draws it
 * (an actor column: the actor's name), leaving out only columns of buttons.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class ChartCardCsvTests extends SpringBrowserlessTest {

	@Test
	void every_dashboard_card_downloads_its_table_as_csv() {
		navigate(DashboardView.class);
		List<ChartCard> cards = cards();
		assertThat(cards).extracting(ChartCard::getTitle)
			.hasSize(5)
			.anyMatch((title) -> title.startsWith(EventsCard.TITLE))
			.anyMatch((title) -> title.startsWith(AlignmentCard.TITLE));
		cards.forEach(this::csvIsTheTable);
	}

	@Test
	void every_timeline_map_and_comparison_card_downloads_its_table_as_csv() {
		open("timeline", TimelineView.class);
		List<ChartCard> timeline = cards();
		assertThat(timeline).as("the lanes and the lanes open by default").hasSizeGreaterThanOrEqualTo(2);
		timeline.forEach(this::csvIsTheTable);

		open("map?asOf=2016-02-29", MapView.class);
		cards().forEach(this::csvIsTheTable);
		open("compare?countries=JPN,KOR,USA&asOf=2016-02-29", CompareView.class);
		List<ChartCard> compare = cards();
		assertThat(compare).hasSize(2);
		compare.forEach(this::csvIsTheTable);
		assertThat(parse(compare.get(0).getCsvFile()).get(0)).containsExactly("Measure type", "Japan", "South Korea",
				"United States");
	}

	private void csvIsTheTable(ChartCard card) {
		assertThat(card.getCsvFile()).as("the CSV of %s", card.getTitle()).isNotNull();
		if (!card.getShowAsTable().getValue() && card.getShowAsTable().isEnabled()) {
			test(card.getShowAsTable()).click();
		}
		@SuppressWarnings("unchecked")
		Grid<Object> grid = (Grid<Object>) card.getTable();
		GridTester<Grid<Object>, Object> table = test(grid);
		List<Grid.Column<Object>> columns = grid.getColumns().stream().filter(Component::isVisible).toList();
		List<List<String>> shown = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (Grid.Column<Object> column : columns) {
			if (!(column.getRenderer() instanceof ComponentRenderer)) {
				header.add(column.getHeaderText());
			}
		}
		shown.add(header);
		for (int row = 0; row < table.size(); row++) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				Grid.Column<Object> column = columns.get(i);
				if (column.getRenderer() instanceof ComponentRenderer) {
					continue;
				}
				cells.add((column.getRenderer() instanceof LitRenderer)
						? table.getLitRendererPropertyValue(row, i, "name", String.class) : table.getCellText(row, i));
			}
			shown.add(cells);
		}
		assertThat(shown).as("the table of %s", card.getTitle()).hasSizeGreaterThan(1);
		assertThat(parse(card.getCsvFile())).as("the CSV of %s", card.getTitle()).isEqualTo(shown);
	}

	private List<ChartCard> cards() {
		return $(ChartCard.class).all()
			.stream()
			.filter((card) -> card.isVisible() && card.getEmptyMessage() == null)
			.filter((card) -> card.getChart() instanceof ChartJs)
			.toList();
	}

	private <T extends Component> T open(String location, Class<T> view) {
		int query = location.indexOf('?');
		UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
		return $(view).single();
	}

	/** A CSV file as written by the exports: a byte order mark, RFC 4180 quoting. */
	static List<List<String>> parse(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
