package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.chart.ChartPalette;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.dashboard.AlignmentCell;
import org.sanctionstracker.dashboard.AlignmentMember;
import org.sanctionstracker.dashboard.CoalitionAlignment;
import org.sanctionstracker.dashboard.EnforcementCount;
import org.sanctionstracker.dashboard.EventCount;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts of many actors (GSDB-scale data has hundreds of imposers): the most active are
 * shown apart, the others summed as one grey series, and no count is lost on the way.
 */
class DashboardChartsTests {

	/**
	 * 20 imposers; imposer i took i + 1 steps a year, so imposer 19 is the most active.
	 */
	private static final List<ActorRef> IMPOSERS = IntStream.range(0, 20)
		.mapToObj((i) -> new ActorRef((long) i + 1, "Imposer " + i, null))
		.toList();

	/** Ranked by activity: the most active first; colour slots in order of creation. */
	private static final ActorColours COLOURS = new ActorColours(IMPOSERS.reversed(),
			IMPOSERS.stream().collect(Collectors.toMap(ActorRef::id, (imposer) -> (int) (imposer.id() - 1) % 16)));

	private static final PeriodAxis YEARS = new PeriodAxis(Granularity.YEAR, 2010, 2012);

	@Test
	void events_of_twenty_imposers_show_the_twelve_most_active_and_sum_the_other_eight() {
		List<EventCount> counts = new ArrayList<>();
		for (int year = 2010; year <= 2012; year++) {
			for (int i = 0; i < IMPOSERS.size(); i++) {
				counts.add(new EventCount(year, IMPOSERS.get(i), EventKind.IMPOSED, i + 1));
			}
		}
		EventsOverTime data = new EventsOverTime(YEARS, counts, 0, 0);
		List<DashboardCharts.EventsRow> rows = DashboardCharts.eventsRows(data);
		// as DashboardService.eventsChart splits them: the twelve most active apart
		DashboardCharts.Series series = DashboardCharts.series(IMPOSERS, COLOURS);
		Map<Integer, Long> othersByPeriod = new TreeMap<>();
		counts.stream()
			.filter((count) -> series.isOther(count.imposer()))
			.forEach((count) -> othersByPeriod.merge(count.period(), count.count(), Long::sum));
		EventsChart chartData = new EventsChart(YEARS, series.shown(),
				counts.stream().filter((count) -> !series.isOther(count.imposer())).toList(), series.others(),
				othersByPeriod, 0, 0);

		JsonNode chart = json(DashboardCharts.eventsChart("Events", chartData, COLOURS).toJson());

		List<String> labels = labels(chart);
		assertThat(labels).hasSize(DashboardCharts.MAX_SERIES + 1)
			.startsWith("Imposer 19", "Imposer 18")
			.endsWith("Imposer 8", "Other imposers (8)");
		JsonNode others = chart.at("/data/datasets/12");
		// imposers 0..7 took 1..8 steps a year: 36 a year
		assertThat(others.path("data").valueStream().map(JsonNode::asLong)).containsExactly(36L, 36L, 36L);
		assertThat(others.path("backgroundColor").asString()).isEqualTo(ChartPalette.OTHER);
		assertThat(total(chart)).as("every event is still on the chart")
			.isEqualTo(rows.stream().mapToLong(DashboardCharts.EventsRow::events).sum())
			.isEqualTo(3 * LongStream.rangeClosed(1, 20).sum());
		assertThat(rows).as("the table lists each imposer").hasSize(60);
		// the browser writes "Imposer 19: 20 (20 imposed)" from the counts per kind
		JsonNode most = dataset(chart, "Imposer 19");
		assertThat(most.path("tooltipFormat").asString()).isEqualTo("{label}: {value} ({counts})");
		assertThat(most.at("/tooltipCountWords/" + EventKind.IMPOSED.ordinal()).asString()).isEqualTo("imposed");
		assertThat(most.at("/tooltipCounts/0").valueStream().map(JsonNode::asLong)).hasSize(EventKind.values().length)
			.containsOnly(0L, 20L);
		assertThat(most.at("/tooltipCounts/0/" + EventKind.IMPOSED.ordinal()).asLong()).isEqualTo(20);
		assertThat(most.has("tooltips")).isFalse();
		assertThat(others.path("tooltipFormat").asString()).isEqualTo("{label}: {value}");
		assertThat(DashboardCharts.series(IMPOSERS, COLOURS).note("imposers"))
			.isEqualTo("The 12 most active imposers are shown apart, the other 8 together as"
					+ " “Other imposers (8)”; the table lists each.");
	}

	@Test
	void thirteen_actors_are_all_shown_apart_rather_than_one_of_them_as_others() {
		DashboardCharts.Series series = DashboardCharts.series(IMPOSERS.subList(0, 13), COLOURS);

		assertThat(series.shown()).hasSize(13);
		assertThat(series.grouped()).isFalse();
		assertThat(series.note("imposers")).isEmpty();
	}

	@Test
	void measures_in_force_of_the_others_are_summed_per_period() {
		List<InForcePoint> points = new ArrayList<>();
		for (int year = 2010; year <= 2012; year++) {
			for (int i = 0; i < IMPOSERS.size(); i++) {
				points.add(new InForcePoint(year, IMPOSERS.get(i), year - 2009, (i == 0) ? 1 : 0));
			}
		}

		JsonNode chart = json(
				DashboardCharts.inForceChart("In force", new InForceOverTime(YEARS, IMPOSERS, points), COLOURS)
					.toJson());

		assertThat(labels(chart)).contains("Other imposers (8)", "Other imposers (8) incl. uncertain")
			.doesNotContain("Imposer 0", "Imposer 7");
		JsonNode others = dataset(chart, "Other imposers (8)");
		assertThat(others.path("data").valueStream().map(JsonNode::asLong)).containsExactly(8L, 16L, 24L);
		assertThat(
				dataset(chart, "Other imposers (8) incl. uncertain").path("data").valueStream().map(JsonNode::asLong))
			.containsExactly(9L, 17L, 25L);
	}

	@Test
	void the_matrix_and_enforcement_charts_sum_the_others_per_column() {
		List<TypeCount> types = new ArrayList<>();
		List<EnforcementCount> actions = new ArrayList<>();
		for (int i = 0; i < IMPOSERS.size(); i++) {
			types.add(new TypeCount(IMPOSERS.get(i), MeasureType.PORT_BAN, i + 1));
			actions.add(new EnforcementCount(IMPOSERS.get(i), EnforcementKind.ARREST, i + 1));
		}

		JsonNode matrix = json(DashboardCharts.matrixChart("Matrix", types, COLOURS).toJson());
		JsonNode enforcement = json(DashboardCharts.enforcementChart("Enforcement", actions, COLOURS).toJson());

		assertThat(matrix.at("/options/scales/y/labels").valueStream().map(JsonNode::asString)).hasSize(13)
			.last()
			.isEqualTo("Other imposers (8)");
		assertThat(dataset(matrix, "Other imposers (8)").at("/data/0/value").asLong()).isEqualTo(36);
		assertThat(dataset(enforcement, "Other actors (8)").at("/data/0").asLong()).isEqualTo(36);
		assertThat(total(enforcement)).isEqualTo(LongStream.rangeClosed(1, 20).sum());
	}

	@Test
	void an_alignment_of_many_members_gets_a_row_each_and_no_legend_repeating_them() {
		List<ActorRef> forty = IntStream.range(0, 40)
			.mapToObj((i) -> new ActorRef((long) i + 100, "Member " + i, null))
			.toList();
		CoalitionAlignment large = new CoalitionAlignment(new CoalitionRef(1L, "Large"), LocalDate.of(2016, 1, 1),
				forty.stream().map((actor) -> new AlignmentMember(actor, MembershipBasis.MEMBER, null, null)).toList(),
				forty.stream().map((actor) -> new AlignmentCell(actor, MeasureType.PORT_BAN, 1, 0)).toList());
		CoalitionAlignment small = new CoalitionAlignment(new CoalitionRef(2L, "Small"), LocalDate.of(2016, 1, 1),
				large.members().subList(0, 3), large.cells().subList(0, 3));

		JsonNode chart = json(DashboardCharts.alignmentChart("Alignment", large, COLOURS).toJson());

		assertThat(chart.at("/options/scales/y/labels")).hasSize(40);
		assertThat(chart.at("/options/plugins/legend/display").asBoolean()).isFalse();
		assertThat(json(DashboardCharts.alignmentChart("Alignment", small, COLOURS).toJson())
			.at("/options/plugins/legend/display")
			.asBoolean()).isTrue();
		assertThat(DashboardCharts.alignmentHeight(large)).isEqualTo((40 * 24 + 150) + "px");
		assertThat(DashboardCharts.alignmentHeight(small)).isEqualTo("340px");
	}

	/**
	 * A matrix's bubbles name their cell by position and carry no text each: the
	 * dataset's format writes the tooltips in the browser (sct-chart.js), so the
	 * configuration a view keeps in memory does not repeat each label hundreds of times.
	 */
	@Test
	void a_matrix_names_its_cells_by_position_and_writes_its_tooltips_from_one_format() {
		List<TypeCount> types = List.of(new TypeCount(IMPOSERS.get(19), MeasureType.PORT_BAN, 5),
				new TypeCount(IMPOSERS.get(19), MeasureType.ARMS_EMBARGO, 1),
				new TypeCount(IMPOSERS.get(18), MeasureType.ARMS_EMBARGO, 2));

		JsonNode matrix = json(DashboardCharts.matrixChart("Matrix", types, COLOURS).toJson());

		List<String> columns = matrix.at("/options/scales/x/labels").valueStream().map(JsonNode::asString).toList();
		List<String> rows = matrix.at("/options/scales/y/labels").valueStream().map(JsonNode::asString).toList();
		assertThat(columns).containsExactly("Port ban", "Arms embargo");
		assertThat(rows).containsExactly("Imposer 19", "Imposer 18");
		JsonNode first = dataset(matrix, "Imposer 19");
		assertThat(first.path("tooltipFormat").asString()).isEqualTo("{y} · {x}: {value} {value:measure|measures}");
		assertThat(first.path("data")
			.valueStream()
			.map((point) -> columns.get(point.path("x").asInt()) + " / " + rows.get(point.path("y").asInt()) + " = "
					+ point.path("value").asLong()))
			.containsExactlyInAnyOrder("Port ban / Imposer 19 = 5", "Arms embargo / Imposer 19 = 1");
		assertThat(first.at("/data/0").has("tooltip")).isFalse();
		assertThat(dataset(matrix, "Imposer 18").at("/data/0/y").asInt()).isEqualTo(1);
	}

	@Test
	void bars_and_lines_write_their_tooltips_from_a_format_and_keep_texts_only_where_a_point_needs_its_own() {
		List<EnforcementCount> actions = List.of(new EnforcementCount(IMPOSERS.get(0), EnforcementKind.ARREST, 3),
				new EnforcementCount(IMPOSERS.get(1), EnforcementKind.SEIZURE, 2));
		List<InForcePoint> points = new ArrayList<>();
		for (int year = 2010; year <= 2012; year++) {
			points.add(new InForcePoint(year, IMPOSERS.get(0), year - 2009, 0));
			points.add(new InForcePoint(year, IMPOSERS.get(1), 1, (year == 2012) ? 1 : 0));
		}

		JsonNode enforcement = json(DashboardCharts.enforcementChart("Enforcement", actions, COLOURS).toJson());
		JsonNode inForce = json(DashboardCharts
			.inForceChart("In force", new InForceOverTime(YEARS, IMPOSERS.subList(0, 2), points), COLOURS)
			.toJson());

		JsonNode bars = dataset(enforcement, "Imposer 0");
		assertThat(bars.path("tooltipFormat").asString()).isEqualTo("{label}: {value}");
		assertThat(bars.path("tooltipHidesZero").asBoolean()).as("the other actor's kind, 0, stays out").isTrue();
		assertThat(bars.has("tooltips")).isFalse();
		JsonNode certain = dataset(inForce, "Imposer 0");
		assertThat(certain.path("tooltipFormat").asString()).isEqualTo("{label}: {value} in force");
		assertThat(certain.has("tooltips")).isFalse();
		JsonNode uncertain = dataset(inForce, "Imposer 1");
		assertThat(uncertain.has("tooltipFormat")).isFalse();
		assertThat(uncertain.path("tooltips").valueStream().map(JsonNode::asString))
			.containsExactly("Imposer 1: 1 in force", "Imposer 1: 1 in force", "Imposer 1: 1 in force, 1 uncertain");
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	private static List<String> labels(JsonNode chart) {
		return chart.at("/data/datasets").valueStream().map((dataset) -> dataset.path("label").asString()).toList();
	}

	private static JsonNode dataset(JsonNode chart, String label) {
		return chart.at("/data/datasets")
			.valueStream()
			.filter((dataset) -> dataset.path("label").asString().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no dataset " + label + " in " + labels(chart)));
	}

	private static long total(JsonNode chart) {
		return chart.at("/data/datasets")
			.valueStream()
			.flatMap((dataset) -> dataset.path("data").valueStream())
			.mapToLong(JsonNode::asLong)
			.sum();
	}

}
