package org.sanctionstracker.actor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Valid;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.Evidence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads actors and finds the actor a user means by a code, a name or an alias; lets
 * editors create, change and delete actors.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ActorService {

	private final ActorRepository repository;

	private final ActorRules rules;

	private final Citations citations;

	private final ReferenceChecks references;

	private final DeletedSeedKeys deletedSeedKeys;

	private final History history;

	ActorService(ActorRepository repository, ActorRules rules, Citations citations, ReferenceChecks references,
			DeletedSeedKeys deletedSeedKeys, History history) {
		this.repository = repository;
		this.rules = rules;
		this.citations = citations;
		this.references = references;
		this.deletedSeedKeys = deletedSeedKeys;
		this.history = history;
	}

	/**
	 * The actor itself, for another feature's service that links a record to it inside
	 * its own transaction (the repository stays internal to this feature).
	 * @param id the actor's id
	 * @return the actor, if it exists
	 */
	public Optional<Actor> entity(long id) {
		return this.repository.findById(id);
	}

	/**
	 * The actor a form or file names, for another feature's service; when it does not
	 * exist (any more), the plain message for it is added under the field instead.
	 * @param field the field that names it
	 * @param ref the actor named
	 * @param problems where the message goes
	 * @return the actor, or {@code null} when it does not exist
	 */
	public Actor entity(String field, ActorRef ref, Map<String, String> problems) {
		Actor actor = entity(ref.id()).orElse(null);
		if (actor == null) {
			problems.put(field, "Unknown actor: \"" + ref.name() + "\" does not exist (it may have been deleted)");
		}
		return actor;
	}

	/**
	 * Actors for a picker: those whose name, alias or code contains the text, by name.
	 * @param text what the user typed, or {@code null}
	 * @param pageable the page
	 * @return the actors
	 */
	public List<ActorRef> refs(String text, Pageable pageable) {
		return list(text, null, pageable).map((actor) -> new ActorRef(actor.id(), actor.name(), actor.iso3()))
			.getContent();
	}

	/**
	 * An actor as its form edits it.
	 * @param id the actor's id
	 * @return the draft, if the actor exists
	 */
	public Optional<ActorDraft> draft(long id) {
		return this.repository.findById(id).map((actor) -> {
			ActorDraft draft = new ActorDraft();
			draft.setId(actor.getId());
			draft.setVersion(actor.getVersion());
			draft.setName(actor.getName());
			draft.setKind(actor.getKind());
			draft.setIso3(actor.getIso3());
			draft.setDescription(actor.getDescription());
			draft.setAliases(actor.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
			draft.setEvidence(Citations.drafts(actor.getEvidence()));
			return draft;
		});
	}

	/**
	 * Creates an actor or saves changes to one, in one transaction.
	 * @param draft what the form holds
	 * @return the actor
	 * @throws InvalidInputException when a rule across fields or records is broken
	 * @throws org.sanctionstracker.base.RecordChangedException when someone else changed
	 * the actor since the form read it
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public ActorRef save(@Valid ActorDraft draft) {
		String name = draft.getName().strip();
		String iso3 = ActorRules.code(draft.getIso3());
		Map<String, String> problems = new LinkedHashMap<>(
				this.rules.holders(List.of(name), (iso3 != null) ? List.of(iso3) : List.of())
					.problems(draft.getId(), name, draft.getKind(), iso3));
		String citationProblem = this.citations.problem(draft.getEvidence());
		if (citationProblem != null) {
			problems.put("evidence", citationProblem);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Actor actor;
		if (draft.isNew()) {
			actor = new Actor(name, draft.getKind(), null);
		}
		else {
			actor = this.repository.findById(draft.getId())
				.orElseThrow(() -> this.history.changedSince(Actor.class, draft.getId(), "The actor \"" + name + "\""));
			if (actor.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(Actor.class, actor.getId(), "The actor \"" + actor.getName() + "\"");
			}
			actor.setName(name);
			actor.setIso3(null);
			actor.setKind(draft.getKind());
		}
		actor.setIso3(iso3);
		actor.setDescription((draft.getDescription() == null || draft.getDescription().isBlank()) ? null
				: draft.getDescription().strip());
		Set<String> aliases = draft.getAliases()
			.stream()
			.map(String::strip)
			.filter((alias) -> !alias.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		actor.getAliases().retainAll(aliases);
		actor.getAliases().addAll(aliases);
		List<Evidence> evidence = this.citations.resolve("evidence", draft.getEvidence());
		actor.getEvidence().retainAll(evidence);
		evidence.stream().filter((e) -> !actor.getEvidence().contains(e)).forEach(actor.getEvidence()::add);
		return ActorRef.of(this.repository.saveAndFlush(actor));
	}

	/**
	 * Deletes an actor that no other record references.
	 * @param id the actor's id
	 * @param version the version the user saw
	 * @throws org.sanctionstracker.base.RecordInUseException naming the records that
	 * reference it
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		Actor actor = this.repository.findById(id)
			.orElseThrow(() -> this.history.changedSince(Actor.class, id, "The actor"));
		String what = "The actor \"" + actor.getName() + "\"";
		if (actor.getVersion() != version) {
			throw this.history.changedSince(Actor.class, id, what);
		}
		this.references.refuseIfReferenced(what, actor);
		this.deletedSeedKeys.remember("actor", actor.getSeedKey());
		this.repository.delete(actor);
		this.repository.flush();
	}

	/**
	 * Who changed the actor, when, from what to what; newest first.
	 * @param id the actor's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(this.history.of(Actor.class, id, (actor) -> "Actor", ActorService::describe));
	}

	static Map<String, String> describe(Actor actor) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", actor.getName());
		fields.put("Kind", (actor.getKind() != null) ? actor.getKind().label() : null);
		fields.put("ISO code", actor.getIso3());
		fields.put("Description", actor.getDescription());
		fields.put("Aliases",
				actor.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", ")));
		fields.put("Evidence", Citations.describe(actor.getEvidence()));
		return fields;
	}

	/**
	 * Actors matching a text (name, alias or code) and kind, paged and sorted by the
	 * database.
	 * @param text words to look for, or {@code null}
	 * @param kind the kind, or {@code null} for all
	 * @param pageable page and sort
	 * @return one page of actors
	 */
	public Page<ActorSummary> list(String text, ActorKind kind, Pageable pageable) {
		return this.repository.findAll(spec(text, kind), pageable).map(ActorSummary::of);
	}

	/**
	 * The filters of {@link #list} as a specification on actors.
	 * @param text words to look for in names, aliases and codes, or {@code null}
	 * @param kind the kind, or {@code null}
	 * @return the specification
	 */
	public static Specification<Actor> spec(String text, ActorKind kind) {
		Specification<Actor> spec = (root, query, cb) -> cb.conjunction();
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (text != null && !text.isBlank()) {
			String pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
			spec = spec.and((root, query, cb) -> {
				query.distinct(true);
				Join<Actor, String> alias = root.join("aliases", JoinType.LEFT);
				return cb.or(cb.like(cb.lower(root.get("name")), pattern), cb.like(cb.lower(alias), pattern),
						cb.like(cb.lower(root.get("iso3")), pattern));
			});
		}
		return spec;
	}

	/**
	 * The actor a reference names: an ISO 3166 alpha-3 code ("JPN"), a dataset key
	 * ("EU"), a numeric id, a name ("Japan") or an alias ("Tokyo"), case-insensitive.
	 * @param reference what the user typed
	 * @return the actor, if exactly one matches
	 */
	public Optional<ActorRef> resolve(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		String ref = reference.strip();
		String upper = ref.toUpperCase(Locale.ROOT);
		Optional<Actor> found = this.repository.findByIso3(upper)
			.or(() -> this.repository.findBySeedKey(upper))
			.or(() -> this.repository.findBySeedKey(ref))
			.or(() -> ref.matches("\\d{1,18}") ? this.repository.findById(Long.valueOf(ref)) : Optional.empty())
			.or(() -> Optional.ofNullable(NameKey.of(ref)).flatMap(this.repository::findByNameKey))
			.or(() -> byAlias(ref));
		return found.map(ActorRef::of);
	}

	private Optional<Actor> byAlias(String alias) {
		var matches = this.repository.findAll(
				(root, query, cb) -> cb.equal(cb.lower(root.join("aliases")), alias.toLowerCase(Locale.ROOT)),
				Pageable.ofSize(2));
		return (matches.getNumberOfElements() == 1) ? Optional.of(matches.getContent().get(0)) : Optional.empty();
	}

	public Optional<ActorSummary> get(long id) {
		return this.repository.findById(id).map(ActorSummary::of);
	}

	/**
	 * Every actor's colour slot, for the charts: given when the actor was created and
	 * never changed ({@link ColourSlots}).
	 * @return the slot per actor id
	 */
	public Map<Long, Integer> colourSlots() {
		return this.repository.colourSlots()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Integer) row[1]));
	}

}
