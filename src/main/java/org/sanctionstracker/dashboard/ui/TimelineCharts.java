package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionstracker.base.ui.Dates;
import org.sanctionstracker.base.ui.chart.ChartJson;
import org.sanctionstracker.base.ui.chart.ChartPalette;
import org.sanctionstracker.dashboard.Granularity;
import org.sanctionstracker.dashboard.PeriodAxis;
import org.sanctionstracker.dashboard.StatusPeriod;
import org.sanctionstracker.dashboard.TimelineAction;
import org.sanctionstracker.dashboard.TimelineGrouping;
import org.sanctionstracker.dashboard.TimelineLane;
import org.sanctionstracker.dashboard.TimelineMeasure;
import org.sanctionstracker.dashboard.TimelineOverview;
import org.sanctionstracker.dashboard.TimelineRows;
import org.sanctionstracker.dashboard.TimelineSegment;
import org.sanctionstracker.dashboard.TimelineStep;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureStatus;

import static org.sanctionstracker.base.ui.chart.ChartJson.object;

/**
 * The timeline's Chart.js configurations: the lanes as density strips, and a lane's
 * measures as rows of floating bars (days on the x axis, {@code sctDays}) shaded by
 * status, hatched where a deciding step is dated only to a month or a year, with markers
 * for the steps that change nothing and points for enforcement actions. Every mark
 * carries its tooltip and, for a click, the chronology entry it opens ({@code event-12},
 * {@code action-3}).
 */
final class TimelineCharts {

	/** Rows of a lane drawn at most; the card says how many more the lane holds. */
	static final int MAX_ROWS = 150;

	private static final int QUOTE_LINE = 70;

	private TimelineCharts() {
	}

	/**
	 * A part of a row, as the table and the CSV list it.
	 *
	 * @param measure the measure's title
	 * @param imposer who imposed it
	 * @param what the status or the step
	 * @param from when it began, as precisely as known
	 * @param until when it ended, or empty while it lasts (or for a single step)
	 * @param quote the passage the step cites
	 * @param entry the chronology entry
	 */
	record Row(String measure, String imposer, String what, String from, String until, String quote, String entry) {
	}

	/**
	 * The lanes as density strips: per lane and period, how many measures were on their
	 * bar.
	 */
	static String lanesChart(TimelineOverview overview, ActorColours colours) {
		PeriodAxis axis = overview.axis();
		List<String> labels = new ArrayList<>();
		List<Object> points = new ArrayList<>();
		List<String> fills = new ArrayList<>();
		int max = overview.lanes()
			.stream()
			.flatMap((lane) -> lane.density().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(1);
		for (int row = 0; row < overview.lanes().size(); row++) {
			TimelineLane lane = overview.lanes().get(row);
			labels.add(lane.label() + " (" + lane.measures() + ")");
			String colour = laneColour(overview.grouping(), lane, row, colours);
			for (int i = 0; i < lane.density().size(); i++) {
				int count = lane.density().get(i);
				if (count == 0) {
					continue;
				}
				int period = axis.first() + i;
				LocalDate start = firstDay(axis, period);
				LocalDate end = axis.lastDay(period).plusDays(1);
				points.add(object("x", List.of(day(clip(start, overview)), day(clip(end, overview))), "y", row, "key",
						lane.key(), "tooltip",
						List.of(lane.label() + ", " + axis.label(period),
								count + ((count == 1) ? " measure" : " measures") + " imposed and not lifted",
								"Click to show or hide the lane's measures")));
				fills.add(ChartPalette.translucent(colour, 0.25 + 0.75 * count / Math.max(1, max)));
			}
		}
		Map<String, Object> dataset = object("type", "bar", "label", "Measures on their bar", "indexAxis", "y", "data",
				points, "backgroundColor", fills, "borderWidth", 0, "barPercentage", 0.9, "categoryPercentage", 1.0,
				"grouped", false);
		return ChartJson.write(object("type", "bar", "data", object("datasets", List.of(dataset)), "options",
				object("indexAxis", "y", "animation", false, "plugins",
						object("title", object("display", false, "text", "Lanes"), "legend", object("display", false)),
						"scales", scales(overview, labels, "Lane (measures)"))));
	}

	/** A lane's measures: one row each. */
	static String rowsChart(String title, TimelineOverview overview, TimelineRows rows, ActorColours colours) {
		List<String> labels = new ArrayList<>();
		Map<String, Series> series = new LinkedHashMap<>();
		for (String name : List.of(IN_FORCE, RELAXED, REIMPOSED, ROUGH)) {
			series.put(name, new Series());
		}
		Map<String, Series> markers = new LinkedHashMap<>();
		for (String name : List.of(CONSIDERED, PROMISED, OTHER_STEP, ACTION)) {
			markers.put(name, new Series());
		}
		for (int row = 0; row < rows.measures().size(); row++) {
			TimelineMeasure measure = rows.measures().get(row);
			labels.add(shorten(measure.title(), 48));
			String colour = colours.of(measure.imposer());
			for (TimelineSegment segment : measure.segments()) {
				StatusPeriod period = segment.period();
				LocalDate until = (period.until() != null) ? period.until() : overview.last().plusDays(1);
				if (!until.isAfter(overview.first()) || period.from().isAfter(overview.last())) {
					continue;
				}
				String name = seriesOf(period);
				Series target = series.get(name);
				List<String> tooltip = new ArrayList<>();
				tooltip.add(measure.title());
				tooltip.add(statusText(period) + " from " + Dates.day(period.from()) + ((period.until() != null)
						? " until " + Dates.day(period.until().minusDays(1)) : " (still in force as the data stands)"));
				tooltip.add(segment.step().kind().label() + ": " + segment.step().date().display());
				tooltip.addAll(quoteLines(segment.step().quote()));
				target.points.add(object("x", List.of(day(clip(period.from(), overview)), day(clip(until, overview))),
						"y", row, "key", "event-" + segment.step().eventId(), "tooltip", tooltip));
				target.colours.add((name.equals(RELAXED)) ? ChartPalette.translucent(colour, 0.35) : colour);
			}
			for (TimelineStep step : measure.markers()) {
				LocalDate day = step.date().lowerBound();
				if (day.isBefore(overview.first()) || day.isAfter(overview.last())) {
					continue;
				}
				Series target = markers.get(markerOf(step.kind()));
				List<String> tooltip = new ArrayList<>();
				tooltip.add(measure.title());
				tooltip.add(step.kind().label() + ": " + step.date().display());
				if (step.note() != null) {
					tooltip.add(shorten(step.note(), 100));
				}
				tooltip.addAll(quoteLines(step.quote()));
				target.points
					.add(object("x", day(day), "y", row, "key", "event-" + step.eventId(), "tooltip", tooltip));
				target.colours.add(colour);
			}
			for (TimelineAction action : measure.actions()) {
				LocalDate day = action.date().lowerBound();
				if (day.isBefore(overview.first()) || day.isAfter(overview.last())) {
					continue;
				}
				Series target = markers.get(ACTION);
				List<String> tooltip = new ArrayList<>();
				tooltip.add(action.kind().label() + " by " + action.actor().name() + ": " + action.date().display());
				tooltip.add(shorten(action.description(), 100));
				tooltip.addAll(quoteLines(action.quote()));
				target.points.add(object("x", day(day), "y", row, "key", "action-" + action.id(), "tooltip", tooltip));
				target.colours.add(colours.of(action.actor()));
			}
		}
		List<Object> datasets = new ArrayList<>();
		series.forEach((name,
				values) -> datasets.add(object("type", "bar", "label", name, "indexAxis", "y", "data", values.points,
						"backgroundColor", values.colours, "borderColor", values.colours, "borderWidth",
						name.equals(REIMPOSED) ? 2 : name.equals(RELAXED) ? 1 : 0, "borderSkipped", false, "sctHatch",
						name.equals(ROUGH) ? Boolean.TRUE : null, "barPercentage", 0.7, "categoryPercentage", 1.0,
						"grouped", false)));
		markers.forEach((name, values) -> datasets.add(object("type", "scatter", "label", name, "data", values.points,
				"backgroundColor", values.colours, "borderColor", values.colours, "pointStyle", pointStyle(name),
				"pointRadius", name.equals(ACTION) ? 6 : 5, "pointHoverRadius", 8, "pointBorderWidth", 1.5)));
		Map<String, Object> options = object("animation", false, "interaction",
				object("mode", "nearest", "intersect", true), "plugins",
				object("title", object("display", false, "text", title), "legend",
						object("position", "bottom", "labels", object("usePointStyle", true, "boxHeight", 8)), "zoom",
						zoom(overview)),
				"scales", scales(overview, labels, null));
		return ChartJson.write(object("type", "bar", "data", object("datasets", datasets), "options", options));
	}

	/** The table's rows: each part of a bar, each marker and each enforcement action. */
	static List<Row> rows(TimelineRows rows) {
		List<Row> table = new ArrayList<>();
		for (TimelineMeasure measure : rows.measures()) {
			for (TimelineSegment segment : measure.segments()) {
				StatusPeriod period = segment.period();
				table.add(new Row(measure.title(), measure.imposer().name(),
						statusText(period) + " (" + segment.step().kind().label().toLowerCase() + ")",
						Dates.day(period.from()),
						(period.until() != null) ? Dates.day(period.until().minusDays(1)) : "", segment.step().quote(),
						"event-" + segment.step().eventId()));
			}
			for (TimelineStep step : measure.markers()) {
				table.add(new Row(measure.title(), measure.imposer().name(), step.kind().label(), step.date().display(),
						"", step.quote(), "event-" + step.eventId()));
			}
			for (TimelineAction action : measure.actions()) {
				table.add(new Row(measure.title(), action.actor().name(), action.kind().label(),
						action.date().display(), "", action.quote(), "action-" + action.id()));
			}
		}
		return table;
	}

	static final String IN_FORCE = "Imposed, in force";

	static final String RELAXED = "Relaxed or suspended";

	static final String REIMPOSED = "Reimposed";

	static final String ROUGH = "Step dated only to a month or year";

	static final String CONSIDERED = "Considered, threatened, announced";

	static final String PROMISED = "Promised, conditioned, lifting promised";

	static final String OTHER_STEP = "Adopted, withdrawn";

	static final String ACTION = "Enforcement action";

	private static String seriesOf(StatusPeriod period) {
		if (period.rough() || period.status() == MeasureStatus.UNCERTAIN) {
			return ROUGH;
		}
		return switch (period.phase()) {
			case RELAXED, SUSPENDED -> RELAXED;
			case REIMPOSED -> REIMPOSED;
			default -> IN_FORCE;
		};
	}

	private static String statusText(StatusPeriod period) {
		String phase = period.phase().label();
		return switch (period.status()) {
			case IN_FORCE -> phase + ", in force";
			case UNCERTAIN -> phase + ", possibly in force (the step's day is not known)";
			case NOT_IN_FORCE -> phase + ", not in force";
		};
	}

	private static String markerOf(EventKind kind) {
		return switch (kind) {
			case CONSIDERED, THREATENED, ANNOUNCED -> CONSIDERED;
			case PROMISED, CONDITIONED, LIFTING_PROMISED -> PROMISED;
			default -> OTHER_STEP;
		};
	}

	private static String pointStyle(String marker) {
		return switch (marker) {
			case CONSIDERED -> "triangle";
			case PROMISED -> "rectRot";
			case ACTION -> "crossRot";
			default -> "circle";
		};
	}

	private static Map<String, Object> scales(TimelineOverview overview, List<String> labels, String yTitle) {
		return object("x",
				object("type", "linear", "sctDays", true, "min", day(overview.first()), "max",
						day(overview.last().plusDays(1)), "title", object("display", true, "text", "Date")),
				"y",
				object("type", "category", "sctRows", true, "labels", labels, "offset", true, "grid",
						object("display", false), "ticks", object("autoSkip", false), "title",
						(yTitle != null) ? object("display", true, "text", yTitle) : null));
	}

	private static Map<String, Object> zoom(TimelineOverview overview) {
		return object("limits",
				object("x",
						object("min", day(overview.first()), "max", day(overview.last().plusDays(1)), "minRange", 20)),
				"pan", object("enabled", true, "mode", "x"), "zoom",
				object("mode", "x", "wheel", object("enabled", true, "modifierKey", "ctrl"), "pinch",
						object("enabled", true), "drag", object("enabled", true, "modifierKey", "shift")));
	}

	private static String laneColour(TimelineGrouping grouping, TimelineLane lane, int row, ActorColours colours) {
		if (lane.actor() != null) {
			return colours.of(lane.actor());
		}
		return (grouping == TimelineGrouping.IMPOSER) ? ChartPalette.OTHER : ChartPalette.slot(row);
	}

	static LocalDate firstDay(PeriodAxis axis, int period) {
		LocalDate last = axis.lastDay(period);
		return (axis.granularity() == Granularity.YEAR) ? last.withDayOfYear(1) : last.withDayOfMonth(1);
	}

	private static LocalDate clip(LocalDate day, TimelineOverview overview) {
		if (day.isBefore(overview.first())) {
			return overview.first();
		}
		LocalDate end = overview.last().plusDays(1);
		return day.isAfter(end) ? end : day;
	}

	private static long day(LocalDate day) {
		return day.toEpochDay();
	}

	/** A quote in lines a tooltip can show, in quotation marks, at most three lines. */
	static List<String> quoteLines(String quote) {
		if (quote == null || quote.isBlank()) {
			return List.of();
		}
		String text = "“" + shorten(quote.strip().replaceAll("\\s+", " "), 3 * QUOTE_LINE - 10) + "”";
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() + word.length() + 1 > QUOTE_LINE && !line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max - 1).stripTrailing() + "…";
	}

	private static final class Series {

		private final List<Object> points = new ArrayList<>();

		private final List<String> colours = new ArrayList<>();

	}

}
