package org.sanctionstracker.actor;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads actors and finds the actor a user means by a code, a name or an alias.
 */
@Service
@Transactional(readOnly = true)
public class ActorService {

	private final ActorRepository repository;

	ActorService(ActorRepository repository) {
		this.repository = repository;
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
			.or(() -> this.repository.findByNameIgnoringCase(ref))
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

}
