package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads coalitions with their members.
 */
@Service
@Transactional(readOnly = true)
public class CoalitionService {

	private final CoalitionRepository repository;

	CoalitionService(CoalitionRepository repository) {
		this.repository = repository;
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
