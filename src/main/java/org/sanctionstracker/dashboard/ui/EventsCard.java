package org.sanctionstracker.dashboard.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.EventsChart;
import org.sanctionstracker.dashboard.EventsOverTime;
import org.sanctionstracker.dashboard.PeriodAxis;
import org.sanctionstracker.exchange.Csv;

/**
 * (1) Lifecycle events over time, stacked by imposer: who imposed, relaxed or lifted
 * what, and when. A click on a bar opens the chronology of that imposer in that period.
 */
class EventsCard extends ChartCard {

	static final String TITLE = "Lifecycle events by imposer";

	/** Where a click on a bar leads. */
	interface BarClick {

		void clicked(ActorRef imposer, PeriodAxis axis, int period);

	}

	private final Grid<DashboardCharts.EventsRow> table;

	private Supplier<EventsOverTime> tableData = () -> null;

	private List<ActorRef> imposers = List.of();

	private PeriodAxis axis;

	private final boolean clickable;

	EventsCard(BarClick onClick) {
		this(new ChartJs(), Tables.grid(), onClick);
	}

	private EventsCard(ChartJs chart, Grid<DashboardCharts.EventsRow> table, BarClick onClick) {
		super(TITLE, chart, table);
		this.table = table;
		this.clickable = onClick != null;
		chart.setWidthFull();
		chart.setHeight("340px");
		TableText.column(table, "Period", DashboardCharts.EventsRow::periodLabel)
			.setComparator(DashboardCharts.EventsRow::period)
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		Tables.actorColumn(table, "Imposer", DashboardCharts.EventsRow::imposer);
		Tables.numberColumn(table, "Events", DashboardCharts.EventsRow::events);
		TableText.column(table, "Of which", DashboardCharts.EventsRow::kinds).setFlexGrow(1);
		setCsv(Csv::bytes);
		if (onClick != null) {
			chart.addChartClickListener((event) -> {
				if (event.getDatasetIndex() < this.imposers.size() && this.axis != null) {
					onClick.clicked(this.imposers.get(event.getDatasetIndex()), this.axis,
							this.axis.first() + event.getIndex());
				}
			});
		}
	}

	/**
	 * Shows the chart's data, and the table's when it is opened.
	 * @param data what the chart draws ({@code DashboardService.eventsChart})
	 * @param table every count, for the table and its CSV file
	 * ({@code DashboardService.eventsOverTime} for the same filter)
	 * @param colours the actors' colours
	 */
	void show(EventsChart data, Supplier<EventsOverTime> table, ActorColours colours) {
		this.axis = data.axis();
		this.tableData = table;
		setTableRows(this.table, this::rows);
		String grouping = "";
		if (data.axis() == null || data.shown().isEmpty()) {
			this.imposers = List.of();
			getChart().clear();
			setEmptyMessage("No dated lifecycle event matches these filters.");
		}
		else {
			getChart().configure(DashboardCharts.eventsChart(TITLE, data, colours));
			this.imposers = data.shown();
			grouping = new DashboardCharts.Series(data.shown(), data.others()).note("imposers");
			setEmptyMessage(null);
		}
		setNote(Stream
			.of(note(data.undated(), data.yearOnly()), grouping,
					this.clickable ? "Click a bar to see those events in the chronology." : "")
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" ")));
	}

	/**
	 * The table's rows: one per imposer and period.
	 * @return the rows, made anew from the service's (cached) counts
	 */
	List<DashboardCharts.EventsRow> rows() {
		EventsOverTime data = this.tableData.get();
		return (data != null) ? DashboardCharts.eventsRows(data) : List.of();
	}

	private static String note(long undated, long yearOnly) {
		StringBuilder note = new StringBuilder();
		if (undated > 0) {
			note.append(undated)
				.append((undated == 1) ? " event with an unknown date is" : " events with an unknown date are")
				.append(" not shown. ");
		}
		if (yearOnly > 0) {
			note.append(yearOnly)
				.append((yearOnly == 1) ? " event dated only to a year is" : " events dated only to a year are")
				.append(" not shown month by month. ");
		}
		return note.toString().strip();
	}

}
