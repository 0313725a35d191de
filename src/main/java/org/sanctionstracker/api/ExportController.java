package org.sanctionstracker.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.exchange.ExchangeKind;
import org.sanctionstracker.exchange.ExportFilter;
import org.sanctionstracker.exchange.ExportFormat;
import org.sanctionstracker.exchange.ExportService;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads: {@code /api/v1/export/<kind>.<csv|json>} with the filters of the matching
 * list endpoint, and {@code /api/v1/export/database.json}, everything in one file that
 * imports into an empty database. The parameters are checked before the first byte is
 * sent, so a bad one is a 400 with the reason; the records then stream out as they are
 * read.
 */
@RestController
@RequestMapping("/api/v1/export")
class ExportController {

	private final ExportService exports;

	private final ActorService actors;

	private final Clock clock;

	ExportController(ExportService exports, ActorService actors) {
		this.exports = exports;
		this.actors = actors;
		this.clock = Clock.systemDefaultZone();
	}

	@Operation(summary = "The whole database as one JSON file, in the seed dataset's shape",
			description = "Imports into an empty database (Import / export view).")
	@GetMapping("/database.json")
	ResponseEntity<StreamingResponseBody> database(@QueryOf(ApiEndpoint.EXPORT_DATABASE) ApiQuery query) {
		return download("database", ExportFormat.JSON, this.exports::exportDatabase);
	}

	@Operation(summary = "Actors as CSV or JSON, with the filters of /api/v1/actors")
	@GetMapping("/actors.{format}")
	ResponseEntity<StreamingResponseBody> actors(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_ACTORS) ApiQuery query) {
		return export(ExchangeKind.ACTORS, format, ExportFilter.of(Filter.none().withText(query.text("q")))
			.withActorKind(query.enumValue("kind", ActorKind.class)));
	}

	@Operation(summary = "Coalitions as CSV or JSON, with the filters of /api/v1/coalitions")
	@GetMapping("/coalitions.{format}")
	ResponseEntity<StreamingResponseBody> coalitions(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_COALITIONS) ApiQuery query) {
		return export(ExchangeKind.COALITIONS, format,
				ExportFilter
					.of(Filter.none().withActor(query.actorId(this.actors, "country"), null).withText(query.text("q")))
					.withCoalitionKind(query.enumValue("kind", CoalitionKind.class)));
	}

	@Operation(summary = "Measures as CSV or JSON, with the filters of /api/v1/measures")
	@GetMapping("/measures.{format}")
	ResponseEntity<StreamingResponseBody> measures(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_MEASURES) ApiQuery query) {
		return export(ExchangeKind.MEASURES, format,
				ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.EVENT)));
	}

	@Operation(summary = "Lifecycle events as CSV or JSON, with the filters of /api/v1/events")
	@GetMapping("/events.{format}")
	ResponseEntity<StreamingResponseBody> events(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_EVENTS) ApiQuery query) {
		return export(ExchangeKind.EVENTS, format,
				ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.EVENT)));
	}

	@Operation(summary = "Enforcement actions as CSV or JSON, with the filters of /api/v1/enforcement-actions")
	@GetMapping("/enforcement-actions.{format}")
	ResponseEntity<StreamingResponseBody> enforcementActions(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_ENFORCEMENT_ACTIONS) ApiQuery query) {
		return export(ExchangeKind.ENFORCEMENT_ACTIONS, format,
				ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.ENFORCEMENT)));
	}

	@Operation(summary = "Money figures as CSV or JSON, with the filters of /api/v1/figures")
	@GetMapping("/figures.{format}")
	ResponseEntity<StreamingResponseBody> figures(@PathVariable String format,
			@QueryOf(ApiEndpoint.EXPORT_FIGURES) ApiQuery query) {
		return export(ExchangeKind.FIGURES, format,
				ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.NONE)));
	}

	private ResponseEntity<StreamingResponseBody> export(ExchangeKind kind, String format, ExportFilter filter) {
		ExportFormat exportFormat = ExportFormat.ofExtension(format)
			.orElseThrow(() -> new NotFoundException("There is no '" + format + "' export; use csv or json"));
		return download(kind.path(), exportFormat, (out) -> this.exports.export(kind, exportFormat, filter, out));
	}

	private ResponseEntity<StreamingResponseBody> download(String name, ExportFormat format,
			StreamingResponseBody body) {
		String fileName = "sanctions-tracker-" + name + "-" + LocalDate.now(this.clock) + "." + format.extension();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.body(body);
	}

}
