package org.sanctionstracker.api;

import io.swagger.v3.oas.annotations.Operation;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.coalition.CoalitionDetails;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.figure.FigureService;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.filter.FilterService;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventRow;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API under {@code /api/v1/}: a list and a single-record endpoint per
 * kind of record. Every list takes the shared filters as query parameters
 * ({@code country}, {@code role}, {@code coalition}, {@code type}, {@code from},
 * {@code to}, {@code q}) where they apply, plus {@code page}, {@code size} and
 * {@code sort}; what each endpoint accepts is declared once in {@link ApiEndpoint}.
 * Filtering, sorting and paging happen in the database. A record that does not exist is a
 * 404 problem.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ReadApiController {

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final MeasureService measures;

	private final EnforcementService enforcement;

	private final FigureService figures;

	private final FilterService filters;

	ReadApiController(ActorService actors, CoalitionService coalitions, MeasureService measures,
			EnforcementService enforcement, FigureService figures, FilterService filters) {
		this.actors = actors;
		this.coalitions = coalitions;
		this.measures = measures;
		this.enforcement = enforcement;
		this.figures = figures;
		this.filters = filters;
	}

	@Operation(summary = "Actors: states, organisations, companies, people",
			description = "'q' searches names, aliases and codes; 'kind' keeps one kind.")
	@GetMapping("/actors")
	PageResponse<ActorSummary> actors(@QueryOf(ApiEndpoint.ACTORS) ApiQuery query) {
		return PageResponse
			.of(this.actors.list(query.text("q"), query.enumValue("kind", ActorKind.class), query.pageable()));
	}

	@Operation(summary = "One actor")
	@GetMapping("/actors/{id}")
	ActorSummary actor(@PathVariable long id, @QueryOf(ApiEndpoint.ACTOR) ApiQuery query) {
		return this.actors.get(id).orElseThrow(() -> new NotFoundException("There is no actor " + id));
	}

	@Operation(summary = "Coalitions with their members",
			description = "'country' keeps the coalitions an actor is a member of.")
	@GetMapping("/coalitions")
	PageResponse<CoalitionDetails> coalitions(@QueryOf(ApiEndpoint.COALITIONS) ApiQuery query) {
		return PageResponse.of(this.coalitions.coalitions(query.actorId(this.actors, "country"),
				query.enumValue("kind", CoalitionKind.class), query.text("q"), query.pageable()));
	}

	@Operation(summary = "One coalition with its members")
	@GetMapping("/coalitions/{id}")
	CoalitionDetails coalition(@PathVariable long id, @QueryOf(ApiEndpoint.COALITION_RECORD) ApiQuery query) {
		return this.coalitions.coalition(id).orElseThrow(() -> new NotFoundException("There is no coalition " + id));
	}

	@Operation(summary = "Measures with their lifecycle and evidence",
			description = "'kind', 'from' and 'to' keep the measures that have a matching lifecycle event; "
					+ "'status' says whether a measure is in force on 'asOf', derived from its events; by default "
					+ "'asOf' is the last day the recorded data speaks of, and the answer says which day it used.")
	@GetMapping("/measures")
	MeasurePage measures(@QueryOf(ApiEndpoint.MEASURES) ApiQuery query) {
		Filter filter = query.filter(this.actors, FilterParameters.Kinds.EVENT);
		AsOf asOf = this.filters.asOf(filter);
		return MeasurePage.of(this.filters.measures(filter, query.pageable(), asOf), asOf);
	}

	@Operation(summary = "One measure with its lifecycle and evidence")
	@GetMapping("/measures/{id}")
	MeasureDetails measure(@PathVariable long id, @QueryOf(ApiEndpoint.MEASURE) ApiQuery query) {
		return this.measures.measure(id, this.measures.asOf(query.asOf()).day())
			.orElseThrow(() -> new NotFoundException("There is no measure " + id));
	}

	@Operation(summary = "Lifecycle events with their measure", description = "'kind' is the event kind.")
	@GetMapping("/events")
	PageResponse<EventRow> events(@QueryOf(ApiEndpoint.EVENTS) ApiQuery query) {
		Filter filter = query.filter(this.actors, FilterParameters.Kinds.EVENT);
		return PageResponse.of(this.filters.events(filter, query.pageable()));
	}

	@Operation(summary = "One lifecycle event with its measure")
	@GetMapping("/events/{id}")
	EventRow event(@PathVariable long id, @QueryOf(ApiEndpoint.EVENT) ApiQuery query) {
		return this.measures.event(id).orElseThrow(() -> new NotFoundException("There is no event " + id));
	}

	@Operation(summary = "Enforcement actions", description = "'kind' is the enforcement kind.")
	@GetMapping("/enforcement-actions")
	PageResponse<EnforcementRow> enforcementActions(@QueryOf(ApiEndpoint.ENFORCEMENT_ACTIONS) ApiQuery query) {
		return PageResponse.of(this.filters
			.enforcementActions(query.filter(this.actors, FilterParameters.Kinds.ENFORCEMENT), query.pageable()));
	}

	@Operation(summary = "One enforcement action")
	@GetMapping("/enforcement-actions/{id}")
	EnforcementRow enforcementAction(@PathVariable long id, @QueryOf(ApiEndpoint.ENFORCEMENT_ACTION) ApiQuery query) {
		return this.enforcement.action(id)
			.orElseThrow(() -> new NotFoundException("There is no enforcement action " + id));
	}

	@Operation(summary = "Money figures the sources name")
	@GetMapping("/figures")
	PageResponse<FigureRow> figures(@QueryOf(ApiEndpoint.FIGURES) ApiQuery query) {
		return PageResponse
			.of(this.filters.figures(query.filter(this.actors, FilterParameters.Kinds.NONE), query.pageable()));
	}

	@Operation(summary = "One money figure")
	@GetMapping("/figures/{id}")
	FigureRow figure(@PathVariable long id, @QueryOf(ApiEndpoint.FIGURE) ApiQuery query) {
		return this.figures.figure(id).orElseThrow(() -> new NotFoundException("There is no figure " + id));
	}

}
