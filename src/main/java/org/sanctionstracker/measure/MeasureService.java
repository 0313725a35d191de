package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.DataChanges;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.Provenance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads measures and their lifecycle events with the shared filters; filtering, sorting
 * and paging happen in the database. Lets editors create, change and delete measures and
 * their events.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeasureService {

	private final MeasureRepository measures;

	private final MeasureEventRepository events;

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final Citations citations;

	private final ReferenceChecks references;

	private final DeletedSeedKeys deletedSeedKeys;

	private final History history;

	private final DataChanges changes;

	/** The default as-of day, kept until the data changes or the day ends. */
	private volatile DefaultAsOf defaultAsOf;

	private record DefaultAsOf(long generation, LocalDate today, AsOf asOf) {
	}

	MeasureService(MeasureRepository measures, MeasureEventRepository events, ActorService actors,
			CoalitionService coalitions, Citations citations, ReferenceChecks references,
			DeletedSeedKeys deletedSeedKeys, History history, DataChanges changes) {
		this.measures = measures;
		this.events = events;
		this.actors = actors;
		this.coalitions = coalitions;
		this.citations = citations;
		this.references = references;
		this.deletedSeedKeys = deletedSeedKeys;
		this.history = history;
		this.changes = changes;
	}

	/**
	 * The measure itself, for another feature's service that links a record to it inside
	 * its own transaction (the repository stays internal to this feature).
	 * @param id the measure's id
	 * @return the measure, if it exists
	 */
	public Optional<Measure> entity(long id) {
		return this.measures.findById(id);
	}

	/**
	 * Measures for a picker: those whose title or parties contain the text.
	 * @param text what the user typed, or {@code null}
	 * @param pageable the page and sort
	 * @return the measures
	 */
	public List<MeasureRef> refs(String text, Pageable pageable) {
		return this.measures.findAll(search(text, null), pageable).map(MeasureRef::of).getContent();
	}

	/**
	 * The day "in force" is asked about: the day the user chose, or else the last day the
	 * recorded lifecycle steps speak of (the last day the latest dated step can mean),
	 * and never a day after today. Every view, table, KPI and the API take it from here.
	 * @param chosen the day the user chose, or {@code null}
	 * @return the day and whether it was chosen
	 */
	public AsOf asOf(LocalDate chosen) {
		if (chosen != null) {
			return AsOf.chosen(chosen);
		}
		LocalDate today = PlausibleDates.today();
		if (this.changes.inDirtyTransaction()) {
			return lastDayOfData(today);
		}
		// derived once per data generation (every committed change raises it), then read
		long generation = this.changes.generation();
		DefaultAsOf kept = this.defaultAsOf;
		if (kept != null && kept.generation() == generation && kept.today().equals(today)) {
			return kept.asOf();
		}
		AsOf computed = lastDayOfData(today);
		this.defaultAsOf = new DefaultAsOf(generation, today, computed);
		return computed;
	}

	private AsOf lastDayOfData(LocalDate today) {
		// the last day the latest step of each precision can mean ("2016" up to 31 Dec):
		// an older step's last day is before the latest first day, as a year is the
		// widest a dated step can mean
		LocalDate last = null;
		for (DatePrecision precision : List.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)) {
			for (LocalDate first : this.events.findLatestFirstDay(precision, today, PageRequest.of(0, 1))) {
				LocalDate end = new PartialDate(first, precision).upperBound();
				last = (last == null || end.isAfter(last)) ? end : last;
			}
		}
		if (last == null) {
			return AsOf.ofData(today);
		}
		return AsOf.ofData(last.isAfter(today) ? today : last);
	}

	/**
	 * Measures for the editors' list: those of a type whose title, description or parties
	 * contain the text.
	 * @param text what the user typed, or {@code null}
	 * @param type the measure type, or {@code null}
	 * @param pageable page and sort (entity property paths)
	 * @param asOf the day the status is derived for
	 * @return one page of measures
	 */
	public Page<MeasureDetails> list(String text, MeasureType type, Pageable pageable, LocalDate asOf) {
		return measures(search(text, type), pageable, asOf);
	}

	/**
	 * Measures of a type that mention a text, as a specification.
	 * @param text words to look for in the title, description and the parties' names, or
	 * {@code null}
	 * @param type the measure type, or {@code null}
	 * @return the specification
	 */
	public static Specification<Measure> search(String text, MeasureType type) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (type != null) {
				predicates.add(cb.equal(root.get("type"), type));
			}
			String pattern = TextSearch.containsPattern(text);
			if (pattern != null) {
				predicates.add(mentions(cb, root, pattern));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * Whether a measure's title, description, imposer or target name contains a text: the
	 * measure's part of every text search.
	 * @param cb the criteria builder
	 * @param measure the measure path
	 * @param pattern a lower-case LIKE pattern ({@link TextSearch#containsPattern})
	 * @return the predicate
	 */
	public static Predicate mentions(CriteriaBuilder cb, Path<Measure> measure, String pattern) {
		return TextSearch.anyContains(cb, pattern, List.of(measure.get("title"), measure.get("description"),
				measure.get("imposer").get("name"), measure.get("target").get("name")));
	}

	/**
	 * A measure as its form edits it.
	 * @param id the measure's id
	 * @return the draft, if the measure exists
	 */
	public Optional<MeasureDraft> draft(long id) {
		return this.measures.findWithActorsById(id).map((measure) -> {
			MeasureDraft draft = new MeasureDraft();
			draft.setId(measure.getId());
			draft.setVersion(measure.getVersion());
			draft.setImposer(ActorRef.of(measure.getImposer()));
			draft.setTarget(ActorRef.of(measure.getTarget()));
			draft.setType(measure.getType());
			draft.setTitle(measure.getTitle());
			draft.setDescription(measure.getDescription());
			draft.setLegalBasis(measure.getLegalBasis());
			draft.setCoalition(CoalitionRef.of(measure.getCoalition()));
			draft.setEvidence(Citations.drafts(measure.getEvidence()));
			return draft;
		});
	}

	/**
	 * Creates a measure with its first lifecycle event, or saves changes to a measure;
	 * one transaction either way.
	 * @param draft what the form holds
	 * @return the measure
	 * @throws InvalidInputException when an actor or the coalition is unknown, or the
	 * imposer is its own target
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public MeasureRef save(@Valid MeasureDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>();
		Actor imposer = this.actors.entity("imposer", draft.getImposer(), problems);
		Actor target = this.actors.entity("target", draft.getTarget(), problems);
		String parties = Measure.partiesProblem(imposer, target);
		if (parties != null) {
			problems.put("target", parties);
		}
		Coalition coalition = null;
		if (draft.getCoalition() != null) {
			coalition = this.coalitions.entity(draft.getCoalition().id()).orElse(null);
			if (coalition == null) {
				problems.put("coalition",
						"Unknown coalition: \"" + draft.getCoalition().name() + "\" no longer exists");
			}
		}
		evidenceProblem(draft.getEvidence(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Measure measure;
		String title = draft.getTitle().strip();
		List<Evidence> evidence = this.citations.resolve("evidence", draft.getEvidence());
		if (draft.isNew()) {
			PlausibleDates.requireInRange("firstEventDate", draft.getFirstEventDate());
			measure = new Measure(imposer, target, draft.getType(), title);
			MeasureEvent first = measure
				.addEvent(new MeasureEvent(draft.getFirstEventKind(), draft.getFirstEventDate()));
			first.setNote(blankToNull(draft.getFirstEventNote()));
			first.getEvidence().addAll(evidence);
		}
		else {
			measure = this.measures.findById(draft.getId())
				.orElseThrow(
						() -> this.history.changedSince(Measure.class, draft.getId(), "The measure \"" + title + "\""));
			if (measure.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(Measure.class, measure.getId(),
						"The measure \"" + measure.getTitle() + "\"");
			}
			measure.setParties(imposer, target);
			measure.setType(draft.getType());
			measure.setTitle(title);
		}
		measure.setDescription(blankToNull(draft.getDescription()));
		measure.setLegalBasis(blankToNull(draft.getLegalBasis()));
		measure.setCoalition(coalition);
		replace(measure.getEvidence(), evidence);
		return MeasureRef.of(this.measures.saveAndFlush(measure));
	}

	/**
	 * Deletes a measure with its lifecycle, unless enforcement actions or figures refer
	 * to it.
	 * @param id the measure's id
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		Measure measure = this.measures.findById(id)
			.orElseThrow(() -> this.history.changedSince(Measure.class, id, "The measure"));
		String what = "The measure \"" + measure.getTitle() + "\"";
		if (measure.getVersion() != version) {
			throw this.history.changedSince(Measure.class, id, what);
		}
		this.references.refuseIfReferenced(what, measure);
		for (MeasureEvent event : measure.getEvents()) {
			this.deletedSeedKeys.remember("measure_event", event.getSeedKey());
		}
		this.deletedSeedKeys.remember("measure", measure.getSeedKey());
		this.measures.delete(measure);
		this.measures.flush();
	}

	/**
	 * A measure's lifecycle in time order, for its edit view.
	 * @param measureId the measure
	 * @return the events
	 */
	public List<EventLine> eventLines(long measureId) {
		return this.measures.findEventsOf(List.of(measureId))
			.stream()
			.sorted(Comparator.comparing(MeasureEvent::step, Lifecycle.CHRONOLOGICAL))
			.map((event) -> new EventLine(event.getId(), event.getVersion(), event.getKind(), event.getDate(),
					event.getDateBasis(), event.getNote(), event.getEvidence().size()))
			.toList();
	}

	/**
	 * A lifecycle event as its form edits it.
	 * @param id the event's id
	 * @return the draft, if the event exists
	 */
	public Optional<EventDraft> eventDraft(long id) {
		return this.events.findById(id).map((event) -> {
			EventDraft draft = EventDraft.of(event.getMeasure().getId());
			draft.setId(event.getId());
			draft.setVersion(event.getVersion());
			draft.setKind(event.getKind());
			draft.setDate(event.getDate());
			draft.setDateBasis(event.getDateBasis());
			draft.setNote(event.getNote());
			draft.setEvidence(Citations.drafts(event.getEvidence()));
			return draft;
		});
	}

	/**
	 * Adds a lifecycle event to a measure or saves changes to one.
	 * @param draft what the form holds
	 * @return the event's id
	 * @throws InvalidInputException when the order of events becomes impossible (e.g.
	 * lifted before imposed)
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long saveEvent(@Valid EventDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>();
		MeasureEvent event = null;
		try {
			if (draft.isNew()) {
				Measure measure = (draft.getMeasureId() != null)
						? this.measures.findById(draft.getMeasureId()).orElse(null) : null;
				if (measure == null) {
					throw new InvalidInputException("measure", "The measure no longer exists");
				}
				event = measure.addEvent(new MeasureEvent(draft.getKind(), draft.getDate()));
			}
			else {
				event = this.events.findById(draft.getId())
					.orElseThrow(() -> this.history.changedSince(MeasureEvent.class, draft.getId(), "The event"));
				if (event.getVersion() != draft.getVersion()) {
					throw this.history.changedSince(MeasureEvent.class, event.getId(),
							"The event \"" + event.getKind().label() + ", " + event.getDate().display() + "\" of \""
									+ event.getMeasure().getTitle() + "\"");
				}
				event.getMeasure().changeEvent(event, draft.getKind(), draft.getDate());
			}
		}
		catch (IllegalArgumentException ex) {
			problems.put("date", ex.getMessage());
		}
		evidenceProblem(draft.getEvidence(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		event.setDateBasis(blankToNull(draft.getDateBasis()));
		event.setNote(blankToNull(draft.getNote()));
		replace(event.getEvidence(), this.citations.resolve("evidence", draft.getEvidence()));
		return this.events.saveAndFlush(event).getId();
	}

	/**
	 * Removes a lifecycle event.
	 * @param id the event's id
	 * @param version the version the user saw
	 * @throws InvalidInputException when it is the measure's last event, or removing it
	 * leaves an impossible order
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void deleteEvent(long id, long version) {
		MeasureEvent event = this.events.findById(id)
			.orElseThrow(() -> this.history.changedSince(MeasureEvent.class, id, "The event"));
		if (event.getVersion() != version) {
			throw this.history.changedSince(MeasureEvent.class, id, "The event \"" + event.getKind().label() + ", "
					+ event.getDate().display() + "\" of \"" + event.getMeasure().getTitle() + "\"");
		}
		try {
			event.getMeasure().removeEvent(event);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("events", ex.getMessage());
		}
		this.deletedSeedKeys.remember("measure_event", event.getSeedKey());
		this.events.flush();
	}

	/**
	 * Who changed the measure and its events, when, from what to what; newest first.
	 * @param id the measure's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(this.history.of(Measure.class, id, (measure) -> "Measure", MeasureService::describe),
				this.history.ofRelated(MeasureEvent.class, "measure", id,
						(event) -> "Event: " + ((event.getKind() != null) ? event.getKind().label() : "?"),
						MeasureService::describe));
	}

	static Map<String, String> describe(Measure measure) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Title", measure.getTitle());
		fields.put("Imposer", (measure.getImposer() != null) ? measure.getImposer().getName() : null);
		fields.put("Target", (measure.getTarget() != null) ? measure.getTarget().getName() : null);
		fields.put("Type", (measure.getType() != null) ? measure.getType().label() : null);
		fields.put("Coalition", (measure.getCoalition() != null) ? measure.getCoalition().getName() : null);
		fields.put("Description", measure.getDescription());
		fields.put("Legal basis", measure.getLegalBasis());
		fields.put("Evidence", Citations.describe(measure.getEvidence()));
		return fields;
	}

	static Map<String, String> describe(MeasureEvent event) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Kind", (event.getKind() != null) ? event.getKind().label() : null);
		fields.put("Date", (event.getDate() != null) ? event.getDate().display() : null);
		fields.put("Date basis", event.getDateBasis());
		fields.put("Note", event.getNote());
		fields.put("Evidence", Citations.describe(event.getEvidence()));
		return fields;
	}

	/**
	 * Adds why a record's citations are refused: none at all ({@link Provenance}), or one
	 * that cannot be stored.
	 */
	private void evidenceProblem(List<EvidenceDraft> evidence, Map<String, String> problems) {
		String problem = Provenance.problem(evidence);
		if (problem == null) {
			problem = this.citations.problem(evidence);
		}
		if (problem != null) {
			problems.put("evidence", problem);
		}
	}

	private static void replace(List<Evidence> current, List<Evidence> wanted) {
		current.retainAll(wanted);
		wanted.stream().filter((e) -> !current.contains(e)).forEach(current::add);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Measures a specification selects (the shared filter's is built by
	 * {@code filter/FilterSpecifications}).
	 * @param where which measures
	 * @param pageable page and sort (entity property paths)
	 * @param asOf the day the status is derived for ({@link #asOf})
	 * @return one page of measures with their events and evidence
	 */
	public Page<MeasureDetails> measures(Specification<Measure> where, Pageable pageable, LocalDate asOf) {
		Page<Measure> page = this.measures.findAll(where, pageable);
		List<Long> ids = page.getContent().stream().map(Measure::getId).toList();
		Map<Long, List<MeasureEvent>> eventsByMeasure = ids.isEmpty() ? Map.of()
				: this.measures.findEventsOf(ids)
					.stream()
					.collect(Collectors.groupingBy((event) -> event.getMeasure().getId()));
		List<Long> eventIds = eventsByMeasure.values().stream().flatMap(List::stream).map(MeasureEvent::getId).toList();
		Map<Long, List<EvidenceItem>> measureEvidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.measures.findEvidenceOfMeasures(ids));
		Map<Long, List<EvidenceItem>> eventEvidence = eventIds.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.measures.findEvidenceOfEvents(eventIds));
		return page.map((measure) -> details(measure, eventsByMeasure.getOrDefault(measure.getId(), List.of()),
				measureEvidence, eventEvidence, asOf));
	}

	/**
	 * One measure with its lifecycle and evidence.
	 * @param id the measure id
	 * @param asOf the day the status is derived for
	 * @return the measure, if it exists
	 */
	public Optional<MeasureDetails> measure(long id, LocalDate asOf) {
		return this.measures.findWithActorsById(id).map((measure) -> {
			List<MeasureEvent> events = this.measures.findEventsOf(List.of(id));
			List<Long> eventIds = events.stream().map(MeasureEvent::getId).toList();
			return details(measure, events, CitedEvidence.byOwner(this.measures.findEvidenceOfMeasures(List.of(id))),
					eventIds.isEmpty() ? Map.of() : CitedEvidence.byOwner(this.measures.findEvidenceOfEvents(eventIds)),
					asOf);
		});
	}

	/**
	 * Lifecycle events a specification selects, with their measure.
	 * @param where which events
	 * @param pageable page and sort (entity property paths, e.g. {@code date.lowerBound})
	 * @return one page of events
	 */
	public Page<EventRow> events(Specification<MeasureEvent> where, Pageable pageable) {
		Page<MeasureEvent> page = this.events.findAll(where, pageable);
		List<Long> ids = page.getContent().stream().map(MeasureEvent::getId).toList();
		Map<Long, List<EvidenceItem>> evidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.measures.findEvidenceOfEvents(ids));
		return page.map((event) -> row(event, evidence));
	}

	/**
	 * One lifecycle event with its measure, as {@link #events} lists it.
	 * @param id the event's id
	 * @return the event, if it exists
	 */
	public Optional<EventRow> event(long id) {
		return this.events.findById(id)
			.map((event) -> row(event, CitedEvidence.byOwner(this.measures.findEvidenceOfEvents(List.of(id)))));
	}

	private static EventRow row(MeasureEvent event, Map<Long, List<EvidenceItem>> evidence) {
		Measure measure = event.getMeasure();
		return new EventRow(event.getId(), measure.getId(), measure.getTitle(), measure.getType(),
				ActorRef.of(measure.getImposer()), ActorRef.of(measure.getTarget()),
				CoalitionRef.of(measure.getCoalition()), event.getKind(), event.getDate(), event.getDateBasis(),
				event.getNote(), evidence.getOrDefault(event.getId(), List.of()));
	}

	private static MeasureDetails details(Measure measure, List<MeasureEvent> events,
			Map<Long, List<EvidenceItem>> measureEvidence, Map<Long, List<EvidenceItem>> eventEvidence,
			LocalDate asOf) {
		List<MeasureEvent> chronological = events.stream()
			.sorted(Comparator.comparing(MeasureEvent::step, Lifecycle.CHRONOLOGICAL))
			.toList();
		List<EventItem> items = chronological.stream()
			.map((event) -> new EventItem(event.getId(), event.getKind(), event.getDate(), event.getDateBasis(),
					event.getNote(), eventEvidence.getOrDefault(event.getId(), List.of())))
			.toList();
		MeasureStatus status = Lifecycle.statusOn(chronological.stream().map(MeasureEvent::step).toList(), asOf);
		return new MeasureDetails(measure.getId(), ActorRef.of(measure.getImposer()), ActorRef.of(measure.getTarget()),
				measure.getType(), measure.getTitle(), measure.getDescription(), measure.getLegalBasis(),
				CoalitionRef.of(measure.getCoalition()), status, asOf, items,
				measureEvidence.getOrDefault(measure.getId(), List.of()));
	}

}
