package org.sanctionstracker.bench;

import java.util.Map;

import org.sanctionstracker.exchange.ExchangeKind;
import org.sanctionstracker.exchange.ExportFilter;
import org.sanctionstracker.exchange.ExportFormat;
import org.sanctionstracker.exchange.ExportService;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Export throughput: every kind as CSV, events also as JSON, and the whole database as
 * JSON, each written to a stream that discards the bytes. Rows per second count the
 * records of the export (for the database: documents, actors, coalitions, memberships,
 * measures, events, enforcement actions and figures).
 */
final class ExportSection {

	private static final Map<ExchangeKind, String> TABLES = Map.of(ExchangeKind.ACTORS, "actor",
			ExchangeKind.COALITIONS, "coalition", ExchangeKind.MEASURES, "measure", ExchangeKind.EVENTS,
			"measure_event", ExchangeKind.ENFORCEMENT_ACTIONS, "enforcement_action", ExchangeKind.FIGURES, "figure");

	private ExportSection() {
	}

	static void run(ConfigurableApplicationContext context, Settings settings, ObjectNode out) {
		ExportService exports = context.getBean(ExportService.class);
		for (ExchangeKind kind : ExchangeKind.values()) {
			if (!kind.exportable()) {
				continue;
			}
			long rows = AppContexts.count(context, TABLES.get(kind));
			measure(out.putObject(kind.path() + "_csv"), settings, rows,
					(stream) -> exports.export(kind, ExportFormat.CSV, ExportFilter.none(), stream));
			if (kind == ExchangeKind.EVENTS) {
				measure(out.putObject(kind.path() + "_json"), settings, rows,
						(stream) -> exports.export(kind, ExportFormat.JSON, ExportFilter.none(), stream));
			}
		}
		measure(out.putObject("database_json"), settings, databaseRows(context), exports::exportDatabase);
	}

	static long databaseRows(ConfigurableApplicationContext context) {
		long rows = 0;
		for (String table : new String[] { "source_document", "actor", "coalition", "coalition_membership", "measure",
				"measure_event", "enforcement_action", "figure" }) {
			rows += AppContexts.count(context, table);
		}
		return rows;
	}

	private static void measure(ObjectNode node, Settings settings, long rows,
			java.util.function.Consumer<CountingStream> export) {
		long[] bytes = new long[1];
		Timing.Samples samples = Timing.time(1, settings.exportRuns(), () -> {
			CountingStream stream = new CountingStream();
			export.accept(stream);
			bytes[0] = stream.bytes;
			return stream;
		});
		samples.json(node);
		node.put("rows", rows);
		node.put("bytes", bytes[0]);
		node.put("rows_per_s", Math.round(rows / (samples.median() / 1000)));
		node.put("mb_per_s", Timing.round(bytes[0] / 1e6 / (samples.median() / 1000)));
	}

}
