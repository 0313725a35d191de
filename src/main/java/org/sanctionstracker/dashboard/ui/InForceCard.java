package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.Granularity;
import org.sanctionstracker.dashboard.InForceOverTime;
import org.sanctionstracker.dashboard.InForcePoint;
import org.sanctionstracker.exchange.Csv;

/**
 * (2) How many measures each imposer had in force at the end of each year (or month),
 * derived from the measures' lifecycles.
 */
class InForceCard extends ChartCard {

	static final String TITLE = "Measures in force by imposer";

	private final Grid<InForcePoint> table;

	private InForceOverTime data;

	InForceCard() {
		this(new ChartJs(), Tables.grid());
	}

	private InForceCard(ChartJs chart, Grid<InForcePoint> table) {
		super(TITLE, chart, table);
		this.table = table;
		chart.setWidthFull();
		chart.setHeight("340px");
		TableText.column(table, "End of", (InForcePoint point) -> this.data.axis().label(point.period()))
			.setComparator(InForcePoint::period)
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		Tables.actorColumn(table, "Imposer", InForcePoint::imposer);
		Tables.numberColumn(table, "In force", InForcePoint::inForce);
		Tables.numberColumn(table, "Uncertain", InForcePoint::uncertain);
		setCsv(Csv::bytes);
	}

	void show(InForceOverTime inForce, ActorColours colours) {
		this.data = inForce;
		if (inForce.axis() == null || inForce.imposers().isEmpty()) {
			setTableRows(this.table, List::of);
			getChart().clear();
			setEmptyMessage("No measure matching these filters was in force in this period.");
			setNote(null);
			return;
		}
		setTableRows(this.table, inForce::points);
		getChart().configure(DashboardCharts.inForceChart(TITLE, inForce, colours));
		setEmptyMessage(null);
		boolean uncertain = inForce.points().stream().anyMatch((point) -> point.uncertain() > 0);
		String when = (inForce.axis().granularity() == Granularity.MONTH) ? "the last day of each month"
				: "31 December of each year";
		DashboardCharts.Series series = DashboardCharts.series(inForce.imposers(), colours);
		setNote("Counted on " + when + " from the measures' lifecycle events; a measure imposed before the period"
				+ " still counts while it is in force." + (series.grouped() ? " " + series.note("imposers") : "")
				+ (uncertain ? " Dashed lines include measures that may or may not have been in force that day"
						+ " (a deciding step is dated only to a year)." : ""));
	}

	InForceOverTime data() {
		return this.data;
	}

}
