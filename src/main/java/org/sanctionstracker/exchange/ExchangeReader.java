package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DecisionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventContext;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records for export in keyset pages: each call reads the records after an id, in
 * id order, in its own read-only transaction, so nothing is held open between pages
 * however large the export. A page is read as plain columns (no entities, so no
 * persistence context to fill and flush), with one query for the records and one for each
 * kind of child (events, memberships, aliases, evidence). Children are read by the id
 * range of the page, which the database serves from an index range scan, and kept for the
 * page's records.
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

	/**
	 * What one export has learned about the source documents that evidence cites: their
	 * keys, and the texts of the most recently cited ones (to tell whether a quote needs
	 * its offset). An export makes one and hands it to every page it reads.
	 */
	static final class Documents {

		private static final int TEXTS_KEPT = 64;

		private final Map<Long, String> keys = new HashMap<>();

		private final Map<Long, String> texts = new LinkedHashMap<>(TEXTS_KEPT * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
				return size() > TEXTS_KEPT;
			}

		};

	}

	private final EntityManager entityManager;

	private final ExchangeKeys keys;

	ExchangeReader(EntityManager entityManager, ExchangeKeys keys) {
		this.entityManager = entityManager;
		this.keys = keys;
	}

	@Transactional(readOnly = true)
	public Chunk<DocumentData> documents(long afterId, int limit) {
		List<SourceDocument> documents = this.entityManager
			.createQuery("select d from SourceDocument d where d.id > :after order by d.id", SourceDocument.class)
			.setParameter("after", afterId)
			.setMaxResults(limit)
			.getResultList();
		long last = documents.isEmpty() ? -1 : documents.get(documents.size() - 1).getId();
		return new Chunk<>(documents.stream()
			.map((d) -> new DocumentData(documentKey(d.getSeedKey(), d.getId()), d.getSeedFile(), d.getTextSha256(),
					d.getTitle(), Interchange.text(d.getAuthor()), Interchange.text(d.getPublisher()), d.getPublished(),
					d.getKind(), Interchange.text(d.getUrl()), Interchange.text(d.getBasis()), d.getText()))
			.toList(), last);
	}

	@Transactional(readOnly = true)
	public Chunk<ActorData> actors(Specification<Actor> spec, long afterId, int limit, Documents documents) {
		List<Object[]> rows = page(Actor.class, spec, afterId, limit, (root) -> List.of(root.get("id"),
				root.get("seedKey"), root.get("name"), root.get("kind"), root.get("iso3"), root.get("description")));
		Range range = Range.of(rows);
		Map<Long, List<String>> aliases = new HashMap<>();
		if (!range.isEmpty()) {
			range
				.bind(this.entityManager.createQuery(
						"select a.id, alias from Actor a join a.aliases alias where a.id between :first and :last",
						Object[].class))
				.getResultList()
				.forEach((row) -> aliases.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add((String) row[1]));
		}
		Map<Long, List<Cite>> evidence = evidence("Actor", "o.id", range, documents);
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			return new ActorData(key(ExchangeKind.ACTORS, (String) r[1], id), (String) r[2], (ActorKind) r[3],
					(String) r[4], sortedAliases(aliases.getOrDefault(id, List.of())), Interchange.text((String) r[5]),
					evidence.getOrDefault(id, List.of()));
		});
	}

	@Transactional(readOnly = true)
	public Chunk<CoalitionData> coalitions(Specification<Coalition> spec, long afterId, int limit, boolean withMembers,
			Documents documents) {
		List<Object[]> rows = page(Coalition.class, spec, afterId, limit, (root) -> List.of(root.get("id"),
				root.get("seedKey"), root.get("name"), root.get("kind"), root.get("description"), root.get("basis")));
		Range range = Range.of(rows);
		Map<Long, List<Object[]>> members = new HashMap<>();
		Map<Long, List<Cite>> memberEvidence = Map.of();
		if (withMembers && !range.isEmpty()) {
			range.bind(this.entityManager.createQuery("""
					select m.coalition.id, m.id, m.seedKey, a.id, a.seedKey, m.basis, m.joined.lowerBound,
					    m.joined.precision, m.left.lowerBound, m.left.precision, m.dateBasis, m.note
					from CoalitionMembership m join m.actor a
					where m.coalition.id between :first and :last
					order by m.joined.lowerBound nulls last, m.id""", Object[].class))
				.getResultList()
				.forEach((row) -> members.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(row));
			memberEvidence = evidence("CoalitionMembership", "o.coalition.id", range, documents);
		}
		Map<Long, List<Cite>> evidence = evidence("Coalition", "o.id", range, documents);
		Map<Long, List<Cite>> ofMembers = memberEvidence;
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			String key = key(ExchangeKind.COALITIONS, (String) r[1], id);
			return new CoalitionData(key, (String) r[2], (CoalitionKind) r[3], Interchange.text((String) r[4]),
					Interchange.text((String) r[5]), evidence.getOrDefault(id, List.of()),
					members.getOrDefault(id, List.of())
						.stream()
						.map((m) -> new MemberData(key(ExchangeKind.MEMBERSHIPS, (String) m[2], (Long) m[1]), key,
								key(ExchangeKind.ACTORS, (String) m[4], (Long) m[3]), (MembershipBasis) m[5],
								date(m[6], m[7]), date(m[8], m[9]), Interchange.text((String) m[10]),
								Interchange.text((String) m[11]), ofMembers.getOrDefault((Long) m[1], List.of())))
						.toList());
		});
	}

	@Transactional(readOnly = true)
	public Chunk<MeasureData> measures(Specification<Measure> spec, long afterId, int limit, boolean withEvents,
			Documents documents) {
		List<Object[]> rows = page(Measure.class, spec, afterId, limit, (root) -> {
			Join<Measure, Actor> imposer = root.join("imposer");
			Join<Measure, Actor> target = root.join("target");
			Join<Measure, Coalition> coalition = root.join("coalition", JoinType.LEFT);
			return List.of(root.get("id"), root.get("seedKey"), imposer.get("id"), imposer.get("seedKey"),
					target.get("id"), target.get("seedKey"), root.get("type"), root.get("title"),
					root.get("description"), root.get("legalBasis"), coalition.get("id"), coalition.get("seedKey"));
		});
		Range range = Range.of(rows);
		Map<Long, List<Object[]>> events = new HashMap<>();
		Map<Long, List<Cite>> eventEvidence = Map.of();
		if (withEvents && !range.isEmpty()) {
			range.bind(this.entityManager.createQuery("""
					select e.measure.id, e.id, e.seedKey, e.kind, e.date.lowerBound, e.date.precision,
					    e.dateBasis, e.note
					from MeasureEvent e
					where e.measure.id between :first and :last
					order by e.date.lowerBound nulls last, e.id""", Object[].class))
				.getResultList()
				.forEach((row) -> events.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(row));
			eventEvidence = evidence("MeasureEvent", "o.measure.id", range, documents);
		}
		Map<Long, List<Cite>> evidence = evidence("Measure", "o.id", range, documents);
		Map<Long, List<Cite>> ofEvents = eventEvidence;
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			String key = key(ExchangeKind.MEASURES, (String) r[1], id);
			return new MeasureData(key, key(ExchangeKind.ACTORS, (String) r[3], (Long) r[2]),
					key(ExchangeKind.ACTORS, (String) r[5], (Long) r[4]), (MeasureType) r[6], (String) r[7],
					Interchange.text((String) r[8]), Interchange.text((String) r[9]),
					(r[10] != null) ? key(ExchangeKind.COALITIONS, (String) r[11], (Long) r[10]) : null,
					evidence.getOrDefault(id, List.of()),
					events.getOrDefault(id, List.of())
						.stream()
						.map((e) -> new EventData(key(ExchangeKind.EVENTS, (String) e[2], (Long) e[1]), key,
								(EventKind) e[3], date(e[4], e[5]), Interchange.text((String) e[6]),
								Interchange.text((String) e[7]), ofEvents.getOrDefault((Long) e[1], List.of()), null))
						.toList());
		});
	}

	@Transactional(readOnly = true)
	public Chunk<EventData> events(Specification<MeasureEvent> spec, long afterId, int limit, Documents documents) {
		List<Object[]> rows = page(MeasureEvent.class, spec, afterId, limit, (root) -> {
			Join<MeasureEvent, Measure> measure = root.join("measure");
			Join<Measure, Actor> imposer = measure.join("imposer");
			Join<Measure, Actor> target = measure.join("target");
			Path<PartialDate> date = root.get("date");
			return List.of(root.get("id"), root.get("seedKey"), measure.get("id"), measure.get("seedKey"),
					root.get("kind"), date.get("lowerBound"), date.get("precision"), root.get("dateBasis"),
					root.get("note"), measure.get("title"), imposer.get("id"), imposer.get("seedKey"), target.get("id"),
					target.get("seedKey"), measure.get("type"));
		});
		Map<Long, List<Cite>> evidence = evidence("MeasureEvent", "o.id", Range.of(rows), documents);
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			return new EventData(key(ExchangeKind.EVENTS, (String) r[1], id),
					key(ExchangeKind.MEASURES, (String) r[3], (Long) r[2]), (EventKind) r[4], date(r[5], r[6]),
					Interchange.text((String) r[7]), Interchange.text((String) r[8]),
					evidence.getOrDefault(id, List.of()),
					new EventContext((String) r[9], key(ExchangeKind.ACTORS, (String) r[11], (Long) r[10]),
							key(ExchangeKind.ACTORS, (String) r[13], (Long) r[12]), (MeasureType) r[14]));
		});
	}

	@Transactional(readOnly = true)
	public Chunk<EnforcementData> enforcementActions(Specification<EnforcementAction> spec, long afterId, int limit,
			Documents documents) {
		List<Object[]> rows = page(EnforcementAction.class, spec, afterId, limit, (root) -> {
			Join<EnforcementAction, Actor> actor = root.join("actor");
			Join<EnforcementAction, Actor> target = root.join("target", JoinType.LEFT);
			Join<EnforcementAction, Measure> measure = root.join("measure", JoinType.LEFT);
			Path<PartialDate> date = root.get("date");
			return List.of(root.get("id"), root.get("seedKey"), actor.get("id"), actor.get("seedKey"), target.get("id"),
					target.get("seedKey"), root.get("targetDescription"), root.get("kind"), date.get("lowerBound"),
					date.get("precision"), root.get("dateBasis"), root.get("description"), measure.get("id"),
					measure.get("seedKey"));
		});
		Map<Long, List<Cite>> evidence = evidence("EnforcementAction", "o.id", Range.of(rows), documents);
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			return new EnforcementData(key(ExchangeKind.ENFORCEMENT_ACTIONS, (String) r[1], id),
					key(ExchangeKind.ACTORS, (String) r[3], (Long) r[2]),
					(r[4] != null) ? key(ExchangeKind.ACTORS, (String) r[5], (Long) r[4]) : null,
					Interchange.text((String) r[6]), (EnforcementKind) r[7], date(r[8], r[9]),
					Interchange.text((String) r[10]), (String) r[11],
					(r[12] != null) ? key(ExchangeKind.MEASURES, (String) r[13], (Long) r[12]) : null,
					evidence.getOrDefault(id, List.of()));
		});
	}

	@Transactional(readOnly = true)
	public Chunk<FigureData> figures(Specification<Figure> spec, long afterId, int limit, Documents documents) {
		List<Object[]> rows = page(Figure.class, spec, afterId, limit, (root) -> {
			Join<Figure, Actor> actor = root.join("actor", JoinType.LEFT);
			Join<Figure, Measure> measure = root.join("measure", JoinType.LEFT);
			Path<PartialDate> date = root.get("date");
			return List.of(root.get("id"), root.get("seedKey"), root.get("amount"), root.get("amountMax"),
					root.get("currency"), root.get("period"), root.get("label"), actor.get("id"), actor.get("seedKey"),
					measure.get("id"), measure.get("seedKey"), date.get("lowerBound"), date.get("precision"),
					root.get("dateBasis"));
		});
		Map<Long, List<Cite>> evidence = evidence("Figure", "o.id", Range.of(rows), documents);
		return chunk(rows, (r) -> {
			Long id = (Long) r[0];
			return new FigureData(key(ExchangeKind.FIGURES, (String) r[1], id), Interchange.amount((BigDecimal) r[2]),
					Interchange.amount((BigDecimal) r[3]), (String) r[4], (FigurePeriod) r[5], (String) r[6],
					(r[7] != null) ? key(ExchangeKind.ACTORS, (String) r[8], (Long) r[7]) : null,
					(r[9] != null) ? key(ExchangeKind.MEASURES, (String) r[10], (Long) r[9]) : null, date(r[11], r[12]),
					Interchange.text((String) r[13]), evidence.getOrDefault(id, List.of()));
		});
	}

	/**
	 * The decisions that sentences are not records, those that stand (withdrawn ones,
	 * without a reason, are left out). A decision names its sentence as the importer
	 * reads it ({@link DecisionImport}): by the sentence's text (its first
	 * {@value Evidence#QUOTE_MAX_LENGTH} characters when longer), with the offset only
	 * when that text occurs more than once in the document.
	 * @param afterId the id to read after
	 * @param limit at most how many
	 * @param documents what the export knows about the documents
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Chunk<DecisionData> decisions(long afterId, int limit, Documents documents) {
		List<Object[]> rows = this.entityManager.createQuery("""
				select s.id, s.seedKey, s.document.id, s.startOffset, s.endOffset, s.reason
				from SentenceDecision s
				where s.id > :after and s.reason is not null
				order by s.id""", Object[].class).setParameter("after", afterId).setMaxResults(limit).getResultList();
		Map<Long, String> texts = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (Object[] row : rows) {
			Long documentId = (Long) row[2];
			String text = documents.texts.get(documentId);
			if (text != null && documents.keys.containsKey(documentId)) {
				texts.put(documentId, text);
			}
			else {
				missing.add(documentId);
			}
		}
		texts.putAll(readDocuments(missing, documents));
		return chunk(rows, (r) -> {
			Long documentId = (Long) r[2];
			String text = texts.get(documentId);
			int start = (Integer) r[3];
			int end = Math.min((Integer) r[4], start + Evidence.QUOTE_MAX_LENGTH);
			if (end < (Integer) r[4] && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			String quote = text.substring(start, end);
			boolean ambiguous = !Citations.locatesItself(text, quote, start);
			return new DecisionData(key(ExchangeKind.DECISIONS, (String) r[1], (Long) r[0]),
					Cite.passage(documents.keys.get(documentId), quote, ambiguous ? start : null), (String) r[5]);
		});
	}

	// ---- helpers

	/**
	 * One page of records as columns: those after {@code afterId} that match the
	 * specification, in id order. The first column must be the id.
	 */
	private <T> List<Object[]> page(Class<T> type, Specification<T> spec, long afterId, int limit,
			Function<Root<T>, List<Selection<?>>> columns) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<T> root = query.from(type);
		query.multiselect(columns.apply(root));
		Predicate after = cb.greaterThan(root.get("id"), afterId);
		Predicate filter = (spec != null) ? spec.toPredicate(root, query, cb) : null;
		query.where((filter != null) ? cb.and(filter, after) : after).orderBy(cb.asc(root.get("id")));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	private static <T> Chunk<T> chunk(List<Object[]> rows, Function<Object[], T> convert) {
		long last = rows.isEmpty() ? -1 : (Long) rows.get(rows.size() - 1)[0];
		return new Chunk<>(rows.stream().map(convert).toList(), last);
	}

	private static PartialDate date(Object lowerBound, Object precision) {
		return new PartialDate((LocalDate) lowerBound, (DatePrecision) precision);
	}

	/** The ids of a page, first to last; children are read for this range. */
	private record Range(long first, long last, Set<Long> ids) {

		static Range of(List<Object[]> rows) {
			Set<Long> ids = new HashSet<>();
			rows.forEach((row) -> ids.add((Long) row[0]));
			return rows.isEmpty() ? new Range(0, -1, ids)
					: new Range((Long) rows.get(0)[0], (Long) rows.get(rows.size() - 1)[0], ids);
		}

		boolean isEmpty() {
			return this.ids.isEmpty();
		}

		<Q extends jakarta.persistence.Query> Q bind(Q query) {
			query.setParameter("first", this.first);
			query.setParameter("last", this.last);
			return query;
		}

	}

	/**
	 * The evidence that records cite, in the order of {@link Cite#ORDER}, by record id. A
	 * passage carries its offset only when its quote occurs more than once in its
	 * document.
	 * @param entity the citing entity
	 * @param owner the path of the page's id on the citing entity ({@code o.id}, or e.g.
	 * {@code o.measure.id} for the events of a page of measures)
	 * @param range the page
	 * @param documents what the export knows about the documents
	 */
	private Map<Long, List<Cite>> evidence(String entity, String owner, Range range, Documents documents) {
		if (range.isEmpty()) {
			return Map.of();
		}
		String jpql = "select " + owner + ", o.id, ev.document.id, ev.quote, ev.startOffset, ev.url from " + entity
				+ " o join o.evidence ev where " + owner + " between :first and :last";
		List<Object[]> rows = new ArrayList<>();
		Map<Long, String> texts = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (Object[] row : range.bind(this.entityManager.createQuery(jpql, Object[].class)).getResultList()) {
			if (!range.ids().contains((Long) row[0])) {
				continue; // in the id range, but not a record of this page
			}
			rows.add(row);
			Long documentId = (Long) row[2];
			if (documentId != null && !texts.containsKey(documentId)) {
				String text = documents.texts.get(documentId);
				if (text != null && documents.keys.containsKey(documentId)) {
					texts.put(documentId, text);
				}
				else {
					missing.add(documentId);
				}
			}
		}
		texts.putAll(readDocuments(missing, documents));
		Map<Long, List<Ordered>> result = new HashMap<>();
		for (Object[] row : rows) {
			Long documentId = (Long) row[2];
			Cite cite;
			if (documentId == null) {
				cite = Cite.web((String) row[5]);
			}
			else {
				String text = texts.get(documentId);
				String quote = (String) row[3];
				int start = (Integer) row[4];
				boolean ambiguous = !Citations.locatesItself(text, quote, start);
				cite = Cite.passage(documents.keys.get(documentId), quote, ambiguous ? start : null);
			}
			result.computeIfAbsent((Long) row[1], (id) -> new ArrayList<>())
				.add(new Ordered(documentId, (Integer) row[4], (String) row[5], cite));
		}
		Map<Long, List<Cite>> sorted = new HashMap<>();
		result.forEach((id, cites) -> sorted.put(id, cites.stream().sorted(Ordered.ORDER).map(Ordered::cite).toList()));
		return sorted;
	}

	private Map<Long, String> readDocuments(Collection<Long> ids, Documents documents) {
		Map<Long, String> texts = new HashMap<>();
		if (ids.isEmpty()) {
			return texts;
		}
		this.entityManager
			.createQuery("select d.id, d.seedKey, d.text from SourceDocument d where d.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((row) -> {
				documents.keys.put((Long) row[0], documentKey((String) row[1], (Long) row[0]));
				documents.texts.put((Long) row[0], (String) row[2]);
				texts.put((Long) row[0], (String) row[2]);
			});
		return texts;
	}

	/** A cite with what orders it: documents in id order, then offsets, then URLs. */
	private record Ordered(Long documentId, Integer start, String url, Cite cite) {

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

}
