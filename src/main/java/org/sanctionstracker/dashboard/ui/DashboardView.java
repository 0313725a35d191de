package org.sanctionstracker.dashboard.ui;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.base.ui.chart.ChartPalette;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.SourceCountByYear;
import org.sanctionstracker.source.SourceKind;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * The start page. Until the sanctions dataset arrives it charts the source documents the
 * dataset will be drawn from.
 */
@AnonymousAllowed
@Route("")
@PageTitle("Dashboard · Sanctions Coalition Tracker")
@Menu(order = 0, icon = "vaadin:chart", title = "Dashboard")
class DashboardView extends VerticalLayout {

	static final String SOURCES_CHART_TITLE = "Source documents by year of publication";

	DashboardView(DashboardService dashboardService) {
		List<SourceCountByYear> sources = dashboardService.sourceDocumentsPerYear();

		H2 heading = new H2("Dashboard");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Sanctions against North Korea, 2002–2016, by who imposed what and when. "
				+ "The charts of measures, lifecycle events and enforcement build on the source documents below.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

		ChartJs chart = new ChartJs();
		chart.setWidthFull();
		chart.setHeight("320px");
		chart.configure(sourcesChart(sources));
		ChartCard card = new ChartCard(SOURCES_CHART_TITLE, chart, sourcesTable(sources));
		card.setWidthFull();
		card.getElement().getStyle().set("max-width", "960px");

		add(heading, intro, card);
		setPadding(true);
	}

	static BarChart sourcesChart(List<SourceCountByYear> rows) {
		SortedSet<Integer> years = new TreeSet<>();
		rows.forEach(row -> years.add(row.year()));
		List<String> labels = years.stream().map(String::valueOf).toList();

		BarData data = new BarData().setLabels(labels);
		SourceKind[] kinds = SourceKind.values();
		for (int k = 0; k < kinds.length; k++) {
			SourceKind kind = kinds[k];
			List<SourceCountByYear> ofKind = rows.stream().filter(row -> row.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			Number[] counts = years.stream()
				.map(year -> ofKind.stream()
					.filter(row -> row.year() == year)
					.mapToLong(SourceCountByYear::count)
					.sum())
				.toArray(Number[]::new);
			BarDataset dataset = new BarDataset().setLabel(label(kind))
				.setBackgroundColor(ChartPalette.colour(k))
				.setData(counts);
			data.addDataset(dataset);
		}

		BarOptions options = new BarOptions().setResponsive(true)
			.setMaintainAspectRatio(false)
			.setPlugins(new Plugins().setTitle(new Title().setDisplay(false).setText(SOURCES_CHART_TITLE))
				.setLegend(new LegendOptions().setDisplay(true).setPosition("bottom")))
			.setScales(new Scales()
				.addScale(Scales.ScaleAxis.X,
						new CategoryScaleOptions().setStacked(true)
							.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText("Year")))
				.addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setStacked(true)
					.setBeginAtZero(true)
					.setTicks(new LinearTickOptions().setPrecision(0))
					.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText("Documents"))));
		return new BarChart(data, options);
	}

	private static Grid<SourceCountByYear> sourcesTable(List<SourceCountByYear> rows) {
		Grid<SourceCountByYear> grid = new Grid<>();
		grid.addColumn(SourceCountByYear::year).setHeader("Year").setSortable(true);
		grid.addColumn(row -> label(row.kind())).setHeader("Kind").setSortable(true);
		grid.addColumn(SourceCountByYear::count).setHeader("Documents").setSortable(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.setAllRowsVisible(true);
		grid.setItems(rows);
		return grid;
	}

	static String label(SourceKind kind) {
		String name = kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
