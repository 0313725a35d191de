package org.sanctionstracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of a run: {@code results.json} (everything, machine-readable) and
 * {@code results.md} (the table), rewritten after every case so that a run stopped
 * half-way still leaves what it measured.
 */
final class Report {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Settings settings;

	private final ObjectNode root;

	private final ArrayNode cases;

	private final ObjectNode startup;

	/**
	 * A new report, or with {@code -Dbench.update=true} the last one in the output folder,
	 * whose cases and sections this run measures again are replaced and the rest kept
	 * (e.g. to add the dashboard section to a full run).
	 * @param settings the settings
	 */
	Report(Settings settings) throws IOException {
		this.settings = settings;
		Path previous = settings.output().resolve("results.json");
		if (Boolean.getBoolean("bench.update") && Files.exists(previous)) {
			this.root = (ObjectNode) MAPPER.readTree(Files.readString(previous));
			this.cases = (ArrayNode) this.root.get("cases");
			this.startup = (ObjectNode) this.root.get("startup");
			this.root.put("updated_at",
					OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			this.root.withObject("/git").put("updated_on_commit", command("git", "rev-parse", "HEAD"));
			return;
		}
		this.root = MAPPER.createObjectNode();
		this.root.put("generated_at", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		ObjectNode git = this.root.putObject("git");
		git.put("commit", command("git", "rev-parse", "HEAD"));
		git.put("branch", command("git", "rev-parse", "--abbrev-ref", "HEAD"));
		git.put("dirty", !command("git", "status", "--porcelain", "--untracked-files=no").isEmpty());
		ObjectNode machine = this.root.putObject("machine");
		machine.put("cpu", cpuModel());
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memory_mb", memoryMb());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		machine.put("gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map((gc) -> gc.getName())
			.toList()));
		machine.put("load_at_start", loadAverage());
		ObjectNode config = this.root.putObject("settings");
		config.put("sizes", settings.sizes().toString());
		config.put("databases", settings.databases().toString());
		config.put("seed", settings.seed());
		config.put("warmups", settings.warmups());
		config.put("runs", settings.runs());
		config.put("export_runs", settings.exportRuns());
		config.put("sessions", settings.sessions());
		config.put("startup_runs", settings.startupRuns());
		config.put("schema", BenchDatabase.SCHEMA);
		this.cases = this.root.putArray("cases");
		this.startup = this.root.putObject("startup");
	}

	ObjectNode newCase(String database, long events) {
		for (JsonNode existing : this.cases) {
			if (database.equals(text(existing, "database")) && existing.get("events").asLong() == events) {
				ObjectNode node = (ObjectNode) existing;
				node.put("load_before_update", loadAverage());
				return node;
			}
		}
		ObjectNode node = this.cases.addObject();
		node.put("database", database);
		node.put("events", events);
		node.put("load_before", loadAverage());
		return node;
	}

	ObjectNode startup() {
		return this.startup;
	}

	void write() throws IOException {
		this.root.put("load_at_end", loadAverage());
		Files.createDirectories(this.settings.output());
		Files.writeString(this.settings.output().resolve("results.json"),
				MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this.root));
		Files.writeString(this.settings.output().resolve("results.md"), markdown());
	}

	// ---- the Markdown table

	private record Row(String label, String target, Function<JsonNode, String> value) {
	}

	private String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark results\n\n");
		JsonNode git = this.root.get("git");
		JsonNode machine = this.root.get("machine");
		md.append("Run ").append(text(this.root, "generated_at")).append(" on commit `")
			.append(text(git, "commit"), 0, Math.min(10, text(git, "commit").length()))
			.append(git.get("dirty").asBoolean() ? " (with uncommitted changes)" : "")
			.append("` by\n`./mvnw -Pbench -DskipTests verify -Dbench.sizes=")
			.append(String.join(",", sizesInCases().stream().map(String::valueOf).toList()))
			.append("`.\n\n");
		md.append("Machine: ").append(text(machine, "cpu")).append(", ").append(machine.get("cores").asInt())
			.append(" cores, ").append(machine.get("memory_mb").asLong() / 1024).append(" GB; ")
			.append(text(machine, "java")).append("; heap ").append(machine.get("max_heap_mb").asLong())
			.append(" MB. Load average (1/5/15 min) at start ").append(text(machine, "load_at_start"))
			.append(", at end ").append(text(this.root, "load_at_end"))
			.append(" — a shared machine: compare the ratios, and absolute times with care.\n\n");
		md.append("Timings are median / p95 in ms of ").append(this.settings.runs()).append(" runs after ")
			.append(this.settings.warmups())
			.append(" warm-up runs")
			.append(dashboardRuns())
			.append("; exports are the median of ")
			.append(this.settings.exportRuns()).append(" runs; an import is one run on a fresh database.\n\n");
		for (String database : List.of("h2", "postgres")) {
			List<JsonNode> columns = new ArrayList<>();
			this.cases.forEach((node) -> {
				if (database.equals(text(node, "database"))) {
					columns.add(node);
				}
			});
			if (columns.isEmpty()) {
				continue;
			}
			md.append("## ").append(database.equals("h2") ? "H2 (file mode)" : "PostgreSQL (embedded)").append("\n\n");
			md.append("| | ");
			columns.forEach((c) -> md.append(events(c.get("events").asLong())).append(" events | "));
			md.append("target (1M, H2) |\n|---|");
			columns.forEach((c) -> md.append("---:|"));
			md.append("---|\n");
			for (Row row : rows(columns)) {
				md.append("| ").append(row.label()).append(" | ");
				columns.forEach((c) -> md.append(row.value().apply(c)).append(" | "));
				md.append(row.target()).append(" |\n");
			}
			md.append('\n');
		}
		views(md);
		if (!this.startup.isEmpty()) {
			md.append("## Start-up of the production jar (to the first HTTP 200)\n\n");
			md.append("| data directory | ready, median (max) | Spring \"Started … in\", median | target |\n|---|---:|---:|---|\n");
			for (var entry : this.startup.properties()) {
				JsonNode s = entry.getValue();
				if (s.has("error")) {
					md.append("| ").append(entry.getKey()).append(" | ").append(text(s, "error")).append(" | | |\n");
					continue;
				}
				md.append("| ").append(entry.getKey()).append(" | ").append(seconds(s.get("ready_median_ms")))
					.append(" (").append(seconds(s.get("ready_max_ms"))).append(") | ")
					.append(seconds(s.get("spring_started_median_ms"))).append(" | ≤ 10 s |\n");
			}
			md.append('\n');
		}
		return md.toString();
	}

	/** The chart views' first paint in Chromium (ViewsSection), one table per case. */
	private void views(StringBuilder md) {
		for (JsonNode c : this.cases) {
			JsonNode views = c.at("/views/views");
			if (!views.isObject()) {
				if (c.at("/views/error").isString()) {
					md.append("## Chart views in Chromium, ").append(events(c.get("events").asLong()))
						.append(" events\n\n").append(text(c.get("views"), "error")).append("\n\n");
				}
				continue;
			}
			JsonNode run = c.get("views");
			md.append("## Chart views in Chromium: first paint and chart configuration, ")
				.append(database(text(c, "database")))
				.append(", ")
				.append(events(c.get("events").asLong()))
				.append(" events\n\n");
			md.append("The production jar on this database; ")
				.append(text(run, "browser"))
				.append(". First paint: from the navigation's start to the frame in which every chart of the view"
						+ " has its Chart.js instance with data and painted pixels, median / p95 of ")
				.append(run.get("runs").asInt())
				.append(" loads after ")
				.append(run.get("warmups").asInt())
				.append(" (scripts cached), and the first, cold load. Configuration: the UTF-8 bytes of the JSON the"
						+ " server set as each chart's `config`; Vaadin responses: the bootstrap and UIDL JSON of one"
						+ " load; the view's UIDL answered: when the router's request, which builds the view and its"
						+ " charts on the server, had its answer (median).\n\n");
			md.append("| view | first paint, ms | cold load, ms | view's UIDL answered, ms | charts |"
					+ " configuration, KB: all (largest) | Vaadin responses, KB | target |\n"
					+ "|---|---:|---:|---:|---:|---:|---:|---|\n");
			for (var entry : views.properties()) {
				JsonNode v = entry.getValue();
				md.append("| `").append(text(v, "path")).append("` | ");
				if (v.has("error")) {
					md.append(text(v, "error").lines().findFirst().orElse("")).append(" | | | | | | |\n");
					continue;
				}
				md.append(timing(v.get("first_paint")))
					.append(" | ")
					.append(decimal(v.at("/first_paint/first_run_ms")))
					.append(" | ")
					.append(decimal(v.get("view_response_end_median_ms")))
					.append(" | ")
					.append(v.get("charts").asInt())
					.append(" | ")
					.append(kilobytes(v.get("config_bytes_total")))
					.append(" (")
					.append(kilobytes(v.get("config_bytes_largest")))
					.append(") | ")
					.append(kilobytes(v.get("vaadin_response_bytes")))
					.append(" | ")
					.append(entry.getKey().equals("dashboard") ? "(for comparison)" : "≤ 1,500 ms; ≤ 1,024 KB")
					.append(" |\n");
			}
			md.append('\n');
		}
	}

	private static String database(String kind) {
		return kind.equals("h2") ? "H2 (file mode)" : "PostgreSQL (embedded)";
	}

	private List<Long> sizesInCases() {
		List<Long> sizes = new ArrayList<>();
		this.cases.forEach((node) -> {
			if (!sizes.contains(node.get("events").asLong())) {
				sizes.add(node.get("events").asLong());
			}
		});
		sizes.sort(null);
		return sizes;
	}

	private List<Row> rows(List<JsonNode> columns) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("Rows in the database (all exported kinds)", "",
				(c) -> number(c.at("/data/exported_rows"))));
		rows.add(new Row("Database generated in (s) / reused", "", (c) -> c.at("/data/reused").asBoolean()
				? "reused" : seconds(c.at("/data/generation_ms"))));
		rows.add(new Row("Chronology grid, first page (50), country JPN, date order", "≤ 50 ms",
				(c) -> timing(c.at("/chronology/first_page_JPN"))));
		rows.add(new Row("Chronology grid, first page, busiest country", "≤ 50 ms",
				(c) -> timing(c.at("/chronology/first_page_busiest"))));
		rows.add(new Row("API events list, first page (with total count), JPN", "",
				(c) -> timing(c.at("/chronology/api_events_JPN"))));
		rows.add(new Row("API events list, first page (with total count), busiest", "",
				(c) -> timing(c.at("/chronology/api_events_busiest"))));
		List<String> aggregates = new ArrayList<>();
		columns.forEach((c) -> {
			JsonNode node = c.at("/dashboard/aggregates");
			if (node.isObject()) {
				node.propertyNames().forEach((name) -> {
					if (!aggregates.contains(name)) {
						aggregates.add(name);
					}
				});
			}
		});
		for (String aggregate : aggregates) {
			// a chart's table is read when it is opened, not when the dashboard opens
			rows.add(new Row("Dashboard: " + aggregate + " (uncached)", aggregate.contains("table") ? "" : "≤ 100 ms median",
					(c) -> timing(c.at("/dashboard/aggregates").get(aggregate))));
		}
		if (columns.stream().anyMatch((c) -> c.at("/dashboard/service_uncached").isObject())) {
			rows.add(new Row("Dashboard service call, uncached", "",
					(c) -> timing(c.at("/dashboard/service_uncached"))));
			rows.add(new Row("Same aggregates as raw SQL over JDBC (floor)", "",
					(c) -> timing(c.at("/dashboard/raw_sql"))));
			rows.add(new Row("Service ÷ raw SQL (medians)", "≤ 1.5×",
					(c) -> ratio(c.at("/dashboard/service_to_raw_sql_ratio"))));
			rows.add(new Row("Dashboard service call, cached", "", (c) -> timing(c.at("/dashboard/service_cached"))));
			rows.add(new Row("A save through the service (an event added, with span and rollup upkeep)", "≤ 50 ms",
					(c) -> timing(c.at("/dashboard/save_event"))));
			rows.add(new Row("First visitor after a save: the save, then the dashboard service call", "≤ 300 ms",
					(c) -> timing(c.at("/dashboard/first_visitor_after_save"))));
		}
		else {
			rows.add(new Row("Dashboard aggregates", "≤ 200 ms each", (c) -> text(c.at("/dashboard"), "status")));
		}
		rows.add(new Row("Export events CSV (rows/s)", "", (c) -> number(c.at("/export/events_csv/rows_per_s"))));
		rows.add(new Row("Export events JSON (rows/s)", "", (c) -> number(c.at("/export/events_json/rows_per_s"))));
		rows.add(new Row("Export measures CSV (rows/s)", "", (c) -> number(c.at("/export/measures_csv/rows_per_s"))));
		rows.add(new Row("Export enforcement CSV (rows/s)", "",
				(c) -> number(c.at("/export/enforcement-actions_csv/rows_per_s"))));
		rows.add(new Row("Export whole database JSON (rows/s)", "≥ 50,000 rows/s",
				(c) -> number(c.at("/export/database_json/rows_per_s"))));
		rows.add(new Row("Whole-database export size (MB)", "",
				(c) -> megabytes(c.at("/export/database_json/bytes"))));
		rows.add(new Row("Import that file into an empty database: preview (rows/s)", "≥ 10,000 rows/s",
				(c) -> importRate(c.at("/import"), "preview_rows_per_s")));
		rows.add(new Row("… commit (rows/s)", "≥ 10,000 rows/s",
				(c) -> importRate(c.at("/import"), "commit_rows_per_s")));
		rows.add(new Row("The same file streamed from disk (large files): preview (rows/s)", "≥ 10,000 rows/s",
				(c) -> importRate(c.at("/import/streamed"), "preview_rows_per_s")));
		rows.add(new Row("… commit (rows/s)", "≥ 10,000 rows/s",
				(c) -> importRate(c.at("/import/streamed"), "commit_rows_per_s")));
		rows.add(new Row("… most records held by the reader; heap after GC, most (MB): streamed / in memory", "",
				(c) -> number(c.at("/import/streamed/most_records_held")) + "; "
						+ number(c.at("/import/streamed/heap_after_gc_max_mb")) + " / "
						+ number(c.at("/import/heap_after_gc_max_mb"))));
		rows.add(new Row("Heap retained per open dashboard, KB (2nd batch of " + this.settings.sessions()
				+ " sessions; 1st batch)", "≤ 1,024 KB",
				(c) -> kilobytes(c.at("/sessions/retained_per_session_bytes")) + " ("
						+ kilobytes(c.at("/sessions/retained_per_session_first_batch_bytes")) + ")"));
		rows.add(new Row("Opening a dashboard UI (page + init), median ms", "",
				(c) -> decimal(c.at("/sessions/open_median_ms"))));
		rows.add(new Row("Load average before the case", "", (c) -> text(c, "load_before")));
		return rows;
	}

	private static String importRate(JsonNode node, String field) {
		if (node.isMissingNode()) {
			return "–";
		}
		if (node.has("skipped")) {
			return "skipped¹";
		}
		return number(node.get(field));
	}

	private static String timing(JsonNode node) {
		if (node == null || node.isMissingNode() || !node.has("median_ms")) {
			return "–";
		}
		return decimal(node.get("median_ms")) + " / " + decimal(node.get("p95_ms"));
	}

	private static String decimal(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return "–";
		}
		double value = node.asDouble();
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String ratio(JsonNode node) {
		return (node == null || node.isMissingNode()) ? "–" : String.format(Locale.ROOT, "%.2f×", node.asDouble());
	}

	private static String number(JsonNode node) {
		return (node == null || node.isMissingNode() || node.isNull()) ? "–"
				: String.format(Locale.ROOT, "%,d", node.asLong());
	}

	private static String seconds(JsonNode node) {
		return (node == null || node.isMissingNode() || node.asDouble() < 0) ? "–"
				: String.format(Locale.ROOT, "%.1f s", node.asDouble() / 1000);
	}

	private static String megabytes(JsonNode node) {
		return (node == null || node.isMissingNode()) ? "–"
				: String.format(Locale.ROOT, "%,.0f", node.asDouble() / 1e6);
	}

	private static String kilobytes(JsonNode node) {
		return (node == null || node.isMissingNode()) ? "–"
				: String.format(Locale.ROOT, "%,.0f", node.asDouble() / 1024);
	}

	private static String events(long events) {
		return (events >= 1_000_000 && events % 1_000_000 == 0) ? (events / 1_000_000) + "M"
				: (events >= 1000 && events % 1000 == 0) ? (events / 1000) + "k" : String.valueOf(events);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || value.isNull()) ? "" : value.asString();
	}

	// ---- machine facts

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Paths.get("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse(System.getProperty("os.arch"));
		}
		catch (IOException ex) {
			return System.getProperty("os.arch");
		}
	}

	private static long memoryMb() {
		try {
			return Files.readAllLines(Paths.get("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal:"))
				.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes()).trim();
			return (process.waitFor() == 0) ? output : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	static Path path(String first) {
		return Paths.get(first);
	}

	/** The dashboard section's own run counts, when set apart (-Dbench.dashboard.runs). */
	private String dashboardRuns() {
		Integer runs = Integer.getInteger("bench.dashboard.runs");
		Integer warmups = Integer.getInteger("bench.dashboard.warmups");
		if (runs == null && warmups == null) {
			return "";
		}
		return " (the dashboard rows: " + ((runs != null) ? runs : this.settings.runs()) + " runs after "
				+ ((warmups != null) ? warmups : this.settings.warmups()) + ")";
	}

}
