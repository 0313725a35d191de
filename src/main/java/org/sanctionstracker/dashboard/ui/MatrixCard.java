package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.TypeCount;
import org.sanctionstracker.exchange.Csv;
import org.sanctionstracker.measure.MeasureType;

/**
 * (3) The imposer × measure-type matrix: a bubble for each imposer and type it used,
 * larger for more measures. A click opens those measures' events in the chronology.
 */
class MatrixCard extends ChartCard {

	static final String TITLE = "Measures by imposer and type";

	/** Where a click on a bubble leads. */
	interface BubbleClick {

		void clicked(ActorRef imposer, MeasureType type);

	}

	private final Grid<TypeCount> table;

	private List<TypeCount> counts = List.of();

	private List<ActorRef> imposers = List.of();

	MatrixCard(BubbleClick onClick) {
		this(new ChartJs(), Tables.grid(), onClick);
	}

	private MatrixCard(ChartJs chart, Grid<TypeCount> table, BubbleClick onClick) {
		super(TITLE, chart, table);
		this.table = table;
		chart.setWidthFull();
		chart.setHeight("380px");
		Tables.actorColumn(table, "Imposer", TypeCount::imposer);
		TableText.column(table, "Measure type", (TypeCount count) -> count.type().label())
			.setSortable(true)
			.setAutoWidth(true);
		Tables.numberColumn(table, "Measures", TypeCount::count);
		setCsv(Csv::bytes);
		if (onClick != null) {
			chart.addChartClickListener((event) -> {
				if (event.getDatasetIndex() < this.imposers.size()) {
					ActorRef imposer = this.imposers.get(event.getDatasetIndex());
					List<TypeCount> ofImposer = this.counts.stream()
						.filter((count) -> count.imposer().id().equals(imposer.id()))
						.toList();
					if (event.getIndex() < ofImposer.size()) {
						onClick.clicked(imposer, ofImposer.get(event.getIndex()).type());
					}
				}
			});
		}
	}

	void show(List<TypeCount> typeCounts, ActorColours colours) {
		this.counts = typeCounts;
		setTableRows(this.table, () -> typeCounts);
		DashboardCharts.Series series = DashboardCharts.series(typeCounts.stream().map(TypeCount::imposer).toList(),
				colours);
		this.imposers = series.shown();
		if (typeCounts.isEmpty()) {
			getChart().clear();
			setEmptyMessage("No measure matches these filters.");
			setNote(null);
			return;
		}
		getChart().configure(DashboardCharts.matrixChart(TITLE, typeCounts, colours));
		setEmptyMessage(null);
		setNote("The larger the bubble, the more measures of that type the imposer took."
				+ (series.grouped() ? " " + series.note("imposers") : "")
				+ " Click a bubble to see their events in the chronology.");
	}

	List<TypeCount> counts() {
		return this.counts;
	}

}
