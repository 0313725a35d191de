package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.Provenance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads coalitions with their members; lets editors create, change and delete coalitions
 * and memberships.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CoalitionService {

	private final CoalitionRepository repository;

	private final CoalitionRules rules;

	private final MembershipRepository memberships;

	private final ActorService actors;

	private final Citations citations;

	private final ReferenceChecks references;

	private final DeletedSeedKeys deletedSeedKeys;

	private final History history;

	CoalitionService(CoalitionRepository repository, CoalitionRules rules, MembershipRepository memberships,
			ActorService actors, Citations citations, ReferenceChecks references, DeletedSeedKeys deletedSeedKeys,
			History history) {
		this.repository = repository;
		this.rules = rules;
		this.memberships = memberships;
		this.actors = actors;
		this.citations = citations;
		this.references = references;
		this.deletedSeedKeys = deletedSeedKeys;
		this.history = history;
	}

	/**
	 * A coalition as its form edits it.
	 * @param id the coalition's id
	 * @return the draft, if the coalition exists
	 */
	public Optional<CoalitionDraft> draft(long id) {
		return this.repository.findById(id).map((coalition) -> {
			CoalitionDraft draft = new CoalitionDraft();
			draft.setId(coalition.getId());
			draft.setVersion(coalition.getVersion());
			draft.setName(coalition.getName());
			draft.setKind(coalition.getKind());
			draft.setDescription(coalition.getDescription());
			draft.setBasis(coalition.getBasis());
			draft.setEvidence(Citations.drafts(coalition.getEvidence()));
			return draft;
		});
	}

	/**
	 * The memberships of a coalition, earliest first, for its edit view.
	 * @param coalitionId the coalition
	 * @return the memberships
	 */
	public List<MembershipRow> memberships(long coalitionId) {
		return this.repository.findMembershipsOf(List.of(coalitionId))
			.stream()
			.sorted(Comparator
				.comparing((CoalitionMembership m) -> m.getJoined().lowerBound(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((m) -> m.getActor().getName()))
			.map((m) -> new MembershipRow(m.getId(), m.getVersion(), ActorRef.of(m.getActor()), m.getBasis(),
					m.getJoined(), m.getLeft(), m.getNote(), m.getEvidence().size()))
			.toList();
	}

	/**
	 * A membership as its form edits it.
	 * @param id the membership's id
	 * @return the draft, if the membership exists
	 */
	public Optional<MembershipDraft> membershipDraft(long id) {
		return this.memberships.findById(id).map((membership) -> {
			MembershipDraft draft = MembershipDraft.of(membership.getCoalition().getId());
			draft.setId(membership.getId());
			draft.setVersion(membership.getVersion());
			draft.setActor(ActorRef.of(membership.getActor()));
			draft.setBasis(membership.getBasis());
			draft.setJoined(membership.getJoined());
			draft.setLeft(membership.getLeft());
			draft.setDateBasis(membership.getDateBasis());
			draft.setNote(membership.getNote());
			draft.setEvidence(Citations.drafts(membership.getEvidence()));
			return draft;
		});
	}

	/**
	 * Creates a coalition or saves changes to one.
	 * @param draft what the form holds
	 * @return the coalition
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public CoalitionRef save(@Valid CoalitionDraft draft) {
		String name = draft.getName().strip();
		Map<String, String> problems = new LinkedHashMap<>();
		String taken = this.rules.holders(List.of(name)).problem(draft.getId(), name);
		if (taken != null) {
			problems.put("name", taken);
		}
		evidenceProblem(draft.getEvidence(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Coalition coalition;
		if (draft.isNew()) {
			coalition = new Coalition(name, draft.getKind());
		}
		else {
			coalition = this.repository.findById(draft.getId())
				.orElseThrow(() -> this.history.changedSince(Coalition.class, draft.getId(),
						"The coalition \"" + name + "\""));
			if (coalition.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(Coalition.class, coalition.getId(),
						"The coalition \"" + coalition.getName() + "\"");
			}
			coalition.setName(name);
			coalition.setKind(draft.getKind());
		}
		coalition.setDescription(blankToNull(draft.getDescription()));
		coalition.setBasis(blankToNull(draft.getBasis()));
		replace(coalition.getEvidence(), this.citations.resolve("evidence", draft.getEvidence()));
		return CoalitionRef.of(this.repository.saveAndFlush(coalition));
	}

	/**
	 * Deletes a coalition and its memberships, unless measures were taken within it.
	 * @param id the coalition's id
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		Coalition coalition = this.repository.findById(id)
			.orElseThrow(() -> this.history.changedSince(Coalition.class, id, "The coalition"));
		String what = "The coalition \"" + coalition.getName() + "\"";
		if (coalition.getVersion() != version) {
			throw this.history.changedSince(Coalition.class, id, what);
		}
		this.references.refuseIfReferenced(what, coalition);
		for (CoalitionMembership membership : coalition.getMemberships()) {
			this.deletedSeedKeys.remember("coalition_membership", membership.getSeedKey());
		}
		this.deletedSeedKeys.remember("coalition", coalition.getSeedKey());
		this.repository.delete(coalition);
		this.repository.flush();
	}

	/**
	 * The coalition itself, for another feature's service that links a record to it
	 * inside its own transaction (the repository stays internal to this feature).
	 * @param id the coalition's id
	 * @return the coalition, if it exists
	 */
	public Optional<Coalition> entity(long id) {
		return this.repository.findById(id);
	}

	/**
	 * Adds a membership to a coalition or saves changes to one.
	 * @param draft what the form holds
	 * @return the membership's id
	 * @throws InvalidInputException when the member is unknown or it left before it
	 * joined
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long saveMembership(@Valid MembershipDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>();
		Actor actor = this.actors.entity(draft.getActor().id()).orElse(null);
		if (actor == null) {
			problems.put("actor", "Unknown actor: \"" + draft.getActor().name() + "\" no longer exists");
		}
		String period = CoalitionMembership.periodProblem(draft.getJoined(), draft.getLeft());
		if (period != null) {
			problems.put("left", period);
		}
		evidenceProblem(draft.getEvidence(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CoalitionMembership membership;
		if (draft.isNew()) {
			Coalition coalition = (draft.getCoalitionId() != null)
					? this.repository.findById(draft.getCoalitionId()).orElse(null) : null;
			if (coalition == null) {
				throw new InvalidInputException("coalition", "The coalition no longer exists");
			}
			membership = new CoalitionMembership(actor, draft.getBasis(), PartialDate.unknown(), PartialDate.unknown());
			coalition.addMembership(membership);
		}
		else {
			membership = this.memberships.findById(draft.getId())
				.orElseThrow(
						() -> this.history.changedSince(CoalitionMembership.class, draft.getId(), "The membership"));
			if (membership.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(CoalitionMembership.class, membership.getId(), "The membership of "
						+ membership.getActor().getName() + " in " + membership.getCoalition().getName());
			}
			membership.setActor(actor);
			membership.setBasis(draft.getBasis());
		}
		PlausibleDates.requireInRange("joined", draft.getJoined());
		PlausibleDates.requireInRange("left", draft.getLeft());
		try {
			membership.setPeriod(draft.getJoined(), draft.getLeft());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("left", ex.getMessage());
		}
		membership.setDateBasis(blankToNull(draft.getDateBasis()));
		membership.setNote(blankToNull(draft.getNote()));
		replace(membership.getEvidence(), this.citations.resolve("evidence", draft.getEvidence()));
		return this.memberships.saveAndFlush(membership).getId();
	}

	/**
	 * Removes a membership.
	 * @param id the membership's id
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void deleteMembership(long id, long version) {
		CoalitionMembership membership = this.memberships.findById(id)
			.orElseThrow(() -> this.history.changedSince(CoalitionMembership.class, id, "The membership"));
		if (membership.getVersion() != version) {
			throw this.history.changedSince(CoalitionMembership.class, id, "The membership of "
					+ membership.getActor().getName() + " in " + membership.getCoalition().getName());
		}
		this.deletedSeedKeys.remember("coalition_membership", membership.getSeedKey());
		membership.getCoalition().getMemberships().remove(membership);
		this.memberships.flush();
	}

	/**
	 * Who changed the coalition and its memberships, when, from what to what; newest
	 * first.
	 * @param id the coalition's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(
				this.history.of(Coalition.class, id, (coalition) -> "Coalition", CoalitionService::describe),
				this.history.ofRelated(CoalitionMembership.class, "coalition", id,
						(m) -> "Membership: " + ((m.getActor() != null) ? m.getActor().getName() : "?"),
						CoalitionService::describe));
	}

	static Map<String, String> describe(Coalition coalition) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", coalition.getName());
		fields.put("Kind", (coalition.getKind() != null) ? coalition.getKind().label() : null);
		fields.put("Description", coalition.getDescription());
		fields.put("Basis", coalition.getBasis());
		fields.put("Evidence", Citations.describe(coalition.getEvidence()));
		return fields;
	}

	static Map<String, String> describe(CoalitionMembership membership) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Member", (membership.getActor() != null) ? membership.getActor().getName() : null);
		fields.put("Basis", (membership.getBasis() != null) ? membership.getBasis().label() : null);
		fields.put("Joined", (membership.getJoined() != null) ? membership.getJoined().display() : null);
		fields.put("Left", (membership.getLeft() != null) ? membership.getLeft().display() : null);
		fields.put("Date basis", membership.getDateBasis());
		fields.put("Note", membership.getNote());
		fields.put("Evidence", Citations.describe(membership.getEvidence()));
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
	 * Coalitions matching the filters, with their members.
	 * @param memberId only coalitions this actor belongs to (on any basis), or
	 * {@code null}
	 * @param kind the coalition kind, or {@code null}
	 * @param text words to look for in the name and description, or {@code null}
	 * @param pageable page and sort
	 * @return one page of coalitions
	 */
	public Page<CoalitionDetails> coalitions(Long memberId, CoalitionKind kind, String text, Pageable pageable) {
		Page<Coalition> page = this.repository.findAll(spec(memberId, kind, text), pageable);
		List<CoalitionDetails> details = details(page.getContent());
		return new PageImpl<>(details, pageable, page.getTotalElements());
	}

	private List<CoalitionDetails> details(List<Coalition> coalitions) {
		List<Long> ids = coalitions.stream().map(Coalition::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CoalitionMembership>> members = this.repository.findMembershipsOf(ids)
			.stream()
			.collect(Collectors.groupingBy((membership) -> membership.getCoalition().getId()));
		List<Long> membershipIds = members.values()
			.stream()
			.flatMap(List::stream)
			.map(CoalitionMembership::getId)
			.toList();
		Map<Long, List<EvidenceItem>> coalitionEvidence = CitedEvidence.byOwner(this.repository.findEvidenceOf(ids));
		Map<Long, List<EvidenceItem>> memberEvidence = membershipIds.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.repository.findMembershipEvidenceOf(membershipIds));
		return coalitions.stream()
			.map((coalition) -> new CoalitionDetails(coalition.getId(), coalition.getName(), coalition.getKind(),
					coalition.getDescription(), coalition.getBasis(),
					members.getOrDefault(coalition.getId(), List.of())
						.stream()
						.sorted(Comparator
							.comparing((CoalitionMembership m) -> m.getJoined().lowerBound(),
									Comparator.nullsLast(Comparator.naturalOrder()))
							.thenComparing((m) -> m.getActor().getName()))
						.map((m) -> new MemberItem(m.getId(), ActorRef.of(m.getActor()), m.getBasis(), m.getJoined(),
								m.getLeft(), m.getDateBasis(), m.getNote(),
								memberEvidence.getOrDefault(m.getId(), List.of())))
						.toList(),
					coalitionEvidence.getOrDefault(coalition.getId(), List.of())))
			.toList();
	}

	/**
	 * Coalitions by name only, for pickers.
	 * @param text words to look for in the name and description, or {@code null}
	 * @param pageable page and sort
	 * @return one page of coalitions
	 */
	public Page<CoalitionRef> refs(String text, Pageable pageable) {
		return this.repository.findAll(spec(null, null, text), pageable).map(CoalitionRef::of);
	}

	/**
	 * One coalition by name.
	 * @param id its id
	 * @return the coalition, if it exists
	 */
	public Optional<CoalitionRef> ref(long id) {
		return this.repository.findById(id).map(CoalitionRef::of);
	}

	/**
	 * One coalition with its members.
	 * @param id its id
	 * @return the coalition, if it exists
	 */
	public Optional<CoalitionDetails> coalition(long id) {
		return this.repository.findById(id).flatMap((coalition) -> details(List.of(coalition)).stream().findFirst());
	}

	/**
	 * The filters as a specification on coalitions.
	 * @param memberId only coalitions this actor belongs to, or {@code null}
	 * @param kind the coalition kind, or {@code null}
	 * @param text words to look for, or {@code null}
	 * @return the specification
	 */
	public static Specification<Coalition> spec(Long memberId, CoalitionKind kind, String text) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (memberId != null) {
				Subquery<Long> membership = query.subquery(Long.class);
				Root<CoalitionMembership> m = membership.from(CoalitionMembership.class);
				membership.select(m.get("id"))
					.where(cb.equal(m.get("coalition"), root), cb.equal(m.get("actor").get("id"), memberId));
				predicates.add(cb.exists(membership));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			String pattern = TextSearch.containsPattern(text);
			if (pattern != null) {
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("description")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
