package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.TakenValues;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.SentenceDecision;
import org.sanctionstracker.source.SourceDocument;

/**
 * Finds the database records an import's keys name. {@link #prefetch} reads all of them
 * before the run looks at the first record, a few hundred keys per query, so that finding
 * each record (or learning that it is new) needs no query of its own; {@link #find}
 * answers from what was read, and asks the database only for a key nobody announced.
 */
final class ImportLookups {

	private final EntityManager entityManager;

	private final ExchangeKeys keys;

	private final Map<String, Optional<Object>> found = new HashMap<>();

	/** The largest id of each kind before a streamed import began, or {@code null}. */
	private final Map<ExchangeKind, Long> before;

	ImportLookups(EntityManager entityManager, ExchangeKeys keys, Map<ExchangeKind, Long> before) {
		this.entityManager = entityManager;
		this.keys = keys;
		this.before = before;
	}

	/**
	 * Whether the record under a key was written by an earlier batch of this streamed
	 * import (its id is above the largest before the import began): the file holds the
	 * key twice.
	 * @param kind the kind
	 * @param key the key
	 * @return whether it was
	 */
	boolean writtenByThisImport(ExchangeKind kind, String key) {
		if (this.before == null) {
			return false;
		}
		Optional<Object> record = this.found.get(kind + ":" + key);
		return record != null && record.isPresent() && id(record.get()) > this.before.getOrDefault(kind, 0L);
	}

	/**
	 * Reads the records of the database that a file's keys and references name.
	 * @param file the file
	 * @param fileKeys the keys of each kind the file holds
	 */
	void prefetch(ImportFile file, Map<ExchangeKind, Set<String>> fileKeys) {
		Map<ExchangeKind, Set<String>> wanted = new HashMap<>();
		fileKeys.forEach((kind, keys) -> wanted.computeIfAbsent(kind, (k) -> new HashSet<>()).addAll(keys));
		Set<String> actors = wanted.computeIfAbsent(ExchangeKind.ACTORS, (k) -> new HashSet<>());
		Set<String> measures = wanted.computeIfAbsent(ExchangeKind.MEASURES, (k) -> new HashSet<>());
		Set<String> coalitions = wanted.computeIfAbsent(ExchangeKind.COALITIONS, (k) -> new HashSet<>());
		Set<String> documents = wanted.computeIfAbsent(ExchangeKind.DOCUMENTS, (k) -> new HashSet<>());
		file.coalitions.forEach((c) -> c.data().members().forEach((m) -> add(actors, m.actor())));
		citedDocuments(file, documents);
		file.measures.forEach((m) -> {
			add(actors, m.data().imposer());
			add(actors, m.data().target());
			add(coalitions, m.data().coalition());
		});
		file.events.forEach((e) -> add(measures, e.data().measure()));
		file.enforcementActions.forEach((a) -> {
			add(actors, a.data().actor());
			add(actors, a.data().target());
			add(measures, a.data().measure());
		});
		file.figures.forEach((f) -> {
			add(actors, f.data().actor());
			add(measures, f.data().measure());
		});
		prefetch(SourceDocument.class, ExchangeKind.DOCUMENTS, documents);
		prefetch(Actor.class, ExchangeKind.ACTORS, actors);
		prefetch(Coalition.class, ExchangeKind.COALITIONS, coalitions);
		prefetch(CoalitionMembership.class, ExchangeKind.MEMBERSHIPS, wanted.get(ExchangeKind.MEMBERSHIPS));
		prefetch(Measure.class, ExchangeKind.MEASURES, measures);
		prefetch(MeasureEvent.class, ExchangeKind.EVENTS, wanted.get(ExchangeKind.EVENTS));
		prefetch(EnforcementAction.class, ExchangeKind.ENFORCEMENT_ACTIONS,
				wanted.get(ExchangeKind.ENFORCEMENT_ACTIONS));
		prefetch(Figure.class, ExchangeKind.FIGURES, wanted.get(ExchangeKind.FIGURES));
		prefetch(SentenceDecision.class, ExchangeKind.DECISIONS, wanted.get(ExchangeKind.DECISIONS));
	}

	private static void citedDocuments(ImportFile file, Set<String> documents) {
		List<List<Cite>> cited = new ArrayList<>();
		file.actors.forEach((r) -> cited.add(r.data().evidence()));
		file.coalitions.forEach((r) -> {
			cited.add(r.data().evidence());
			r.data().members().forEach((m) -> cited.add(m.evidence()));
		});
		file.measures.forEach((r) -> {
			cited.add(r.data().evidence());
			r.data().events().forEach((e) -> cited.add(e.evidence()));
		});
		file.events.forEach((r) -> cited.add(r.data().evidence()));
		file.enforcementActions.forEach((r) -> cited.add(r.data().evidence()));
		file.figures.forEach((r) -> cited.add(r.data().evidence()));
		cited.forEach((cites) -> cites.forEach((cite) -> add(documents, cite.doc())));
		file.decisions.forEach((r) -> {
			if (r.data().sentence() != null) {
				add(documents, r.data().sentence().doc());
			}
		});
	}

	private static void add(Set<String> keys, String key) {
		if (key != null) {
			keys.add(key);
		}
	}

	/**
	 * Finds the records of one kind under the given keys as {@link #find} would, and
	 * remembers each answer, found or not.
	 */
	private <T> void prefetch(Class<T> type, ExchangeKind kind, Set<String> wanted) {
		if (wanted == null || wanted.isEmpty()) {
			return;
		}
		List<String> usable = wanted.stream().filter((key) -> ExchangeKeys.problem(key) == null).toList();
		Map<Long, String> localIds = new HashMap<>();
		usable.forEach((key) -> {
			Long id = this.keys.localId(kind, key);
			if (id != null) {
				localIds.put(id, key);
			}
		});
		Map<String, Object> byKey = new HashMap<>();
		String entity = type.getSimpleName();
		for (List<String> batch : TakenValues.batches(usable)) {
			this.entityManager.createQuery("select e from " + entity + " e where e.seedKey in :keys", type)
				.setParameter("keys", batch)
				.getResultList()
				.forEach((e) -> byKey.put(seedKey(e), e));
		}
		for (List<Long> batch : TakenValues.batches(List.copyOf(localIds.keySet()))) {
			this.entityManager.createQuery("select e from " + entity + " e where e.id in :ids", type)
				.setParameter("ids", batch)
				.getResultList()
				.forEach((e) -> {
					if (seedKey(e) == null) {
						byKey.put(localIds.get(id(e)), e);
					}
				});
		}
		usable.forEach((key) -> this.found.put(kind + ":" + key, Optional.ofNullable(byKey.get(key))));
	}

	/**
	 * The database record of a kind under a key: the record imported or shipped under
	 * that key, or the record of this database a local key names.
	 * @param <T> the entity type
	 * @param type the entity
	 * @param kind its kind
	 * @param key the key
	 * @return the record, or {@code null}
	 */
	@SuppressWarnings("unchecked")
	<T> T find(Class<T> type, ExchangeKind kind, String key) {
		return (T) this.found.computeIfAbsent(kind + ":" + key, (k) -> {
			Long id = this.keys.localId(kind, key);
			if (id != null) {
				T byId = this.entityManager.find(type, id);
				if (byId != null && seedKey(byId) == null) {
					return Optional.of(byId);
				}
			}
			return this.entityManager
				.createQuery("select e from " + type.getSimpleName() + " e where e.seedKey = :key", type)
				.setParameter("key", key)
				.getResultStream()
				.findFirst()
				.map(Object.class::cast);
		}).orElse(null);
	}

	/**
	 * The key a stored actor is exchanged under.
	 * @param actor the actor
	 * @return its key
	 */
	String key(Actor actor) {
		return this.keys.key(ExchangeKind.ACTORS, actor.getSeedKey(), actor.getId());
	}

	/**
	 * The key a stored document is exchanged under.
	 * @param document the document
	 * @return its key
	 */
	String key(SourceDocument document) {
		return this.keys.key(ExchangeKind.DOCUMENTS, document.getSeedKey(), document.getId());
	}

	private static String seedKey(Object entity) {
		return switch (entity) {
			case SourceDocument d -> d.getSeedKey();
			case Actor a -> a.getSeedKey();
			case Coalition c -> c.getSeedKey();
			case CoalitionMembership m -> m.getSeedKey();
			case Measure m -> m.getSeedKey();
			case MeasureEvent e -> e.getSeedKey();
			case EnforcementAction a -> a.getSeedKey();
			case Figure f -> f.getSeedKey();
			case SentenceDecision d -> d.getSeedKey();
			default -> throw new IllegalArgumentException(entity.getClass().getName());
		};
	}

	private static Long id(Object entity) {
		return switch (entity) {
			case SourceDocument d -> d.getId();
			case Actor a -> a.getId();
			case Coalition c -> c.getId();
			case CoalitionMembership m -> m.getId();
			case Measure m -> m.getId();
			case MeasureEvent e -> e.getId();
			case EnforcementAction a -> a.getId();
			case Figure f -> f.getId();
			case SentenceDecision d -> d.getId();
			default -> throw new IllegalArgumentException(entity.getClass().getName());
		};
	}

}
