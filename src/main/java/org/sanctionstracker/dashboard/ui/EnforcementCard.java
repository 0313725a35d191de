package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.dashboard.EnforcementCount;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.exchange.Csv;

/**
 * (5) Enforcement actions by kind, stacked by the actor that took them.
 */
class EnforcementCard extends ChartCard {

	static final String TITLE = "Enforcement actions by actor and kind";

	/** Where a click on a bar leads. */
	interface BarClick {

		void clicked(ActorRef actor, EnforcementKind kind);

	}

	private final Grid<EnforcementCount> table;

	private List<EnforcementCount> counts = List.of();

	private List<ActorRef> actors = List.of();

	private List<EnforcementKind> kinds = List.of();

	private final boolean clickable;

	EnforcementCard(BarClick onClick) {
		this(new ChartJs(), Tables.grid(), onClick);
	}

	private EnforcementCard(ChartJs chart, Grid<EnforcementCount> table, BarClick onClick) {
		super(TITLE, chart, table);
		this.table = table;
		this.clickable = onClick != null;
		chart.setWidthFull();
		chart.setHeight("340px");
		Tables.actorColumn(table, "Actor", EnforcementCount::actor);
		TableText.column(table, "Kind", (EnforcementCount count) -> count.kind().label())
			.setSortable(true)
			.setAutoWidth(true);
		Tables.numberColumn(table, "Actions", EnforcementCount::count);
		setCsv(Csv::bytes);
		if (onClick != null) {
			chart.addChartClickListener((event) -> {
				if (event.getDatasetIndex() < this.actors.size() && event.getIndex() < this.kinds.size()) {
					onClick.clicked(this.actors.get(event.getDatasetIndex()), this.kinds.get(event.getIndex()));
				}
			});
		}
	}

	void show(List<EnforcementCount> enforcementCounts, ActorColours colours) {
		this.counts = enforcementCounts;
		setTableRows(this.table, () -> enforcementCounts);
		DashboardCharts.Series series = DashboardCharts
			.series(enforcementCounts.stream().map(EnforcementCount::actor).toList(), colours);
		this.actors = series.shown();
		if (enforcementCounts.isEmpty()) {
			this.kinds = List.of();
			getChart().clear();
			setEmptyMessage("No enforcement action matches these filters.");
			setNote(null);
			return;
		}
		var chart = DashboardCharts.enforcementChart(TITLE, enforcementCounts, colours);
		this.kinds = chart.getData()
			.getLabels()
			.stream()
			.map((label) -> java.util.Arrays.stream(EnforcementKind.values())
				.filter((kind) -> kind.label().equals(label))
				.findFirst()
				.orElseThrow())
			.toList();
		getChart().configure(chart);
		setEmptyMessage(null);
		setNote("An action counts for the measure it enforces: the type and coalition filters keep actions that"
				+ " enforce such a measure." + (series.grouped() ? " " + series.note("actors") : "")
				+ (this.clickable ? " Click a bar to see the actions in the chronology." : ""));
	}

	List<EnforcementCount> counts() {
		return this.counts;
	}

}
