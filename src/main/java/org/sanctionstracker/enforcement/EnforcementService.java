package org.sanctionstracker.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads enforcement actions with the shared filters. The country filter matches the
 * acting actor as "imposer" and the targeted actor as "target"; coalition and measure
 * type match the measure an action enforces. Lets editors create, change and delete
 * actions.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class EnforcementService {

	private final EnforcementActionRepository repository;

	private final ActorService actors;

	private final MeasureService measures;

	private final Citations citations;

	private final DeletedSeedKeys deletedSeedKeys;

	private final History history;

	EnforcementService(EnforcementActionRepository repository, ActorService actors, MeasureService measures,
			Citations citations, DeletedSeedKeys deletedSeedKeys, History history) {
		this.repository = repository;
		this.actors = actors;
		this.measures = measures;
		this.citations = citations;
		this.deletedSeedKeys = deletedSeedKeys;
		this.history = history;
	}

	/**
	 * An action as its form edits it.
	 * @param id the action's id
	 * @return the draft, if the action exists
	 */
	public Optional<EnforcementDraft> draft(long id) {
		return this.repository.findById(id).map((action) -> {
			EnforcementDraft draft = new EnforcementDraft();
			draft.setId(action.getId());
			draft.setVersion(action.getVersion());
			draft.setActor(ActorRef.of(action.getActor()));
			draft.setTarget(ActorRef.of(action.getTarget()));
			draft.setTargetDescription(action.getTargetDescription());
			draft.setKind(action.getKind());
			draft.setDate(action.getDate());
			draft.setDateBasis(action.getDateBasis());
			draft.setDescription(action.getDescription());
			draft.setMeasure(MeasureRef.of(action.getMeasure()));
			draft.setEvidence(Citations.drafts(action.getEvidence()));
			return draft;
		});
	}

	/**
	 * Creates an action or saves changes to one, in one transaction.
	 * @param draft what the form holds
	 * @return the action's id
	 * @throws InvalidInputException when an actor or the measure is unknown, or the
	 * action targets its own actor
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long save(@Valid EnforcementDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>();
		Actor actor = this.actors.entity("actor", draft.getActor(), problems);
		Actor target = (draft.getTarget() != null) ? this.actors.entity("target", draft.getTarget(), problems) : null;
		String parties = EnforcementAction.partiesProblem(actor, target);
		if (parties != null) {
			problems.put("target", parties);
		}
		Measure measure = null;
		if (draft.getMeasure() != null) {
			measure = this.measures.entity(draft.getMeasure().id()).orElse(null);
			if (measure == null) {
				problems.put("measure", "Unknown measure: \"" + draft.getMeasure().title() + "\" no longer exists");
			}
		}
		String citations = this.citations.requiredProblem(draft.getEvidence());
		if (citations != null) {
			problems.put("evidence", citations);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PlausibleDates.requireInRange("date", draft.getDate());
		EnforcementAction action;
		if (draft.isNew()) {
			action = new EnforcementAction(actor, draft.getKind(), draft.getDate(), draft.getDescription().strip());
		}
		else {
			action = this.repository.findById(draft.getId())
				.orElseThrow(() -> this.history.changedSince(EnforcementAction.class, draft.getId(),
						"The enforcement action"));
			if (action.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(EnforcementAction.class, action.getId(), "The enforcement action",
						action.getDescription());
			}
			action.setActor(actor);
			action.setKind(draft.getKind());
			action.setDate(draft.getDate());
			action.setDescription(draft.getDescription().strip());
		}
		action.setTarget(target);
		action.setTargetDescription(blankToNull(draft.getTargetDescription()));
		action.setDateBasis(blankToNull(draft.getDateBasis()));
		action.setMeasure(measure);
		List<Evidence> evidence = this.citations.resolve("evidence", draft.getEvidence());
		action.getEvidence().retainAll(evidence);
		evidence.stream().filter((e) -> !action.getEvidence().contains(e)).forEach(action.getEvidence()::add);
		return this.repository.saveAndFlush(action).getId();
	}

	/**
	 * Deletes an action (no other record refers to actions).
	 * @param id the action's id
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		EnforcementAction action = this.repository.findById(id)
			.orElseThrow(() -> this.history.changedSince(EnforcementAction.class, id, "The enforcement action"));
		if (action.getVersion() != version) {
			throw this.history.changedSince(EnforcementAction.class, id, "The enforcement action",
					action.getDescription());
		}
		this.deletedSeedKeys.remember("enforcement_action", action.getSeedKey());
		this.repository.delete(action);
		this.repository.flush();
	}

	/**
	 * Who changed the action, when, from what to what; newest first.
	 * @param id the action's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(this.history.of(EnforcementAction.class, id, (action) -> "Enforcement action",
				EnforcementService::describe));
	}

	static Map<String, String> describe(EnforcementAction action) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Actor", (action.getActor() != null) ? action.getActor().getName() : null);
		fields.put("Kind", (action.getKind() != null) ? action.getKind().label() : null);
		fields.put("Date", (action.getDate() != null) ? action.getDate().display() : null);
		fields.put("Date basis", action.getDateBasis());
		fields.put("Target", (action.getTarget() != null) ? action.getTarget().getName() : null);
		fields.put("Target (other)", action.getTargetDescription());
		fields.put("Description", action.getDescription());
		fields.put("Measure enforced", (action.getMeasure() != null) ? action.getMeasure().getTitle() : null);
		fields.put("Evidence", Citations.describe(action.getEvidence()));
		return fields;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Enforcement actions for the editors' list: those of a kind whose description,
	 * target or actor's name contains the text.
	 * @param text what the user typed, or {@code null}
	 * @param kind the enforcement kind, or {@code null}
	 * @param pageable page and sort (entity property paths)
	 * @return one page of actions
	 */
	public Page<EnforcementRow> list(String text, EnforcementKind kind, Pageable pageable) {
		return actions(search(text, kind), pageable);
	}

	/**
	 * Enforcement actions a specification selects (the shared filter's is built by
	 * {@code filter/FilterSpecifications}).
	 * @param where which actions
	 * @param pageable page and sort (entity property paths)
	 * @return one page of actions
	 */
	public Page<EnforcementRow> actions(Specification<EnforcementAction> where, Pageable pageable) {
		Page<EnforcementAction> page = this.repository.findAll(where, pageable);
		List<Long> ids = page.getContent().stream().map(EnforcementAction::getId).toList();
		Map<Long, List<EvidenceItem>> evidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.repository.findEvidenceOf(ids));
		return page.map((action) -> row(action, evidence));
	}

	/**
	 * One enforcement action, as {@link #actions} lists it.
	 * @param id the action's id
	 * @return the action, if it exists
	 */
	public Optional<EnforcementRow> action(long id) {
		return this.repository.findById(id)
			.map((action) -> row(action, CitedEvidence.byOwner(this.repository.findEvidenceOf(List.of(id)))));
	}

	private static EnforcementRow row(EnforcementAction action, Map<Long, List<EvidenceItem>> evidence) {
		Measure measure = action.getMeasure();
		return new EnforcementRow(action.getId(), ActorRef.of(action.getActor()), ActorRef.of(action.getTarget()),
				action.getTargetDescription(), action.getKind(), action.getDate(), action.getDateBasis(),
				action.getDescription(), (measure != null) ? measure.getId() : null,
				(measure != null) ? measure.getTitle() : null, evidence.getOrDefault(action.getId(), List.of()));
	}

	/**
	 * Enforcement actions of a kind that mention a text, as a specification: the
	 * enforcement part of every text search.
	 * @param text words to look for in the description, the target's description and the
	 * acting actor's name, or {@code null}
	 * @param kind the enforcement kind, or {@code null}
	 * @return the specification
	 */
	public static Specification<EnforcementAction> search(String text, EnforcementKind kind) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			String pattern = TextSearch.containsPattern(text);
			if (pattern != null) {
				Join<EnforcementAction, Actor> actor = root.join("actor", JoinType.INNER);
				predicates.add(TextSearch.anyContains(cb, pattern,
						List.of(root.get("description"), root.get("targetDescription"), actor.get("name"))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
