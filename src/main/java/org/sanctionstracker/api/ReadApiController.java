package org.sanctionstracker.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.coalition.CoalitionDetails;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.filter.FilterService;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventRow;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API under {@code /api/v1/}. Every list takes the shared filters as
 * query parameters ({@code country}, {@code role}, {@code coalition}, {@code type},
 * {@code from}, {@code to}, {@code q}) where they apply, plus {@code page}, {@code size}
 * and {@code sort}. Filtering, sorting and paging happen in the database.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ReadApiController {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private static final Set<String> SHARED = union(PAGING,
			Set.of("country", "role", "coalition", "type", "from", "to", "q"));

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final MeasureService measures;

	private final FilterService filters;

	ReadApiController(ActorService actors, CoalitionService coalitions, MeasureService measures,
			FilterService filters) {
		this.actors = actors;
		this.coalitions = coalitions;
		this.measures = measures;
		this.filters = filters;
	}

	/** Actors; {@code q} searches names, aliases and codes, {@code kind} filters. */
	@GetMapping("/actors")
	PageResponse<ActorSummary> actors(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, union(PAGING, Set.of("q", "kind")));
		return PageResponse.of(this.actors.list(query.text("q"), query.enumValue("kind", ActorKind.class),
				query.pageable(Map.of("name", List.of("name"), "kind", List.of("kind"), "iso3", List.of("iso3")),
						Sort.by("name", "id"))));
	}

	/** Coalitions with their members; {@code country} keeps those it belongs to. */
	@GetMapping("/coalitions")
	PageResponse<CoalitionDetails> coalitions(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, union(PAGING, Set.of("country", "kind", "q")));
		return PageResponse.of(this.coalitions.coalitions(query.actorId(this.actors, "country"),
				query.enumValue("kind", CoalitionKind.class), query.text("q"),
				query.pageable(Map.of("name", List.of("name"), "kind", List.of("kind")), Sort.by("name", "id"))));
	}

	/**
	 * Measures with their lifecycle and evidence; {@code kind}, {@code from} and
	 * {@code to} keep measures that have a matching event; {@code status} is derived for
	 * {@code asOf}, by default the last day the data speaks of (as in the views), and the
	 * response says which day it used.
	 */
	@GetMapping("/measures")
	MeasurePage measures(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, union(SHARED, Set.of("kind", FilterParameters.AS_OF)));
		Filter filter = query.filter(this.actors, FilterParameters.Kinds.EVENT);
		AsOf asOf = this.filters.asOf(filter);
		return MeasurePage.of(this.filters.measures(filter,
				query.pageable(Map.of("title", List.of("title"), "type", List.of("type"), "imposer",
						List.of("imposer.name"), "target", List.of("target.name")), Sort.by("title", "id")),
				asOf), asOf);
	}

	@GetMapping("/measures/{id}")
	MeasureDetails measure(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, Set.of(FilterParameters.AS_OF));
		return this.measures.measure(id, this.measures.asOf(query.asOf()).day())
			.orElseThrow(() -> new NotFoundException("There is no measure " + id));
	}

	/** Lifecycle events with their measure; {@code kind} is the event kind. */
	@GetMapping("/events")
	PageResponse<EventRow> events(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, union(SHARED, Set.of("kind")));
		Filter filter = query.filter(this.actors, FilterParameters.Kinds.EVENT);
		return PageResponse.of(this.filters.events(filter,
				query.pageable(
						Map.of("date", List.of("date.lowerBound"), "kind", List.of("kind"), "measure",
								List.of("measure.title"), "imposer", List.of("measure.imposer.name")),
						Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id")))));
	}

	/** Enforcement actions; {@code kind} is the enforcement kind. */
	@GetMapping("/enforcement-actions")
	PageResponse<EnforcementRow> enforcementActions(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, union(SHARED, Set.of("kind")));
		return PageResponse
			.of(this.filters.enforcementActions(query.filter(this.actors, FilterParameters.Kinds.ENFORCEMENT),
					query.pageable(
							Map.of("date", List.of("date.lowerBound"), "kind", List.of("kind"), "actor",
									List.of("actor.name")),
							Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id")))));
	}

	/** Money figures the sources name. */
	@GetMapping("/figures")
	PageResponse<FigureRow> figures(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, SHARED);
		return PageResponse.of(this.filters.figures(query.filter(this.actors, FilterParameters.Kinds.NONE),
				query.pageable(
						Map.of("amount", List.of("amount"), "date", List.of("date.lowerBound"), "label",
								List.of("label")),
						Sort.by(Sort.Order.asc("date.lowerBound").nullsLast(), Sort.Order.asc("id")))));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		var all = new java.util.HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

}
