package org.sanctionstracker.dashboard.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.base.ui.chart.ChartPalette;
import org.sanctionstracker.base.ui.chart.MatrixPoint;
import org.sanctionstracker.base.ui.chart.TooltipBarDataset;
import org.sanctionstracker.base.ui.chart.TooltipBubbleDataset;
import org.sanctionstracker.base.ui.chart.TooltipLineDataset;
import org.sanctionstracker.dashboard.AlignmentCell;
import org.sanctionstracker.dashboard.AlignmentMember;
import org.sanctionstracker.dashboard.CoalitionAlignment;
import org.sanctionstracker.dashboard.EnforcementCount;
import org.sanctionstracker.dashboard.EventCount;
import org.sanctionstracker.dashboard.ChartSeries;
import org.sanctionstracker.dashboard.EventsChart;
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

	static BarChart eventsChart(String title, EventsChart data, ActorColours colours) {
		PeriodAxis axis = data.axis();
		BarData chartData = new BarData().setLabels(axis.labels());
		// the tooltip, e.g. "Japan: 4 (3 imposed, 1 lifted)", is written in the browser
		// from a count per kind
		Map<String, long[]> byKind = new HashMap<>();
		data.counts()
			.forEach((count) -> byKind.computeIfAbsent(count.period() + "/" + count.imposer().id(),
					(segment) -> new long[EventKind.values().length])[count.kind().ordinal()] += count.count());
		List<String> kindWords = Arrays.stream(EventKind.values())
			.map((kind) -> kind.label().toLowerCase(Locale.ROOT))
			.toList();
		for (ActorRef imposer : data.shown()) {
			TooltipBarDataset dataset = new TooltipBarDataset();
			dataset.setLabel(imposer.name()).setBackgroundColor(colours.of(imposer));
			dataset.setTooltipFormat("{label}: {value} ({counts})", true).setTooltipCountWords(kindWords);
			for (int period : axis.indexes()) {
				long[] kinds = byKind.get(period + "/" + imposer.id());
				dataset.addBar((kinds != null) ? Arrays.stream(kinds).sum() : 0, (kinds != null) ? kinds : new long[0]);
			}
			chartData.addDataset(dataset);
		}
		Series series = new Series(data.shown(), data.others());
		if (series.grouped()) {
			TooltipBarDataset others = new TooltipBarDataset();
			others.setLabel(series.otherLabel("imposers")).setBackgroundColor(ChartPalette.OTHER);
			others.setTooltipFormat("{label}: {value}", true);
			for (int period : axis.indexes()) {
				others.addBar(data.othersByPeriod().getOrDefault(period, 0L));
			}
			chartData.addDataset(others);
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
		Map<Long, List<InForcePoint>> byImposer = data.points()
			.stream()
			.collect(Collectors.groupingBy((point) -> point.imposer().id()));
		Series series = series(data.imposers(), colours);
		for (ActorRef imposer : series.shown()) {
			addInForceLines(chartData, imposer.name(), colours.of(imposer),
					byImposer.getOrDefault(imposer.id(), List.of()));
		}
		if (series.grouped()) {
			Map<Integer, long[]> summed = new TreeMap<>();
			for (ActorRef other : series.others()) {
				for (InForcePoint point : byImposer.getOrDefault(other.id(), List.of())) {
					long[] sums = summed.computeIfAbsent(point.period(), (period) -> new long[2]);
					sums[0] += point.inForce();
					sums[1] += point.uncertain();
				}
			}
			List<InForcePoint> points = new ArrayList<>();
			for (int period : axis.indexes()) {
				long[] sums = summed.getOrDefault(period, new long[2]);
				points.add(new InForcePoint(period, null, sums[0], sums[1]));
			}
			addInForceLines(chartData, series.otherLabel("imposers"), ChartPalette.OTHER, points);
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

	/**
	 * The line of one imposer (or of the others), and a dashed one with the uncertain.
	 */
	private static void addInForceLines(LineData chartData, String name, String colour, List<InForcePoint> points) {
		TooltipLineDataset line = new TooltipLineDataset();
		line.setLabel(name).setBorderColor(colour).setBackgroundColor(colour).setBorderWidth(2);
		line.setTension(0);
		boolean uncertain = points.stream().anyMatch((point) -> point.uncertain() > 0);
		if (!uncertain) {
			line.setTooltipFormat("{label}: {value} in force", false);
		}
		for (InForcePoint point : points) {
			if (uncertain) {
				line.addPoint(point.inForce(), name + ": " + point.inForce() + " in force"
						+ ((point.uncertain() > 0) ? ", " + point.uncertain() + " uncertain" : ""));
			}
			else {
				line.addPoint(point.inForce());
			}
		}
		chartData.addDataset(line);
		if (uncertain) {
			TooltipLineDataset upper = new TooltipLineDataset();
			upper.setLabel(name + " incl. uncertain")
				.setBorderColor(colour)
				.setBackgroundColor(colour)
				.setBorderWidth(1)
				.setBorderDash(List.of(6, 4));
			upper.setTension(0);
			points.forEach((point) -> upper.addPoint(point.inForce() + point.uncertain(), null));
			chartData.addDataset(upper);
		}
	}

	static BubbleChart matrixChart(String title, List<TypeCount> counts, ActorColours colours) {
		List<MeasureType> types = byTotal(counts, TypeCount::type, TypeCount::count);
		Series series = series(counts.stream().map(TypeCount::imposer).toList(), colours);
		Map<MeasureType, Long> othersByType = new LinkedHashMap<>();
		counts.stream()
			.filter((count) -> series.isOther(count.imposer()))
			.forEach((count) -> othersByType.merge(count.type(), count.count(), Long::sum));
		long max = Math.max(counts.stream().mapToLong(TypeCount::count).max().orElse(1),
				othersByType.values().stream().mapToLong(Long::longValue).max().orElse(1));
		Map<Long, List<TypeCount>> byImposer = counts.stream()
			.collect(Collectors.groupingBy((count) -> count.imposer().id()));
		BubbleData chartData = new BubbleData();
		List<String> rowLabels = new ArrayList<>();
		for (ActorRef imposer : series.shown()) {
			int row = rowLabels.size();
			List<MatrixPoint> points = byImposer.get(imposer.id())
				.stream()
				.map((count) -> matrixPoint(row, types.indexOf(count.type()), count.count(), max))
				.toList();
			String colour = colours.of(imposer);
			BubbleDataset dataset = matrixDataset(imposer.name())
				.setBackgroundColor(ChartPalette.translucent(colour, 0.75))
				.setBorderColor(colour);
			dataset.setDataUnchecked(points);
			chartData.addDataset(dataset);
			rowLabels.add(imposer.name());
		}
		if (series.grouped()) {
			String label = series.otherLabel("imposers");
			int row = rowLabels.size();
			List<MatrixPoint> points = othersByType.entrySet()
				.stream()
				.map((entry) -> matrixPoint(row, types.indexOf(entry.getKey()), entry.getValue(), max))
				.toList();
			BubbleDataset dataset = matrixDataset(label)
				.setBackgroundColor(ChartPalette.translucent(ChartPalette.OTHER, 0.75))
				.setBorderColor(ChartPalette.OTHER);
			dataset.setDataUnchecked(points);
			chartData.addDataset(dataset);
			rowLabels.add(label);
		}
		return new BubbleChart(chartData, matrixOptions(title, types.stream().map(MeasureType::label).toList(),
				"Measure type", rowLabels, "Imposer"));
	}

	private static MatrixPoint matrixPoint(int row, int column, long count, long max) {
		return new MatrixPoint(column, row, radius(count, max), count, null);
	}

	/** A row of the imposer × type matrix; the browser writes its tooltips. */
	private static TooltipBubbleDataset matrixDataset(String label) {
		TooltipBubbleDataset dataset = new TooltipBubbleDataset()
			.setTooltipFormat("{y} · {x}: {value} {value:measure|measures}");
		dataset.setLabel(label);
		return dataset;
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
			int row = memberLabels.size() - 1;
			// the format writes "Japan · Port ban: 3 in force"; a cell with uncertain
			// measures says so in a text of its own
			List<MatrixPoint> points = cells.stream()
				.map((cell) -> new MatrixPoint(types.indexOf(cell.type()), row, 9, cell.inForce() + cell.uncertain(),
						(cell.uncertain() > 0 || cell.inForce() == 0)
								? member.actor().name() + " · " + cell.type().label() + ": " + inForceText(cell)
								: null))
				.toList();
			TooltipBubbleDataset dataset = new TooltipBubbleDataset()
				.setTooltipFormat("{label} · {x}: {value} in force");
			dataset.setLabel(member.actor().name());
			dataset.setDataUnchecked(points);
			// a hollow circle: the member may or may not have had it in force
			dataset.setBackgroundColor(cells.stream()
				.map((cell) -> (Object) ((cell.inForce() > 0) ? colour : ChartPalette.translucent(colour, 0.1)))
				.toList());
			dataset.setBorderColor(colour);
			dataset.setBorderWidth(2);
			chartData.addDataset(dataset);
		}
		BubbleOptions options = matrixOptions(title, types.stream().map(MeasureType::label).toList(),
				"Measure type in force", memberLabels, "Member");
		if (memberLabels.size() > MAX_SERIES) {
			// the rows name the members; a legend of dozens of them would only repeat
			// that
			options.getPlugins().getLegend().setDisplay(false);
		}
		return new BubbleChart(chartData, options);
	}

	/**
	 * How tall the alignment chart must be for each member's row to be readable: a
	 * coalition can have a handful of members or most of the world.
	 * @param alignment the alignment shown
	 * @return a CSS height
	 */
	static String alignmentHeight(CoalitionAlignment alignment) {
		long rows = alignment.members().stream().map(DashboardCharts::memberLabel).distinct().count();
		long legend = (rows > MAX_SERIES) ? 0 : 60;
		return Math.max(340, 24 * rows + 150 + legend) + "px";
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
		Series series = series(counts.stream().map(EnforcementCount::actor).toList(), colours);
		for (ActorRef actor : series.shown()) {
			addEnforcementBars(chartData, actor.name(), colours.of(actor), kinds,
					counts.stream().filter((count) -> count.actor().id().equals(actor.id())).toList());
		}
		if (series.grouped()) {
			addEnforcementBars(chartData, series.otherLabel("actors"), ChartPalette.OTHER, kinds,
					counts.stream().filter((count) -> series.isOther(count.actor())).toList());
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

	private static void addEnforcementBars(BarData chartData, String name, String colour, List<EnforcementKind> kinds,
			List<EnforcementCount> counts) {
		TooltipBarDataset dataset = new TooltipBarDataset();
		dataset.setLabel(name).setBackgroundColor(colour);
		dataset.setTooltipFormat("{label}: {value}", true);
		for (EnforcementKind kind : kinds) {
			dataset.addBar(
					counts.stream().filter((count) -> count.kind() == kind).mapToLong(EnforcementCount::count).sum());
		}
		chartData.addDataset(dataset);
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

	/** The most series a chart shows apart ({@link ChartSeries}). */
	static final int MAX_SERIES = ChartSeries.MAX_SHOWN;

	/**
	 * The actors a chart shows, split into those it shows apart and the others it sums.
	 *
	 * @param shown the most active, in colour order
	 * @param others the rest, empty when all are shown apart
	 */
	record Series(List<ActorRef> shown, List<ActorRef> others) {

		boolean grouped() {
			return !this.others.isEmpty();
		}

		/**
		 * Whether an actor on the chart is summed with the others (checks the few shown).
		 */
		boolean isOther(ActorRef actor) {
			return grouped() && this.shown.stream().noneMatch((shown) -> shown.id().equals(actor.id()));
		}

		/** The summed series' name, e.g. "Other imposers (8)". */
		String otherLabel(String noun) {
			return "Other " + noun + " (" + this.others.size() + ")";
		}

		/** What the chart's note says about the summed series, or an empty text. */
		String note(String noun) {
			return grouped()
					? "The " + this.shown.size() + " most active " + noun + " are shown apart, the other "
							+ this.others.size() + " together as “" + otherLabel(noun) + "”; the table lists each."
					: "";
		}

	}

	/**
	 * Splits the actors on a chart (each once, in colour order) into shown and summed.
	 */
	static Series series(List<ActorRef> actors, ActorColours colours) {
		List<ActorRef> ordered = ChartSeries.ordered(actors, colours::rank);
		int shown = ChartSeries.shown(ordered.size());
		return new Series(ordered.subList(0, shown), ordered.subList(shown, ordered.size()));
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
