package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventContext;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records for export in keyset pages: each call reads the records after an id, in
 * id order, in its own read-only transaction, so the persistence context never holds more
 * than one page however large the export. Children (events, memberships, aliases,
 * evidence) are fetched per page with one query each.
 */
@Component
class ExchangeReader {

	/**
	 * One page of records.
	 *
	 * @param items the records, in id order
	 * @param lastId the id of the last record, to read the next page after; {@code -1}
	 * when the page is empty
	 * @param <T> the record type
	 */
	record Chunk<T>(List<T> items, long lastId) {

		boolean isEmpty() {
			return this.items.isEmpty();
		}

	}

	private final EntityManager entityManager;

	private final ExchangeKeys keys;

	ExchangeReader(EntityManager entityManager, ExchangeKeys keys) {
		this.entityManager = entityManager;
		this.keys = keys;
	}

	@Transactional(readOnly = true)
	public Chunk<DocumentData> documents(long afterId, int limit) {
		List<SourceDocument> documents = page(SourceDocument.class, null, afterId, limit, (root) -> {
		});
		return chunk(documents, SourceDocument::getId,
				(d) -> new DocumentData(documentKey(d.getSeedKey(), d.getId()), d.getSeedFile(), d.getTextSha256(),
						d.getTitle(), Interchange.text(d.getAuthor()), Interchange.text(d.getPublisher()),
						d.getPublished(), d.getKind(), Interchange.text(d.getUrl()), Interchange.text(d.getBasis()),
						d.getText()));
	}

	@Transactional(readOnly = true)
	public Chunk<ActorData> actors(Specification<Actor> spec, long afterId, int limit) {
		List<Actor> actors = page(Actor.class, spec, afterId, limit, (root) -> {
		});
		List<Long> ids = actors.stream().map(Actor::getId).toList();
		Map<Long, List<String>> aliases = new HashMap<>();
		if (!ids.isEmpty()) {
			this.entityManager
				.createQuery("select a.id, alias from Actor a join a.aliases alias where a.id in :ids", Object[].class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((row) -> aliases.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add((String) row[1]));
		}
		Map<Long, List<Cite>> evidence = evidence("Actor", ids);
		return chunk(actors, Actor::getId,
				(a) -> new ActorData(key(ExchangeKind.ACTORS, a.getSeedKey(), a.getId()), a.getName(), a.getKind(),
						a.getIso3(), sortedAliases(aliases.getOrDefault(a.getId(), List.of())),
						Interchange.text(a.getDescription()), evidence.getOrDefault(a.getId(), List.of())));
	}

	@Transactional(readOnly = true)
	public Chunk<CoalitionData> coalitions(Specification<Coalition> spec, long afterId, int limit) {
		List<Coalition> coalitions = page(Coalition.class, spec, afterId, limit, (root) -> {
		});
		List<Long> ids = coalitions.stream().map(Coalition::getId).toList();
		Map<Long, List<CoalitionMembership>> members = new HashMap<>();
		if (!ids.isEmpty()) {
			this.entityManager
				.createQuery("select m from CoalitionMembership m join fetch m.actor where m.coalition.id in :ids"
						+ " order by m.joined.lowerBound nulls last, m.id", CoalitionMembership.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((m) -> members.computeIfAbsent(m.getCoalition().getId(), (id) -> new ArrayList<>()).add(m));
		}
		Map<Long, List<Cite>> evidence = evidence("Coalition", ids);
		Map<Long, List<Cite>> memberEvidence = evidence("CoalitionMembership",
				members.values().stream().flatMap(List::stream).map(CoalitionMembership::getId).toList());
		return chunk(coalitions, Coalition::getId, (c) -> {
			String key = key(ExchangeKind.COALITIONS, c.getSeedKey(), c.getId());
			return new CoalitionData(key, c.getName(), c.getKind(), Interchange.text(c.getDescription()),
					Interchange.text(c.getBasis()), evidence.getOrDefault(c.getId(), List.of()),
					members.getOrDefault(c.getId(), List.of())
						.stream()
						.map((m) -> new MemberData(key(ExchangeKind.MEMBERSHIPS, m.getSeedKey(), m.getId()), key,
								key(ExchangeKind.ACTORS, m.getActor().getSeedKey(), m.getActor().getId()), m.getBasis(),
								m.getJoined(), m.getLeft(), Interchange.text(m.getDateBasis()),
								Interchange.text(m.getNote()), memberEvidence.getOrDefault(m.getId(), List.of())))
						.toList());
		});
	}

	@Transactional(readOnly = true)
	public Chunk<MeasureData> measures(Specification<Measure> spec, long afterId, int limit) {
		List<Measure> measures = page(Measure.class, spec, afterId, limit, (root) -> {
			root.fetch("imposer");
			root.fetch("target");
			root.fetch("coalition", JoinType.LEFT);
		});
		List<Long> ids = measures.stream().map(Measure::getId).toList();
		Map<Long, List<MeasureEvent>> events = new HashMap<>();
		if (!ids.isEmpty()) {
			this.entityManager
				.createQuery("select e from MeasureEvent e where e.measure.id in :ids"
						+ " order by e.date.lowerBound nulls last, e.id", MeasureEvent.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((e) -> events.computeIfAbsent(e.getMeasure().getId(), (id) -> new ArrayList<>()).add(e));
		}
		Map<Long, List<Cite>> evidence = evidence("Measure", ids);
		Map<Long, List<Cite>> eventEvidence = evidence("MeasureEvent",
				events.values().stream().flatMap(List::stream).map(MeasureEvent::getId).toList());
		return chunk(measures, Measure::getId, (m) -> {
			String key = key(ExchangeKind.MEASURES, m.getSeedKey(), m.getId());
			return new MeasureData(key, actorKey(m.getImposer()), actorKey(m.getTarget()), m.getType(), m.getTitle(),
					Interchange.text(m.getDescription()), Interchange.text(m.getLegalBasis()),
					(m.getCoalition() != null)
							? key(ExchangeKind.COALITIONS, m.getCoalition().getSeedKey(), m.getCoalition().getId())
							: null,
					evidence.getOrDefault(m.getId(), List.of()),
					events.getOrDefault(m.getId(), List.of())
						.stream()
						.map((e) -> new EventData(key(ExchangeKind.EVENTS, e.getSeedKey(), e.getId()), key, e.getKind(),
								e.getDate(), Interchange.text(e.getDateBasis()), Interchange.text(e.getNote()),
								eventEvidence.getOrDefault(e.getId(), List.of()), null))
						.toList());
		});
	}

	@Transactional(readOnly = true)
	public Chunk<EventData> events(Specification<MeasureEvent> spec, long afterId, int limit) {
		List<MeasureEvent> events = page(MeasureEvent.class, spec, afterId, limit, (root) -> {
			var measure = root.fetch("measure");
			measure.fetch("imposer");
			measure.fetch("target");
		});
		Map<Long, List<Cite>> evidence = evidence("MeasureEvent", events.stream().map(MeasureEvent::getId).toList());
		return chunk(events, MeasureEvent::getId, (e) -> {
			Measure m = e.getMeasure();
			return new EventData(key(ExchangeKind.EVENTS, e.getSeedKey(), e.getId()),
					key(ExchangeKind.MEASURES, m.getSeedKey(), m.getId()), e.getKind(), e.getDate(),
					Interchange.text(e.getDateBasis()), Interchange.text(e.getNote()),
					evidence.getOrDefault(e.getId(), List.of()),
					new EventContext(m.getTitle(), actorKey(m.getImposer()), actorKey(m.getTarget()), m.getType()));
		});
	}

	@Transactional(readOnly = true)
	public Chunk<EnforcementData> enforcementActions(Specification<EnforcementAction> spec, long afterId, int limit) {
		List<EnforcementAction> actions = page(EnforcementAction.class, spec, afterId, limit, (root) -> {
			root.fetch("actor");
			root.fetch("target", JoinType.LEFT);
			root.fetch("measure", JoinType.LEFT);
		});
		Map<Long, List<Cite>> evidence = evidence("EnforcementAction",
				actions.stream().map(EnforcementAction::getId).toList());
		return chunk(actions, EnforcementAction::getId,
				(a) -> new EnforcementData(key(ExchangeKind.ENFORCEMENT_ACTIONS, a.getSeedKey(), a.getId()),
						actorKey(a.getActor()), actorKey(a.getTarget()), Interchange.text(a.getTargetDescription()),
						a.getKind(), a.getDate(), Interchange.text(a.getDateBasis()), a.getDescription(),
						measureKey(a.getMeasure()), evidence.getOrDefault(a.getId(), List.of())));
	}

	@Transactional(readOnly = true)
	public Chunk<FigureData> figures(Specification<Figure> spec, long afterId, int limit) {
		List<Figure> figures = page(Figure.class, spec, afterId, limit, (root) -> {
			root.fetch("actor", JoinType.LEFT);
			root.fetch("measure", JoinType.LEFT);
		});
		Map<Long, List<Cite>> evidence = evidence("Figure", figures.stream().map(Figure::getId).toList());
		return chunk(figures, Figure::getId,
				(f) -> new FigureData(key(ExchangeKind.FIGURES, f.getSeedKey(), f.getId()),
						Interchange.amount(f.getAmount()), Interchange.amount(f.getAmountMax()), f.getCurrency(),
						f.getPeriod(), f.getLabel(), actorKey(f.getActor()), measureKey(f.getMeasure()), f.getDate(),
						Interchange.text(f.getDateBasis()), evidence.getOrDefault(f.getId(), List.of())));
	}

	// ---- helpers

	private <T> List<T> page(Class<T> type, Specification<T> spec, long afterId, int limit, Consumer<Root<T>> fetches) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		fetches.accept(root);
		Predicate after = cb.greaterThan(root.get("id"), afterId);
		Predicate filter = (spec != null) ? spec.toPredicate(root, query, cb) : null;
		query.select(root).where((filter != null) ? cb.and(filter, after) : after).orderBy(cb.asc(root.get("id")));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	private static <E, T> Chunk<T> chunk(List<E> entities, Function<E, Long> id, Function<E, T> convert) {
		long last = entities.isEmpty() ? -1 : id.apply(entities.get(entities.size() - 1));
		return new Chunk<>(entities.stream().map(convert).toList(), last);
	}

	/**
	 * The evidence each record of a page cites, in the order of {@link Cite#ORDER}. A
	 * passage carries its offset only when its quote occurs more than once in its
	 * document.
	 */
	private Map<Long, List<Cite>> evidence(String entity, Collection<Long> ids) {
		Map<Long, List<Ordered>> result = new HashMap<>();
		if (ids.isEmpty()) {
			return Map.of();
		}
		String jpql = "select o.id, d.id, d.seedKey, ev.quote, ev.startOffset, ev.url,"
				+ " case when d.id is not null and (locate(ev.quote, d.text) <> ev.startOffset + 1"
				+ " or locate(ev.quote, d.text, ev.startOffset + 2) > 0) then 1 else 0 end" + " from " + entity
				+ " o join o.evidence ev left join ev.document d where o.id in :ids";
		for (Object[] row : this.entityManager.createQuery(jpql, Object[].class)
			.setParameter("ids", ids)
			.getResultList()) {
			Long documentId = (Long) row[1];
			Cite cite;
			if (documentId == null) {
				cite = Cite.web((String) row[5]);
			}
			else {
				boolean ambiguous = ((Number) row[6]).intValue() == 1;
				cite = Cite.passage(documentKey((String) row[2], documentId), (String) row[3],
						ambiguous ? (Integer) row[4] : null);
			}
			result.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(new Ordered(documentId, row, cite));
		}
		Map<Long, List<Cite>> sorted = new HashMap<>();
		result.forEach(
				(owner, cites) -> sorted.put(owner, cites.stream().sorted(Ordered.ORDER).map(Ordered::cite).toList()));
		return sorted;
	}

	/** A cite with what orders it: documents in id order, then offsets, then URLs. */
	private record Ordered(Long documentId, Integer start, String url, Cite cite) {

		Ordered(Long documentId, Object[] row, Cite cite) {
			this(documentId, (Integer) row[4], (String) row[5], cite);
		}

		static final Comparator<Ordered> ORDER = Comparator
			.comparing(Ordered::documentId, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Ordered::start, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Ordered::url, Comparator.nullsLast(Comparator.naturalOrder()));

	}

	private static List<String> sortedAliases(List<String> aliases) {
		return aliases.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList();
	}

	private String key(ExchangeKind kind, String seedKey, Long id) {
		return this.keys.key(kind, seedKey, id);
	}

	private String documentKey(String seedKey, Long id) {
		return this.keys.key(ExchangeKind.DOCUMENTS, seedKey, id);
	}

	private String actorKey(Actor actor) {
		return (actor != null) ? key(ExchangeKind.ACTORS, actor.getSeedKey(), actor.getId()) : null;
	}

	private String measureKey(Measure measure) {
		return (measure != null) ? key(ExchangeKind.MEASURES, measure.getSeedKey(), measure.getId()) : null;
	}

}
