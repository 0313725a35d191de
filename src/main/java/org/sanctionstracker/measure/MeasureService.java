package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads measures and their lifecycle events with the shared filters; filtering, sorting
 * and paging happen in the database.
 */
@Service
@Transactional(readOnly = true)
public class MeasureService {

	private final MeasureRepository measures;

	private final MeasureEventRepository events;

	MeasureService(MeasureRepository measures, MeasureEventRepository events) {
		this.measures = measures;
		this.events = events;
	}

	/**
	 * Measures matching the filter. A measure matches the event kind and period when one
	 * of its events does.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @param asOf the day the status is derived for
	 * @return one page of measures with their events and evidence
	 */
	public Page<MeasureDetails> measures(MeasureFilter filter, Pageable pageable, LocalDate asOf) {
		Page<Measure> page = this.measures.findAll(measureSpec(filter), pageable);
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
	 * Lifecycle events matching the filter, with their measure.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths, e.g. {@code date.lowerBound})
	 * @return one page of events
	 */
	public Page<EventRow> events(MeasureFilter filter, Pageable pageable) {
		Page<MeasureEvent> page = this.events.findAll(eventSpec(filter), pageable);
		List<Long> ids = page.getContent().stream().map(MeasureEvent::getId).toList();
		Map<Long, List<EvidenceItem>> evidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.measures.findEvidenceOfEvents(ids));
		return page.map((event) -> {
			Measure measure = event.getMeasure();
			return new EventRow(event.getId(), measure.getId(), measure.getTitle(), measure.getType(),
					ActorRef.of(measure.getImposer()), ActorRef.of(measure.getTarget()),
					CoalitionRef.of(measure.getCoalition()), event.getKind(), event.getDate(), event.getDateBasis(),
					event.getNote(), evidence.getOrDefault(event.getId(), List.of()));
		});
	}

	/**
	 * The filter as a specification on measures, for other features that read measures
	 * the way this service does (e.g. exports).
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<Measure> measureSpec(MeasureFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>(MeasurePredicates.onMeasure(cb, root, filter));
			if (filter.eventKind() != null || filter.hasPeriod()) {
				Subquery<Long> matchingEvent = query.subquery(Long.class);
				Root<MeasureEvent> event = matchingEvent.from(MeasureEvent.class);
				List<Predicate> eventPredicates = new ArrayList<>();
				eventPredicates.add(cb.equal(event.get("measure"), root));
				if (filter.eventKind() != null) {
					eventPredicates.add(cb.equal(event.get("kind"), filter.eventKind()));
				}
				eventPredicates.addAll(MeasurePredicates.inPeriod(cb, event.get("date"), filter));
				matchingEvent.select(event.get("id")).where(eventPredicates.toArray(Predicate[]::new));
				predicates.add(cb.exists(matchingEvent));
			}
			String pattern = filter.textPattern();
			if (pattern != null) {
				predicates.add(MeasurePredicates.containsText(cb, pattern, measureTexts(root)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * The filter as a specification on lifecycle events.
	 * @param filter the filter
	 * @return the specification
	 */
	public static Specification<MeasureEvent> eventSpec(MeasureFilter filter) {
		return (root, query, cb) -> {
			Path<Measure> measure = root.get("measure");
			List<Predicate> predicates = new ArrayList<>(MeasurePredicates.onMeasure(cb, measure, filter));
			if (filter.eventKind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.eventKind()));
			}
			predicates.addAll(MeasurePredicates.inPeriod(cb, root.get("date"), filter));
			String pattern = filter.textPattern();
			if (pattern != null) {
				List<Expression<String>> texts = new ArrayList<>(measureTexts(measure));
				texts.add(root.get("note"));
				predicates.add(cb.or(MeasurePredicates.containsText(cb, pattern, texts),
						quoteContains(cb, query, root, pattern)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static List<Expression<String>> measureTexts(Path<Measure> measure) {
		return List.of(measure.get("title"), measure.get("description"), measure.get("imposer").get("name"),
				measure.get("target").get("name"));
	}

	private static Predicate quoteContains(CriteriaBuilder cb, CriteriaQuery<?> query, Root<MeasureEvent> event,
			String pattern) {
		Subquery<Long> quoted = query.subquery(Long.class);
		Root<MeasureEvent> correlated = quoted.correlate(event);
		var evidence = correlated.<MeasureEvent, Evidence>join("evidence");
		quoted.select(evidence.get("id")).where(cb.like(cb.lower(evidence.get("quote")), pattern, '\\'));
		return cb.exists(quoted);
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
				CoalitionRef.of(measure.getCoalition()), status, items,
				measureEvidence.getOrDefault(measure.getId(), List.of()));
	}

}
