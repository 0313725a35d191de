package org.sanctionstracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	/** CSV for research tools: UTF-8 without a byte order mark, header present. */
	private static final String RESEARCH_CSV = "text/csv;charset=UTF-8;header=present";

	private static final Set<String> SHARED = Set.of("country", "role", "coalition", "type", "from", "to", "q");

	private final ExportService exports;

	private final ActorService actors;

	private final Clock clock;

	ExportController(ExportService exports, ActorService actors) {
		this.exports = exports;
		this.actors = actors;
		this.clock = Clock.systemDefaultZone();
	}

	@GetMapping("/database.json")
	ResponseEntity<StreamingResponseBody> database(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery.of(parameters, Set.of());
		return download("database", ExportFormat.JSON, this.exports::exportDatabase);
	}

	/**
	 * FollowTheMoney entities, one per line ({@code docs/formats/ftm.md}), with the
	 * filters of {@code /measures} and its {@code asOf}.
	 */
	@GetMapping("/ftm.jsonl")
	ResponseEntity<StreamingResponseBody> ftm(@RequestParam MultiValueMap<String, String> parameters) {
		Filter filter = fieldFormatFilter(parameters, FilterParameters.Kinds.EVENT);
		return download("ftm", "jsonl", "application/x-ndjson;charset=UTF-8",
				(out) -> this.exports.exportFtm(filter, out));
	}

	/**
	 * The measures as Global Sanctions Data Base cases ({@code docs/formats/gsdb.md}).
	 */
	@GetMapping("/gsdb-cases.csv")
	ResponseEntity<StreamingResponseBody> gsdbCases(@RequestParam MultiValueMap<String, String> parameters) {
		Filter filter = fieldFormatFilter(parameters, FilterParameters.Kinds.EVENT);
		return download("gsdb-cases", "csv", RESEARCH_CSV, (out) -> this.exports.exportGsdb(filter, false, out));
	}

	/**
	 * The measures as Global Sanctions Data Base dyads by year.
	 */
	@GetMapping("/gsdb-dyadic.csv")
	ResponseEntity<StreamingResponseBody> gsdbDyadic(@RequestParam MultiValueMap<String, String> parameters) {
		Filter filter = fieldFormatFilter(parameters, FilterParameters.Kinds.EVENT);
		return download("gsdb-dyadic", "csv", RESEARCH_CSV, (out) -> this.exports.exportGsdb(filter, true, out));
	}

	/**
	 * Lifecycle steps and enforcement actions as CAMEO-coded events
	 * ({@code docs/formats/cameo.md}).
	 */
	@GetMapping("/events-cameo.csv")
	ResponseEntity<StreamingResponseBody> cameo(@RequestParam MultiValueMap<String, String> parameters) {
		Filter filter = fieldFormatFilter(parameters, FilterParameters.Kinds.NONE);
		return download("events-cameo", "csv", RESEARCH_CSV, (out) -> this.exports.exportCameo(filter, out));
	}

	@GetMapping("/{kind}.{format}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String kind, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters) {
		ExchangeKind exchangeKind = ExchangeKind.ofPath(kind)
			.orElseThrow(() -> new NotFoundException("There is no export of '" + kind
					+ "'; use events, measures, enforcement-actions, figures, actors, coalitions or database"));
		ExportFormat exportFormat = ExportFormat.ofExtension(format)
			.orElseThrow(() -> new NotFoundException("There is no '" + format + "' export; use csv or json"));
		ExportFilter filter = filter(exchangeKind, parameters);
		return download(exchangeKind.path(), exportFormat,
				(out) -> this.exports.export(exchangeKind, exportFormat, filter, out));
	}

	private ExportFilter filter(ExchangeKind kind, MultiValueMap<String, String> parameters) {
		return switch (kind) {
			case ACTORS -> {
				ApiQuery query = ApiQuery.of(parameters, Set.of("q", "kind"));
				yield ExportFilter.of(Filter.none().withText(query.text("q")))
					.withActorKind(query.enumValue("kind", ActorKind.class));
			}
			case COALITIONS -> {
				ApiQuery query = ApiQuery.of(parameters, Set.of("country", "kind", "q"));
				yield ExportFilter
					.of(Filter.none().withActor(query.actorId(this.actors, "country"), null).withText(query.text("q")))
					.withCoalitionKind(query.enumValue("kind", CoalitionKind.class));
			}
			case MEASURES, EVENTS -> {
				ApiQuery query = ApiQuery.of(parameters, union(SHARED, "kind"));
				yield ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.EVENT));
			}
			case ENFORCEMENT_ACTIONS -> {
				ApiQuery query = ApiQuery.of(parameters, union(SHARED, "kind"));
				yield ExportFilter.of(query.filter(this.actors, FilterParameters.Kinds.ENFORCEMENT));
			}
			case FIGURES ->
				ExportFilter.of(ApiQuery.of(parameters, SHARED).filter(this.actors, FilterParameters.Kinds.NONE));
			default -> throw new NotFoundException("There is no export of '" + kind.path() + "'");
		};
	}

	/**
	 * The shared filter with {@code asOf}, for the exports in the field's formats.
	 */
	private Filter fieldFormatFilter(MultiValueMap<String, String> parameters, FilterParameters.Kinds kinds) {
		Set<String> names = union(SHARED, FilterParameters.AS_OF);
		if (kinds != FilterParameters.Kinds.NONE) {
			names = union(names, "kind");
		}
		return ApiQuery.of(parameters, names).filter(this.actors, kinds);
	}

	private ResponseEntity<StreamingResponseBody> download(String name, ExportFormat format,
			StreamingResponseBody body) {
		return download(name, format.extension(), format.mediaType(), body);
	}

	private ResponseEntity<StreamingResponseBody> download(String name, String extension, String mediaType,
			StreamingResponseBody body) {
		String fileName = "sanctions-tracker-" + name + "-" + LocalDate.now(this.clock) + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType(mediaType))
			.body(body);
	}

	private static Set<String> union(Set<String> names, String name) {
		var all = new java.util.HashSet<>(names);
		all.add(name);
		return Set.copyOf(all);
	}

}
