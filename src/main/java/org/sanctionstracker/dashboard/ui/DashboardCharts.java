package org.sanctionstracker.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.base.ui.chart.ChartPalette;
import org.sanctionstracker.base.ui.chart.MatrixPoint;
import org.sanctionstracker.base.ui.chart.TooltipBarDataset;
import org.sanctionstracker.base.ui.chart.TooltipLineDataset;
import org.sanctionstracker.dashboard.AlignmentCell;
import org.sanctionstracker.dashboard.AlignmentMember;
import org.sanctionstracker.dashboard.CoalitionAlignment;
import org.sanctionstracker.dashboard.EnforcementCount;
import org.sanctionstracker.dashboard.EventCount;
import org.sanctionstracker.dashboard.EventsOverTime;
import org.sanctionstracker.dashboard.Granularity;
import org.sanctionstracker.dashboard.InForceOverTime;
import org.sanctionstracker.dashboard.InForcePoint;
import org.sanctionstracker.dashboard.PeriodAxis;
import org.sanctionstracker.dashboard.TypeCount;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.BubbleChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.BubbleData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BubbleDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.BubbleOptions;
import software.xdev.chartjs.model.options.CoreInteractionOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;
import software.xdev.chartjs.model.options.tooltip.TooltipOptions;

/**
 * Turns the dashboard aggregates into Chart.js configurations and into the rows of the
 * tables that show the same numbers. Every chart has a title (for screen readers; the
 * card shows it as a heading), a legend, axis titles and tooltips, and colours its actors
 * with {@link ActorColours}.
 */
final class DashboardCharts {

	private DashboardCharts() {
	}

	/**
	 * A row of the events table: one bar segment of the chart.
	 *
	 * @param period the period's index
	 * @param periodLabel the period as the axis shows it
	 * @param imposer the imposer
	 * @param events how many events
	 * @param kinds how many of each kind, e.g. "2 imposed, 1 relaxed"
	 */
	record EventsRow(int period, String periodLabel, ActorRef imposer, long events, String kinds) {
	}

	/**
	 * A row of the alignment table.
	 *
	 * @param member the member
	 * @param basis its membership basis, for people
	 * @param type the measure type, or {@code null} when the member had nothing in force
	 * @param inForce measures of that type in force
	 * @param uncertain measures of that type whose status is uncertain
	 */
	record AlignmentRow(ActorRef member, String basis, MeasureType type, long inForce, long uncertain) {
	}

	static List<EventsRow> eventsRows(EventsOverTime data) {
		if (data.axis() == null) {
			return List.of();
		}
		Map<String, List<EventCount>> bySegment = data.counts()
			.stream()
			.collect(Collectors.groupingBy((count) -> count.period() + "/" + count.imposer().id(), LinkedHashMap::new,
					Collectors.toList()));
		return bySegment.values().stream().map((counts) -> {
			EventCount first = counts.get(0);
			String kinds = counts.stream()
				.sorted(Comparator.comparing(EventCount::kind))
				.map((count) -> count.count() + " " + count.kind().label().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
			return new EventsRow(first.period(), data.axis().label(first.period()), first.imposer(),
					counts.stream().mapToLong(EventCount::count).sum(), kinds);
		}).toList();
	}

	static BarChart eventsChart(String title, EventsOverTime data, List<EventsRow> rows, ActorColours colours) {
		PeriodAxis axis = data.axis();
		BarData chartData = new BarData().setLabels(axis.labels());
		for (ActorRef imposer : ordered(rows.stream().map(EventsRow::imposer).toList(), colours)) {
			TooltipBarDataset dataset = new TooltipBarDataset();
			dataset.setLabel(imposer.name()).setBackgroundColor(colours.of(imposer));
			for (int period : axis.indexes()) {
				EventsRow row = rows.stream()
					.filter((r) -> r.period() == period && r.imposer().id().equals(imposer.id()))
					.findFirst()
					.orElse(null);
				dataset.addBar((row != null) ? row.events() : 0,
						(row != null) ? imposer.name() + ": " + row.events() + " (" + row.kinds() + ")" : null);
			}
			chartData.addDataset(dataset);
		}
		BarOptions options = new BarOptions().setResponsive(true)
			.setMaintainAspectRatio(false)
			.setInteraction(new CoreInteractionOptions().setMode("index").setIntersect(false))
			.setPlugins(plugins(title))
			.setScales(
					new Scales()
						.addScale(Scales.ScaleAxis.X,
								new CategoryScaleOptions().setStacked(true)
									.setTitle(axisTitle(periodTitle(axis, false))))
						.addScale(Scales.ScaleAxis.Y, countAxis("Lifecycle events").setStacked(true)));
		return new BarChart(chartData, options);
	}

	static LineChart inForceChart(String title, InForceOverTime data, ActorColours colours) {
		PeriodAxis axis = data.axis();
		LineData chartData = new LineData().setLabels(axis.labels());
		for (ActorRef imposer : data.imposers()) {
			List<InForcePoint> points = data.points()
				.stream()
				.filter((point) -> point.imposer().id().equals(imposer.id()))
				.toList();
			String colour = colours.of(imposer);
			TooltipLineDataset line = new TooltipLineDataset();
			line.setLabel(imposer.name()).setBorderColor(colour).setBackgroundColor(colour).setBorderWidth(2);
			line.setTension(0);
			for (InForcePoint point : points) {
				line.addPoint(point.inForce(), imposer.name() + ": " + point.inForce() + " in force"
						+ ((point.uncertain() > 0) ? ", " + point.uncertain() + " uncertain" : ""));
			}
			chartData.addDataset(line);
			if (points.stream().anyMatch((point) -> point.uncertain() > 0)) {
				TooltipLineDataset upper = new TooltipLineDataset();
				upper.setLabel(imposer.name() + " incl. uncertain")
					.setBorderColor(colour)
					.setBackgroundColor(colour)
					.setBorderWidth(1)
					.setBorderDash(List.of(6, 4));
				upper.setTension(0);
				points.forEach((point) -> upper.addPoint(point.inForce() + point.uncertain(), null));
				chartData.addDataset(upper);
			}
		}
		LineOptions options = new LineOptions().setResponsive(true)
			.setMaintainAspectRatio(false)
			.setInteraction(new CoreInteractionOptions().setMode("index").setIntersect(false))
			.setPlugins(plugins(title))
			.setScales(new Scales()
				.addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setTitle(axisTitle(periodTitle(axis, true))))
				.addScale(Scales.ScaleAxis.Y, countAxis("Measures in force")));
		return new LineChart(chartData, options);
	}

	static BubbleChart matrixChart(String title, List<TypeCount> counts, ActorColours colours) {
		List<MeasureType> types = byTotal(counts, TypeCount::type, TypeCount::count);
		List<ActorRef> imposers = ordered(counts.stream().map(TypeCount::imposer).toList(), colours);
		long max = counts.stream().mapToLong(TypeCount::count).max().orElse(1);
		BubbleData chartData = new BubbleData();
		for (ActorRef imposer : imposers) {
			List<MatrixPoint> points = counts.stream()
				.filter((count) -> count.imposer().id().equals(imposer.id()))
				.map((count) -> new MatrixPoint(count.type().label(), imposer.name(), radius(count.count(), max),
						count.count(),
						imposer.name() + " · " + count.type().label() + ": " + count.count()
								+ ((count.count() == 1) ? " measure" : " measures")))
				.toList();
			String colour = colours.of(imposer);
			BubbleDataset dataset = new BubbleDataset().setLabel(imposer.name())
				.setBackgroundColor(ChartPalette.translucent(colour, 0.75))
				.setBorderColor(colour);
			dataset.setDataUnchecked(points);
			chartData.addDataset(dataset);
		}
		return new BubbleChart(chartData, matrixOptions(title, types.stream().map(MeasureType::label).toList(),
				"Measure type", imposers.stream().map(ActorRef::name).toList(), "Imposer"));
	}

	static List<AlignmentRow> alignmentRows(CoalitionAlignment alignment) {
		List<AlignmentRow> rows = new ArrayList<>();
		for (AlignmentMember member : alignment.members()) {
			List<AlignmentCell> cells = alignment.cells()
				.stream()
				.filter((cell) -> cell.member().id().equals(member.actor().id()))
				.sorted(Comparator.comparing((AlignmentCell cell) -> cell.type().label()))
				.toList();
			String basis = Labels.humanize(member.basis());
			if (cells.isEmpty()) {
				rows.add(new AlignmentRow(member.actor(), basis, null, 0, 0));
			}
			cells.forEach((cell) -> rows
				.add(new AlignmentRow(member.actor(), basis, cell.type(), cell.inForce(), cell.uncertain())));
		}
		return rows;
	}

	static BubbleChart alignmentChart(String title, CoalitionAlignment alignment, ActorColours colours) {
		List<MeasureType> types = byTotal(alignment.cells(), AlignmentCell::type,
				(cell) -> cell.inForce() + cell.uncertain());
		BubbleData chartData = new BubbleData();
		List<String> memberLabels = new ArrayList<>();
		for (AlignmentMember member : alignment.members()) {
			String label = memberLabel(member);
			if (memberLabels.contains(label)) {
				continue;
			}
			memberLabels.add(label);
			String colour = colours.of(member.actor());
			List<AlignmentCell> cells = alignment.cells()
				.stream()
				.filter((cell) -> cell.member().id().equals(member.actor().id()))
				.toList();
			List<MatrixPoint> points = cells.stream()
				.map((cell) -> new MatrixPoint(cell.type().label(), label, 9, cell.inForce() + cell.uncertain(),
						member.actor().name() + " · " + cell.type().label() + ": " + inForceText(cell)))
				.toList();
			BubbleDataset dataset = new BubbleDataset().setLabel(member.actor().name());
			dataset.setDataUnchecked(points);
			// a hollow circle: the member may or may not have had it in force
			dataset.setBackgroundColor(cells.stream()
				.map((cell) -> (Object) ((cell.inForce() > 0) ? colour : ChartPalette.translucent(colour, 0.1)))
				.toList());
			dataset.setBorderColor(colour);
			dataset.setBorderWidth(2);
			chartData.addDataset(dataset);
		}
		return new BubbleChart(chartData, matrixOptions(title, types.stream().map(MeasureType::label).toList(),
				"Measure type in force", memberLabels, "Member"));
	}

	static String memberLabel(AlignmentMember member) {
		return switch (member.basis()) {
			case MEMBER -> member.actor().name();
			case ALIGNED -> member.actor().name() + " (aligned)";
			case PROPOSED -> member.actor().name() + " (proposed)";
		};
	}

	private static String inForceText(AlignmentCell cell) {
		List<String> parts = new ArrayList<>();
		if (cell.inForce() > 0) {
			parts.add(cell.inForce() + " in force");
		}
		if (cell.uncertain() > 0) {
			parts.add(cell.uncertain() + " uncertain (a deciding step is dated only to a month or year)");
		}
		return String.join(", ", parts);
	}

	static BarChart enforcementChart(String title, List<EnforcementCount> counts, ActorColours colours) {
		List<EnforcementKind> kinds = byTotal(counts, EnforcementCount::kind, EnforcementCount::count);
		BarData chartData = new BarData().setLabels(kinds.stream().map(EnforcementKind::label).toList());
		for (ActorRef actor : ordered(counts.stream().map(EnforcementCount::actor).toList(), colours)) {
			TooltipBarDataset dataset = new TooltipBarDataset();
			dataset.setLabel(actor.name()).setBackgroundColor(colours.of(actor));
			for (EnforcementKind kind : kinds) {
				long n = counts.stream()
					.filter((count) -> count.kind() == kind && count.actor().id().equals(actor.id()))
					.mapToLong(EnforcementCount::count)
					.sum();
				dataset.addBar(n, (n > 0) ? actor.name() + ": " + n : null);
			}
			chartData.addDataset(dataset);
		}
		BarOptions options = new BarOptions().setResponsive(true)
			.setMaintainAspectRatio(false)
			.setInteraction(new CoreInteractionOptions().setMode("index").setIntersect(false))
			.setPlugins(plugins(title))
			.setScales(new Scales()
				.addScale(Scales.ScaleAxis.X,
						new CategoryScaleOptions().setStacked(true).setTitle(axisTitle("Kind of action")))
				.addScale(Scales.ScaleAxis.Y, countAxis("Enforcement actions").setStacked(true)));
		return new BarChart(chartData, options);
	}

	/** A label for a lifecycle event kind, for people. */
	static String kindLabel(Enum<?> kind) {
		if (kind instanceof EventKind eventKind) {
			return eventKind.label();
		}
		if (kind instanceof EnforcementKind enforcementKind) {
			return enforcementKind.label();
		}
		return Labels.humanize(kind);
	}

	private static BubbleOptions matrixOptions(String title, List<String> columns, String columnTitle,
			List<String> rows, String rowTitle) {
		return new BubbleOptions().setResponsive(true)
			.setMaintainAspectRatio(false)
			.setPlugins(plugins(title).setTooltip(new TooltipOptions().setMode("nearest").setIntersect(true)))
			.setScales(new Scales()
				.addScale(Scales.ScaleAxis.X,
						new CategoryScaleOptions().setLabels(columns).setOffset(true).setTitle(axisTitle(columnTitle)))
				.addScale(Scales.ScaleAxis.Y,
						new CategoryScaleOptions().setLabels(rows).setOffset(true).setTitle(axisTitle(rowTitle))));
	}

	private static Plugins plugins(String title) {
		return new Plugins().setTitle(new Title().setDisplay(false).setText(title))
			.setLegend(new LegendOptions().setDisplay(true).setPosition("bottom"));
	}

	private static AbstractCartesianScaleOptions.Title axisTitle(String text) {
		return new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(text);
	}

	private static LinearScaleOptions countAxis(String title) {
		return new LinearScaleOptions().setBeginAtZero(true)
			.setTicks(new LinearTickOptions().setPrecision(0))
			.setTitle(axisTitle(title));
	}

	private static String periodTitle(PeriodAxis axis, boolean atEnd) {
		if (axis.granularity() == Granularity.MONTH) {
			return atEnd ? "End of month" : "Month";
		}
		return atEnd ? "End of year" : "Year";
	}

	/** Bubble radius in pixels: the area grows with the count. */
	private static double radius(long count, long max) {
		return Math.round((5 + 13 * Math.sqrt((double) count / Math.max(1, max))) * 10) / 10.0;
	}

	/** Distinct actors in colour order (most active first). */
	static List<ActorRef> ordered(List<ActorRef> actors, ActorColours colours) {
		Map<Long, ActorRef> distinct = new LinkedHashMap<>();
		actors.forEach((actor) -> distinct.putIfAbsent(actor.id(), actor));
		return distinct.values()
			.stream()
			.sorted(Comparator.comparingInt(colours::rank).thenComparing(ActorRef::name))
			.toList();
	}

	/** Distinct categories, largest total first. */
	private static <T, K> List<K> byTotal(List<T> rows, java.util.function.Function<T, K> key,
			java.util.function.ToLongFunction<T> value) {
		Map<K, Long> totals = new LinkedHashMap<>();
		rows.forEach((row) -> totals.merge(key.apply(row), value.applyAsLong(row), Long::sum));
		return totals.entrySet()
			.stream()
			.sorted(Map.Entry.<K, Long>comparingByValue()
				.reversed()
				.thenComparing((entry) -> Objects.toString(entry.getKey())))
			.map(Map.Entry::getKey)
			.toList();
	}

}
