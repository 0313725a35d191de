package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SourceDocument;

import org.springframework.stereotype.Component;

/**
 * Applies an {@link ImportFile} to the database inside the caller's transaction, checking
 * everything on the way: keys, references (to records in the file or in the database),
 * quotes found verbatim in their documents, the entities' own rules (lifecycle order,
 * periods, ranges) and Bean Validation, the database's unique names. It returns what each
 * record does (new, changed, unchanged) and every problem; the caller commits only when
 * there is none, and rolls back otherwise, so the preview and the commit run the very
 * same code.
 *
 * <p>
 * Records are matched by key. A record already in the database may be changed in the
 * fields its entity lets an editor change; a change to what identifies it (a measure's
 * imposer, target or type, an event's kind or date, an enforcement action's actor, kind
 * or date, a figure's amount, currency, period or label, a member's actor, a document's
 * text) is refused for that record. Records not in the file are left alone: import never
 * deletes.
 */
@Component
class Importer {

	/**
	 * What a run found.
	 *
	 * @param rows what each record does
	 * @param issues every problem
	 * @param versions the version of each record found in the database, by kind and key
	 * ({@code -1} for a record that is new), for the commit to check nothing changed
	 * since the preview
	 */
	record Result(List<PreviewRow> rows, List<ImportIssue> issues, Map<String, Long> versions) {

	}

	/** How many keys one query of {@link Run#prefetch()} looks for. */
	private static final int PREFETCH_BATCH = 500;

	private final EntityManager entityManager;

	private final Validator validator;

	private final ExchangeKeys keys;

	Importer(EntityManager entityManager, Validator validator, ExchangeKeys keys) {
		this.entityManager = entityManager;
		this.validator = validator;
		this.keys = keys;
	}

	/**
	 * Applies a file in the current transaction and flushes when there is no problem.
	 * @param file the file as read
	 * @param expectedVersions the versions the preview saw, or {@code null} for a preview
	 * @param progress told the share done, in per mille
	 * @return the rows and problems
	 */
	Result run(ImportFile file, Map<String, Long> expectedVersions, IntConsumer progress) {
		return new Run(file, expectedVersions, progress).run();
	}

	private final class Run {

		private final ImportFile file;

		private final Map<String, Long> expected;

		private final IntConsumer progress;

		private final List<PreviewRow> rows = new ArrayList<>();

		private final List<ImportIssue> issues = new ArrayList<>();

		private final Map<String, Long> versions = new HashMap<>();

		private final Map<String, SourceDocument> documents = new HashMap<>();

		private final Map<String, Actor> actors = new HashMap<>();

		private final Map<String, Coalition> coalitions = new HashMap<>();

		private final Map<String, Measure> measures = new HashMap<>();

		private final Map<ExchangeKind, Set<String>> fileKeys = new HashMap<>();

		private final Map<String, Optional<Object>> lookups = new HashMap<>();

		private final Map<String, Evidence> passages = new HashMap<>();

		/** The passages of each document read so far, by offsets ({@code start:end}). */
		private final Map<Long, Map<String, Evidence>> documentPassages = new HashMap<>();

		/** Documents this run created: they cannot have passages in the database yet. */
		private final Set<SourceDocument> createdDocuments = new HashSet<>();

		private final Map<String, String> actorNames = new HashMap<>();

		private final Map<String, String> actorCodes = new HashMap<>();

		private final Map<String, String> coalitionNames = new HashMap<>();

		private final int total;

		private int done;

		Run(ImportFile file, Map<String, Long> expected, IntConsumer progress) {
			this.file = file;
			this.expected = expected;
			this.progress = progress;
			this.total = Math.max(1, file.recordCount());
		}

		Result run() {
			this.issues.addAll(this.file.issues);
			entityManager.setFlushMode(FlushModeType.COMMIT);
			collectKeys();
			prefetch();
			this.file.documents.forEach(this::document);
			this.file.actors.forEach(this::actor);
			this.file.coalitions.forEach(this::coalition);
			this.file.measures.forEach(this::measure);
			this.file.events.forEach((event) -> event(event.location(), event.data(), event.readable(), null));
			this.file.enforcementActions.forEach(this::enforcement);
			this.file.figures.forEach(this::figure);
			if (this.issues.isEmpty()) {
				try {
					entityManager.flush();
				}
				catch (PersistenceException ex) {
					Throwable cause = ex;
					while (cause.getCause() != null) {
						cause = cause.getCause();
					}
					this.issues.add(new ImportIssue(ImportFileReader.FILE, null, null,
							"the database refused the import: " + cause.getMessage()));
				}
			}
			return new Result(this.rows, this.issues, this.versions);
		}

		// ---- keys

		private void collectKeys() {
			keysOf(ExchangeKind.DOCUMENTS, this.file.documents.stream().map((r) -> at(r, r.data().key())).toList());
			keysOf(ExchangeKind.ACTORS, this.file.actors.stream().map((r) -> at(r, r.data().key())).toList());
			keysOf(ExchangeKind.COALITIONS, this.file.coalitions.stream().map((r) -> at(r, r.data().key())).toList());
			keysOf(ExchangeKind.MEMBERSHIPS, this.file.coalitions.stream()
				.flatMap((c) -> c.data().members().stream().map((m) -> new KeyAt(c.location() + ".members", m.key())))
				.toList());
			keysOf(ExchangeKind.MEASURES, this.file.measures.stream().map((r) -> at(r, r.data().key())).toList());
			List<KeyAt> events = new ArrayList<>();
			this.file.measures.forEach(
					(m) -> m.data().events().forEach((e) -> events.add(new KeyAt(m.location() + ".events", e.key()))));
			this.file.events.forEach((e) -> events.add(at(e, e.data().key())));
			keysOf(ExchangeKind.EVENTS, events);
			keysOf(ExchangeKind.ENFORCEMENT_ACTIONS,
					this.file.enforcementActions.stream().map((r) -> at(r, r.data().key())).toList());
			keysOf(ExchangeKind.FIGURES, this.file.figures.stream().map((r) -> at(r, r.data().key())).toList());
		}

		private record KeyAt(String location, String key) {
		}

		private static KeyAt at(Located<?> record, String key) {
			return new KeyAt(record.location(), key);
		}

		private void keysOf(ExchangeKind kind, List<KeyAt> keys) {
			Set<String> seen = new HashSet<>();
			for (KeyAt key : keys) {
				if (key.key() != null && !seen.add(key.key())) {
					this.issues.add(new ImportIssue(key.location(), key.key(), "key",
							"the key '" + key.key() + "' is used by another " + singular(kind) + " in this file"));
				}
			}
			this.fileKeys.put(kind, seen);
		}

		private final Set<String> processed = new HashSet<>();

		private boolean usable(Located<?> record, String key) {
			return record.readable() && ExchangeKeys.problem(key) == null;
		}

		/**
		 * Whether this is the first record of its kind with this key (a repeat has its
		 * issue).
		 */
		private boolean first(ExchangeKind kind, String key) {
			return this.processed.add(kind.name() + ":" + key);
		}

		// ---- documents

		private void document(Located<DocumentData> record) {
			DocumentData d = record.data();
			String where = record.location();
			tick();
			if (!usable(record, d.key()) || d.text() == null || !first(ExchangeKind.DOCUMENTS, d.key())) {
				return;
			}
			String sha = SourceDocument.sha256(d.text());
			if (d.sha256() != null && !d.sha256().equalsIgnoreCase(sha)) {
				issue(where, d.key(), "sha256", "does not match the text (the text's SHA-256 is " + sha + ")");
				return;
			}
			SourceDocument existing = lookup(SourceDocument.class, ExchangeKind.DOCUMENTS, d.key());
			SourceDocument sameText = entityManager
				.createQuery("select d from SourceDocument d where d.textSha256 = :sha", SourceDocument.class)
				.setParameter("sha", sha)
				.getResultStream()
				.findFirst()
				.orElse(null);
			if (existing == null && sameText != null) {
				issue(where, d.key(), "text",
						"this text is already in the database as document '"
								+ keys.key(ExchangeKind.DOCUMENTS, sameText.getSeedKey(), sameText.getId())
								+ "'; use that key");
				return;
			}
			if (existing == null) {
				if (d.file() != null && entityManager
					.createQuery("select count(d) from SourceDocument d where d.seedFile = :file", Long.class)
					.setParameter("file", d.file())
					.getSingleResult() > 0) {
					issue(where, d.key(), "file", "another document already comes from '" + d.file() + "'");
					return;
				}
				SourceDocument created = build(where, d.key(),
						() -> new SourceDocument(d.title(), d.kind(), d.published(), d.text()));
				if (created == null) {
					return;
				}
				created.setSeedKey(d.key());
				created.setSeedFile(d.file());
				applyDocument(created, d);
				if (persist(where, d.key(), created)) {
					added(ExchangeKind.DOCUMENTS, d.key(), d.title(), where);
					this.createdDocuments.add(created);
				}
				this.documents.put(d.key(), created);
				return;
			}
			this.documents.put(d.key(), existing);
			checkVersion(where, ExchangeKind.DOCUMENTS, d.key(), existing.getVersion());
			List<String> changed = new ArrayList<>();
			differs(changed, "title", existing.getTitle(), d.title());
			differs(changed, "author", existing.getAuthor(), d.author());
			differs(changed, "publisher", existing.getPublisher(), d.publisher());
			differs(changed, "published", existing.getPublished(), d.published());
			differs(changed, "kind", existing.getKind(), d.kind());
			differs(changed, "url", existing.getUrl(), d.url());
			differs(changed, "basis", existing.getBasis(), d.basis());
			if (!existing.getTextSha256().equals(sha)) {
				issue(where, d.key(), "text", "a document's text cannot be changed (quotes are located in it);"
						+ " import the new text as a new document with its own key");
				return;
			}
			if (d.file() != null && !d.file().equals(existing.getSeedFile())) {
				issue(where, d.key(), "file", "cannot be changed");
				return;
			}
			if (!changed.isEmpty()) {
				applyDocument(existing, d);
				validate(where, d.key(), existing);
			}
			row(ExchangeKind.DOCUMENTS, d.key(), changed, d.title(), where);
		}

		private void applyDocument(SourceDocument document, DocumentData d) {
			document.setTitle(d.title());
			document.setAuthor(d.author());
			document.setPublisher(d.publisher());
			document.setPublished(d.published());
			document.setKind(d.kind());
			document.setUrl(d.url());
			document.setBasis(d.basis());
		}

		// ---- actors

		private void actor(Located<ActorData> record) {
			ActorData d = record.data();
			String where = record.location();
			tick();
			if (!usable(record, d.key()) || !first(ExchangeKind.ACTORS, d.key())) {
				return;
			}
			Actor existing = lookup(Actor.class, ExchangeKind.ACTORS, d.key());
			Long ownId = (existing != null) ? existing.getId() : null;
			boolean unique = unique(where, d.key(), "name", d.name(), this.actorNames,
					"select a.id from Actor a where a.name = :value", ownId, "an actor");
			unique &= d.iso3() == null || unique(where, d.key(), "iso3", d.iso3(), this.actorCodes,
					"select a.id from Actor a where a.iso3 = :value", ownId, "an actor");
			List<Evidence> evidence = evidence(where, d.key(), d.evidence());
			if (existing == null) {
				Actor created = build(where, d.key(), () -> new Actor(d.name(), d.kind(), d.iso3()));
				if (created == null || evidence == null || !unique) {
					return;
				}
				created.setSeedKey(d.key());
				created.setDescription(d.description());
				created.getAliases().addAll(d.aliases());
				created.getEvidence().addAll(evidence);
				if (persist(where, d.key(), created)) {
					added(ExchangeKind.ACTORS, d.key(), d.name(), where);
					this.actors.put(d.key(), created);
				}
				return;
			}
			this.actors.put(d.key(), existing);
			checkVersion(where, ExchangeKind.ACTORS, d.key(), existing.getVersion());
			if (evidence == null || !unique) {
				return;
			}
			List<String> changed = new ArrayList<>();
			differs(changed, "name", existing.getName(), d.name());
			differs(changed, "kind", existing.getKind(), d.kind());
			differs(changed, "iso3", existing.getIso3(), d.iso3());
			differs(changed, "aliases", new HashSet<>(existing.getAliases()), new HashSet<>(d.aliases()));
			differs(changed, "description", existing.getDescription(), d.description());
			differsEvidence(changed, existing.getEvidence(), evidence);
			if (!changed.isEmpty()) {
				boolean applied = apply(where, d.key(), () -> {
					existing.setName(d.name());
					existing.setKind(d.kind());
					existing.setIso3(d.iso3());
					existing.setDescription(d.description());
					existing.getAliases().clear();
					existing.getAliases().addAll(d.aliases());
					replace(existing.getEvidence(), evidence);
				});
				if (applied) {
					validate(where, d.key(), existing);
				}
			}
			row(ExchangeKind.ACTORS, d.key(), changed, d.name(), where);
		}

		// ---- coalitions and members

		private void coalition(Located<CoalitionData> record) {
			CoalitionData d = record.data();
			String where = record.location();
			tick();
			if (ExchangeKeys.problem(d.key()) != null || !first(ExchangeKind.COALITIONS, d.key())) {
				return;
			}
			Coalition existing = lookup(Coalition.class, ExchangeKind.COALITIONS, d.key());
			Coalition coalition = existing;
			if (record.readable() || d.name() != null) {
				boolean unique = unique(where, d.key(), "name", d.name(), this.coalitionNames,
						"select c.id from Coalition c where c.name = :value",
						(existing != null) ? existing.getId() : null, "a coalition");
				List<Evidence> evidence = evidence(where, d.key(), d.evidence());
				if (existing == null) {
					if (d.name() != null && d.kind() != null && evidence != null && unique) {
						Coalition created = new Coalition(d.name(), d.kind());
						created.setSeedKey(d.key());
						created.setDescription(d.description());
						created.setBasis(d.basis());
						created.getEvidence().addAll(evidence);
						if (persist(where, d.key(), created)) {
							added(ExchangeKind.COALITIONS, d.key(), d.name(), where);
							coalition = created;
						}
					}
				}
				else {
					checkVersion(where, ExchangeKind.COALITIONS, d.key(), existing.getVersion());
					List<String> changed = new ArrayList<>();
					if (evidence != null && unique && d.name() != null && d.kind() != null) {
						differs(changed, "name", existing.getName(), d.name());
						differs(changed, "kind", existing.getKind(), d.kind());
						differs(changed, "description", existing.getDescription(), d.description());
						differs(changed, "basis", existing.getBasis(), d.basis());
						differsEvidence(changed, existing.getEvidence(), evidence);
						if (!changed.isEmpty()) {
							existing.setName(d.name());
							existing.setKind(d.kind());
							existing.setDescription(d.description());
							existing.setBasis(d.basis());
							replace(existing.getEvidence(), evidence);
							validate(where, d.key(), existing);
						}
					}
					row(ExchangeKind.COALITIONS, d.key(), changed, d.name(), where);
				}
			}
			if (coalition != null) {
				this.coalitions.put(d.key(), coalition);
			}
			for (int i = 0; i < d.members().size(); i++) {
				member(where + ".members[" + i + "]", d.members().get(i), coalition, record.readable());
			}
		}

		private void member(String where, MemberData d, Coalition coalition, boolean readable) {
			tick();
			if (!readable || ExchangeKeys.problem(d.key()) != null || coalition == null
					|| !first(ExchangeKind.MEMBERSHIPS, d.key())) {
				return;
			}
			Actor actor = actor(where, d.key(), "actor", d.actor(), true);
			List<Evidence> evidence = evidence(where, d.key(), d.evidence());
			CoalitionMembership existing = lookup(CoalitionMembership.class, ExchangeKind.MEMBERSHIPS, d.key());
			String summary = d.actor() + " in " + coalition.getName();
			if (existing == null) {
				if (actor == null || evidence == null || d.basis() == null) {
					return;
				}
				CoalitionMembership created = build(where, d.key(),
						() -> new CoalitionMembership(actor, d.basis(), d.joined(), d.left()));
				if (created == null) {
					return;
				}
				created.setSeedKey(d.key());
				created.setDateBasis(d.dateBasis());
				created.setNote(d.note());
				created.getEvidence().addAll(evidence);
				coalition.addMembership(created);
				if (persist(where, d.key(), created)) {
					added(ExchangeKind.MEMBERSHIPS, d.key(), summary, where);
				}
				return;
			}
			checkVersion(where, ExchangeKind.MEMBERSHIPS, d.key(), existing.getVersion());
			if (!Objects.equals(existing.getCoalition().getId(), coalition.getId())) {
				issue(where, d.key(), "key", "this membership belongs to another coalition ("
						+ existing.getCoalition().getName() + ") and cannot move");
				return;
			}
			if (actor == null || evidence == null || d.basis() == null) {
				return;
			}
			if (!Objects.equals(existing.getActor().getId(), actor.getId())) {
				issue(where, d.key(), "actor", unchangeable("a membership's actor"));
				return;
			}
			List<String> changed = new ArrayList<>();
			differs(changed, "basis", existing.getBasis(), d.basis());
			differs(changed, "joined", existing.getJoined(), d.joined());
			differs(changed, "left", existing.getLeft(), d.left());
			differs(changed, "date_basis", existing.getDateBasis(), d.dateBasis());
			differs(changed, "note", existing.getNote(), d.note());
			differsEvidence(changed, existing.getEvidence(), evidence);
			if (!changed.isEmpty() && apply(where, d.key(), () -> {
				existing.setPeriod(d.joined(), d.left());
				existing.setBasis(d.basis());
				existing.setDateBasis(d.dateBasis());
				existing.setNote(d.note());
				replace(existing.getEvidence(), evidence);
			})) {
				validate(where, d.key(), existing);
			}
			row(ExchangeKind.MEMBERSHIPS, d.key(), changed, summary, where);
		}

		// ---- measures and events

		private void measure(Located<MeasureData> record) {
			MeasureData d = record.data();
			String where = record.location();
			tick();
			if (ExchangeKeys.problem(d.key()) != null || !first(ExchangeKind.MEASURES, d.key())) {
				return;
			}
			Measure existing = lookup(Measure.class, ExchangeKind.MEASURES, d.key());
			Measure measure = existing;
			if (record.readable() || d.title() != null) {
				Actor imposer = actor(where, d.key(), "imposer", d.imposer(), true);
				Actor target = actor(where, d.key(), "target", d.target(), true);
				Coalition coalition = coalition(where, d.key(), d.coalition());
				boolean coalitionOk = d.coalition() == null || coalition != null;
				List<Evidence> evidence = evidence(where, d.key(), d.evidence());
				if (existing == null) {
					if (imposer != null && target != null && d.type() != null && coalitionOk && evidence != null) {
						Measure created = build(where, d.key(),
								() -> new Measure(imposer, target, d.type(), d.title()));
						if (created != null) {
							created.setSeedKey(d.key());
							created.setDescription(d.description());
							created.setLegalBasis(d.legalBasis());
							created.setCoalition(coalition);
							created.getEvidence().addAll(evidence);
							if (persist(where, d.key(), created)) {
								added(ExchangeKind.MEASURES, d.key(), d.title(), where);
								measure = created;
							}
						}
					}
				}
				else {
					checkVersion(where, ExchangeKind.MEASURES, d.key(), existing.getVersion());
					List<String> changed = new ArrayList<>();
					if (imposer != null && !imposer.getId().equals(existing.getImposer().getId())) {
						issue(where, d.key(), "imposer", unchangeable("a measure's imposer"));
					}
					else if (target != null && !target.getId().equals(existing.getTarget().getId())) {
						issue(where, d.key(), "target", unchangeable("a measure's target"));
					}
					else if (d.type() != null && d.type() != existing.getType()) {
						issue(where, d.key(), "type", unchangeable("a measure's type"));
					}
					else if (imposer != null && target != null && coalitionOk && evidence != null && d.type() != null) {
						differs(changed, "title", existing.getTitle(), d.title());
						differs(changed, "description", existing.getDescription(), d.description());
						differs(changed, "legal_basis", existing.getLegalBasis(), d.legalBasis());
						differs(changed, "coalition", id(existing.getCoalition()), id(coalition));
						differsEvidence(changed, existing.getEvidence(), evidence);
						if (!changed.isEmpty()) {
							existing.setTitle(d.title());
							existing.setDescription(d.description());
							existing.setLegalBasis(d.legalBasis());
							existing.setCoalition(coalition);
							replace(existing.getEvidence(), evidence);
							validate(where, d.key(), existing);
						}
					}
					row(ExchangeKind.MEASURES, d.key(), changed, d.title(), where);
				}
			}
			if (measure != null) {
				this.measures.put(d.key(), measure);
			}
			for (int i = 0; i < d.events().size(); i++) {
				event(where + ".events[" + i + "]", d.events().get(i), record.readable(), measure);
			}
		}

		/**
		 * An event, in its measure's record ({@code owner} given, {@code null} when the
		 * measure could not be built) or standing alone ({@code owner} found by key).
		 */
		private void event(String where, EventData d, boolean readable, Measure owner) {
			tick();
			if (!readable || ExchangeKeys.problem(d.key()) != null || !first(ExchangeKind.EVENTS, d.key())) {
				return;
			}
			Measure measure = (owner != null) ? owner : measure(where, d.key(), "measure", d.measure(), true);
			if (measure == null) {
				return;
			}
			if (d.context() != null) {
				checkContext(where, d, measure);
			}
			List<Evidence> evidence = evidence(where, d.key(), d.evidence());
			MeasureEvent existing = lookup(MeasureEvent.class, ExchangeKind.EVENTS, d.key());
			String summary = d.kind() + " " + d.date().display() + " · " + measure.getTitle();
			if (existing == null) {
				if (d.kind() == null || evidence == null) {
					return;
				}
				MeasureEvent event = new MeasureEvent(d.kind(), d.date());
				event.setSeedKey(d.key());
				event.setDateBasis(d.dateBasis());
				event.setNote(d.note());
				event.getEvidence().addAll(evidence);
				if (valid(where, d.key(), event) && build(where, d.key(), () -> measure.addEvent(event)) != null
						&& persist(where, d.key(), event)) {
					added(ExchangeKind.EVENTS, d.key(), summary, where);
				}
				return;
			}
			checkVersion(where, ExchangeKind.EVENTS, d.key(), existing.getVersion());
			if (!Objects.equals(existing.getMeasure().getId(), measure.getId())) {
				issue(where, d.key(), "measure", "this event belongs to another measure ('"
						+ existing.getMeasure().getTitle() + "') and cannot move");
				return;
			}
			if (d.kind() != null && d.kind() != existing.getKind()) {
				issue(where, d.key(), "kind", unchangeable("an event's kind"));
				return;
			}
			if (!d.date().equals(existing.getDate())) {
				issue(where, d.key(), "date", unchangeable("an event's date"));
				return;
			}
			if (evidence == null) {
				return;
			}
			List<String> changed = new ArrayList<>();
			differs(changed, "date_basis", existing.getDateBasis(), d.dateBasis());
			differs(changed, "note", existing.getNote(), d.note());
			differsEvidence(changed, existing.getEvidence(), evidence);
			if (!changed.isEmpty()) {
				existing.setDateBasis(d.dateBasis());
				existing.setNote(d.note());
				replace(existing.getEvidence(), evidence);
				validate(where, d.key(), existing);
			}
			row(ExchangeKind.EVENTS, d.key(), changed, summary, where);
		}

		private void checkContext(String where, EventData d, Measure measure) {
			var context = d.context();
			if (context.measureTitle() != null && !context.measureTitle().equals(measure.getTitle())) {
				issue(where, d.key(), "measure_title", "does not match the title of measure '" + d.measure() + "'");
			}
			if (context.imposer() != null && !context.imposer().equals(actorKey(measure.getImposer()))) {
				issue(where, d.key(), "imposer", "does not match the imposer of measure '" + d.measure() + "' ("
						+ actorKey(measure.getImposer()) + ")");
			}
			if (context.target() != null && !context.target().equals(actorKey(measure.getTarget()))) {
				issue(where, d.key(), "target", "does not match the target of measure '" + d.measure() + "' ("
						+ actorKey(measure.getTarget()) + ")");
			}
			if (context.type() != null && context.type() != measure.getType()) {
				issue(where, d.key(), "type",
						"does not match the type of measure '" + d.measure() + "' (" + measure.getType() + ")");
			}
		}

		// ---- enforcement actions and figures

		private void enforcement(Located<EnforcementData> record) {
			EnforcementData d = record.data();
			String where = record.location();
			tick();
			if (!usable(record, d.key()) || !first(ExchangeKind.ENFORCEMENT_ACTIONS, d.key())) {
				return;
			}
			Actor actor = actor(where, d.key(), "actor", d.actor(), true);
			Actor target = actor(where, d.key(), "target", d.target(), false);
			Measure measure = measure(where, d.key(), "measure", d.measure(), false);
			List<Evidence> evidence = evidence(where, d.key(), d.evidence());
			boolean refsOk = actor != null && (d.target() == null || target != null)
					&& (d.measure() == null || measure != null) && evidence != null;
			EnforcementAction existing = lookup(EnforcementAction.class, ExchangeKind.ENFORCEMENT_ACTIONS, d.key());
			String summary = d.kind() + " " + d.date().display() + " · " + d.actor();
			if (existing == null) {
				if (!refsOk) {
					return;
				}
				EnforcementAction created = build(where, d.key(),
						() -> new EnforcementAction(actor, d.kind(), d.date(), d.description()));
				if (created == null) {
					return;
				}
				created.setSeedKey(d.key());
				created.setTarget(target);
				created.setTargetDescription(d.targetDescription());
				created.setDateBasis(d.dateBasis());
				created.setMeasure(measure);
				created.getEvidence().addAll(evidence);
				if (persist(where, d.key(), created)) {
					added(ExchangeKind.ENFORCEMENT_ACTIONS, d.key(), summary, where);
				}
				return;
			}
			checkVersion(where, ExchangeKind.ENFORCEMENT_ACTIONS, d.key(), existing.getVersion());
			if (!refsOk) {
				return;
			}
			if (!actor.getId().equals(existing.getActor().getId())) {
				issue(where, d.key(), "actor", unchangeable("an enforcement action's actor"));
				return;
			}
			if (d.kind() != existing.getKind()) {
				issue(where, d.key(), "kind", unchangeable("an enforcement action's kind"));
				return;
			}
			if (!d.date().equals(existing.getDate())) {
				issue(where, d.key(), "date", unchangeable("an enforcement action's date"));
				return;
			}
			List<String> changed = new ArrayList<>();
			differs(changed, "target", id(existing.getTarget()), id(target));
			differs(changed, "target_description", existing.getTargetDescription(), d.targetDescription());
			differs(changed, "date_basis", existing.getDateBasis(), d.dateBasis());
			differs(changed, "description", existing.getDescription(), d.description());
			differs(changed, "measure", id(existing.getMeasure()), id(measure));
			differsEvidence(changed, existing.getEvidence(), evidence);
			if (!changed.isEmpty()) {
				existing.setTarget(target);
				existing.setTargetDescription(d.targetDescription());
				existing.setDateBasis(d.dateBasis());
				existing.setDescription(d.description());
				existing.setMeasure(measure);
				replace(existing.getEvidence(), evidence);
				validate(where, d.key(), existing);
			}
			row(ExchangeKind.ENFORCEMENT_ACTIONS, d.key(), changed, summary, where);
		}

		private void figure(Located<FigureData> record) {
			FigureData d = record.data();
			String where = record.location();
			tick();
			if (!usable(record, d.key()) || !first(ExchangeKind.FIGURES, d.key())) {
				return;
			}
			Actor actor = actor(where, d.key(), "actor", d.actor(), false);
			Measure measure = measure(where, d.key(), "measure", d.measure(), false);
			List<Evidence> evidence = evidence(where, d.key(), d.evidence());
			boolean refsOk = (d.actor() == null || actor != null) && (d.measure() == null || measure != null)
					&& evidence != null;
			Figure existing = lookup(Figure.class, ExchangeKind.FIGURES, d.key());
			if (existing == null) {
				if (!refsOk) {
					return;
				}
				Figure created = build(where, d.key(),
						() -> new Figure(d.amount(), d.amountMax(), d.currency(), d.period(), d.label()));
				if (created == null) {
					return;
				}
				created.setSeedKey(d.key());
				created.setActor(actor);
				created.setMeasure(measure);
				created.setDate(d.date());
				created.setDateBasis(d.dateBasis());
				created.getEvidence().addAll(evidence);
				if (persist(where, d.key(), created)) {
					added(ExchangeKind.FIGURES, d.key(), d.label(), where);
				}
				return;
			}
			checkVersion(where, ExchangeKind.FIGURES, d.key(), existing.getVersion());
			if (!refsOk) {
				return;
			}
			for (String[] identity : new String[][] { { "amount", plain(existing.getAmount()), plain(d.amount()) },
					{ "amount_max", plain(existing.getAmountMax()), plain(d.amountMax()) },
					{ "currency", existing.getCurrency(), d.currency() },
					{ "period", existing.getPeriod().name(), (d.period() != null) ? d.period().name() : null },
					{ "label", existing.getLabel(), d.label() } }) {
				if (!Objects.equals(identity[1], identity[2])) {
					issue(where, d.key(), identity[0], unchangeable("a figure's " + identity[0].replace('_', ' ')));
					return;
				}
			}
			List<String> changed = new ArrayList<>();
			differs(changed, "actor", id(existing.getActor()), id(actor));
			differs(changed, "measure", id(existing.getMeasure()), id(measure));
			differs(changed, "date", existing.getDate(), d.date());
			differs(changed, "date_basis", existing.getDateBasis(), d.dateBasis());
			differsEvidence(changed, existing.getEvidence(), evidence);
			if (!changed.isEmpty()) {
				existing.setActor(actor);
				existing.setMeasure(measure);
				existing.setDate(d.date());
				existing.setDateBasis(d.dateBasis());
				replace(existing.getEvidence(), evidence);
				validate(where, d.key(), existing);
			}
			row(ExchangeKind.FIGURES, d.key(), changed, d.label(), where);
		}

		// ---- reading what the file refers to, in bulk

		/**
		 * Reads the records of the database that the file's keys and references name, a
		 * few hundred keys per query, so that finding each record (or learning that it is
		 * new) needs no query of its own.
		 */
		private void prefetch() {
			Map<ExchangeKind, Set<String>> wanted = new HashMap<>();
			this.fileKeys.forEach((kind, keys) -> wanted.computeIfAbsent(kind, (k) -> new HashSet<>()).addAll(keys));
			Set<String> actors = wanted.computeIfAbsent(ExchangeKind.ACTORS, (k) -> new HashSet<>());
			Set<String> measures = wanted.computeIfAbsent(ExchangeKind.MEASURES, (k) -> new HashSet<>());
			Set<String> coalitions = wanted.computeIfAbsent(ExchangeKind.COALITIONS, (k) -> new HashSet<>());
			this.file.coalitions.forEach((c) -> c.data().members().forEach((m) -> add(actors, m.actor())));
			this.file.measures.forEach((m) -> {
				add(actors, m.data().imposer());
				add(actors, m.data().target());
				add(coalitions, m.data().coalition());
			});
			this.file.events.forEach((e) -> add(measures, e.data().measure()));
			this.file.enforcementActions.forEach((a) -> {
				add(actors, a.data().actor());
				add(actors, a.data().target());
				add(measures, a.data().measure());
			});
			this.file.figures.forEach((f) -> {
				add(actors, f.data().actor());
				add(measures, f.data().measure());
			});
			prefetch(SourceDocument.class, ExchangeKind.DOCUMENTS, wanted.get(ExchangeKind.DOCUMENTS));
			prefetch(Actor.class, ExchangeKind.ACTORS, actors);
			prefetch(Coalition.class, ExchangeKind.COALITIONS, coalitions);
			prefetch(CoalitionMembership.class, ExchangeKind.MEMBERSHIPS, wanted.get(ExchangeKind.MEMBERSHIPS));
			prefetch(Measure.class, ExchangeKind.MEASURES, measures);
			prefetch(MeasureEvent.class, ExchangeKind.EVENTS, wanted.get(ExchangeKind.EVENTS));
			prefetch(EnforcementAction.class, ExchangeKind.ENFORCEMENT_ACTIONS,
					wanted.get(ExchangeKind.ENFORCEMENT_ACTIONS));
			prefetch(Figure.class, ExchangeKind.FIGURES, wanted.get(ExchangeKind.FIGURES));
		}

		private static void add(Set<String> keys, String key) {
			if (key != null) {
				keys.add(key);
			}
		}

		/**
		 * Finds the records of one kind under the given keys as {@link #lookup} would,
		 * and remembers each answer, found or not.
		 */
		private <T> void prefetch(Class<T> type, ExchangeKind kind, Set<String> wanted) {
			if (wanted == null || wanted.isEmpty()) {
				return;
			}
			List<String> keys = wanted.stream().filter((key) -> ExchangeKeys.problem(key) == null).toList();
			Map<Long, String> localIds = new HashMap<>();
			keys.forEach((key) -> {
				Long id = Importer.this.keys.localId(kind, key);
				if (id != null) {
					localIds.put(id, key);
				}
			});
			Map<String, Object> found = new HashMap<>();
			String entity = type.getSimpleName();
			for (List<String> batch : batches(keys)) {
				entityManager.createQuery("select e from " + entity + " e where e.seedKey in :keys", type)
					.setParameter("keys", batch)
					.getResultList()
					.forEach((e) -> found.put(seedKey(e), e));
			}
			for (List<Long> batch : batches(List.copyOf(localIds.keySet()))) {
				entityManager.createQuery("select e from " + entity + " e where e.id in :ids", type)
					.setParameter("ids", batch)
					.getResultList()
					.forEach((e) -> {
						if (seedKey(e) == null) {
							found.put(localIds.get(entityId(e)), e);
						}
					});
			}
			keys.forEach((key) -> this.lookups.put(kind + ":" + key, Optional.ofNullable(found.get(key))));
		}

		private static <E> List<List<E>> batches(List<E> values) {
			List<List<E>> batches = new ArrayList<>();
			for (int i = 0; i < values.size(); i += PREFETCH_BATCH) {
				batches.add(values.subList(i, Math.min(values.size(), i + PREFETCH_BATCH)));
			}
			return batches;
		}

		private static Long entityId(Object entity) {
			return switch (entity) {
				case SourceDocument d -> d.getId();
				case Actor a -> a.getId();
				case Coalition c -> c.getId();
				case CoalitionMembership m -> m.getId();
				case Measure m -> m.getId();
				case MeasureEvent e -> e.getId();
				case EnforcementAction a -> a.getId();
				case Figure f -> f.getId();
				default -> throw new IllegalArgumentException(entity.getClass().getName());
			};
		}

		// ---- references

		private Actor actor(String where, String key, String field, String ref, boolean required) {
			return reference(where, key, field, ref, required, ExchangeKind.ACTORS, this.actors, Actor.class);
		}

		private Coalition coalition(String where, String key, String ref) {
			return reference(where, key, "coalition", ref, false, ExchangeKind.COALITIONS, this.coalitions,
					Coalition.class);
		}

		private Measure measure(String where, String key, String field, String ref, boolean required) {
			return reference(where, key, field, ref, required, ExchangeKind.MEASURES, this.measures, Measure.class);
		}

		private <T> T reference(String where, String key, String field, String ref, boolean required, ExchangeKind kind,
				Map<String, T> inFile, Class<T> type) {
			if (ref == null) {
				if (required) {
					issue(where, key, field, "is required");
				}
				return null;
			}
			T found = inFile.get(ref);
			if (found == null && !this.fileKeys.getOrDefault(kind, Set.of()).contains(ref)) {
				found = lookup(type, kind, ref);
				if (found == null) {
					String noun = singular(kind);
					issue(where, key, field,
							"'" + ref + "' is not " + ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun
									+ " key, neither in this file nor in the database");
				}
			}
			// a key of the file whose record could not be imported has its own issue
			return found;
		}

		@SuppressWarnings("unchecked")
		private <T> T lookup(Class<T> type, ExchangeKind kind, String key) {
			String cacheKey = kind + ":" + key;
			return (T) this.lookups.computeIfAbsent(cacheKey, (k) -> {
				Long id = keys.localId(kind, key);
				if (id != null) {
					T byId = entityManager.find(type, id);
					if (byId != null && seedKey(byId) == null) {
						return Optional.of(byId);
					}
				}
				return entityManager
					.createQuery("select e from " + type.getSimpleName() + " e where e.seedKey = :key", type)
					.setParameter("key", key)
					.getResultStream()
					.findFirst()
					.map(Object.class::cast);
			}).orElse(null);
		}

		private String seedKey(Object entity) {
			return switch (entity) {
				case SourceDocument d -> d.getSeedKey();
				case Actor a -> a.getSeedKey();
				case Coalition c -> c.getSeedKey();
				case CoalitionMembership m -> m.getSeedKey();
				case Measure m -> m.getSeedKey();
				case MeasureEvent e -> e.getSeedKey();
				case EnforcementAction a -> a.getSeedKey();
				case Figure f -> f.getSeedKey();
				default -> throw new IllegalArgumentException(entity.getClass().getName());
			};
		}

		private String actorKey(Actor actor) {
			return keys.key(ExchangeKind.ACTORS, actor.getSeedKey(), actor.getId());
		}

		// ---- evidence

		/**
		 * The evidence rows a record cites, found or created.
		 * @return the rows, or {@code null} after recording an issue
		 */
		private List<Evidence> evidence(String where, String key, List<Cite> cites) {
			List<Evidence> result = new ArrayList<>();
			boolean ok = true;
			for (Cite cite : cites) {
				Evidence evidence = cite.isWeb() ? web(where, key, cite.url()) : passage(where, key, cite);
				if (evidence == null) {
					ok = false;
				}
				else if (!result.contains(evidence)) {
					result.add(evidence);
				}
			}
			return ok ? result : null;
		}

		private Evidence web(String where, String key, String url) {
			return this.passages.computeIfAbsent("url:" + url, (k) -> entityManager
				.createQuery("select e from Evidence e where e.document is null and e.url = :url", Evidence.class)
				.setParameter("url", url)
				.getResultStream()
				.findFirst()
				.orElseGet(() -> {
					Evidence created = build(where, key, () -> Evidence.webCitation(url));
					if (created != null) {
						entityManager.persist(created);
					}
					return created;
				}));
		}

		private Evidence passage(String where, String key, Cite cite) {
			SourceDocument document = this.documents.get(cite.doc());
			if (document == null
					&& !this.fileKeys.getOrDefault(ExchangeKind.DOCUMENTS, Set.of()).contains(cite.doc())) {
				document = lookup(SourceDocument.class, ExchangeKind.DOCUMENTS, cite.doc());
				if (document == null) {
					issue(where, key, "evidence",
							"document '" + cite.doc() + "' is neither in this file nor in the database");
				}
			}
			if (document == null) {
				return null;
			}
			String text = document.getText();
			String quote = cite.quote();
			int start;
			if (quote.length() > Evidence.QUOTE_MAX_LENGTH) {
				issue(where, key, "evidence", "a quote can be at most " + Evidence.QUOTE_MAX_LENGTH + " characters");
				return null;
			}
			if (cite.start() != null) {
				start = cite.start();
				if (!text.startsWith(quote, start)) {
					issue(where, key, "evidence", "the quote is not found verbatim at offset " + start + " of '"
							+ cite.doc() + "': \"" + abbreviate(quote) + "\"");
					return null;
				}
			}
			else {
				start = text.indexOf(quote);
				if (start < 0) {
					issue(where, key, "evidence",
							"the quote is not found verbatim in '" + cite.doc() + "': \"" + abbreviate(quote) + "\"");
					return null;
				}
				if (text.indexOf(quote, start + 1) >= 0) {
					issue(where, key, "evidence", "the quote occurs more than once in '" + cite.doc()
							+ "'; lengthen it or give its \"start\" offset: \"" + abbreviate(quote) + "\"");
					return null;
				}
			}
			SourceDocument doc = document;
			int end = start + quote.length();
			return this.passages.computeIfAbsent(doc.getId() + ":" + start + ":" + quote.length(), (k) -> {
				Evidence known = passagesOf(doc).get(start + ":" + end);
				if (known != null) {
					return known;
				}
				Evidence created = Evidence.passage(doc, quote, start);
				entityManager.persist(created);
				return created;
			});
		}

		/**
		 * The passages a document has in the database, read with one query the first time
		 * the document is cited (none for a document this run created).
		 */
		private Map<String, Evidence> passagesOf(SourceDocument document) {
			return this.documentPassages.computeIfAbsent(document.getId(), (id) -> {
				Map<String, Evidence> byOffsets = new HashMap<>();
				if (!this.createdDocuments.contains(document)) {
					entityManager.createQuery("select e from Evidence e where e.document = :document", Evidence.class)
						.setParameter("document", document)
						.getResultList()
						.forEach((e) -> byOffsets.put(e.getStartOffset() + ":" + e.getEndOffset(), e));
				}
				return byOffsets;
			});
		}

		// ---- checks and bookkeeping

		private boolean unique(String where, String key, String field, String value, Map<String, String> inFile,
				String jpql, Long ownId, String what) {
			if (value == null) {
				return true;
			}
			String other = inFile.putIfAbsent(value, key);
			if (other != null && !other.equals(key)) {
				issue(where, key, field,
						what + " of this file ('" + other + "') already has " + field + " '" + value + "'");
				return false;
			}
			List<Long> ids = entityManager.createQuery(jpql, Long.class).setParameter("value", value).getResultList();
			if (ids.stream().anyMatch((id) -> !id.equals(ownId))) {
				issue(where, key, field, what + " in the database already has " + field + " '" + value + "'");
				return false;
			}
			return true;
		}

		private void checkVersion(String where, ExchangeKind kind, String key, long version) {
			String versionKey = kind.jsonName() + ":" + key;
			this.versions.put(versionKey, version);
			if (this.expected == null) {
				return;
			}
			Long seen = this.expected.get(versionKey);
			if (seen == null || seen == -1) {
				issue(where, key, null, "was added to the database by someone else since the preview; preview again");
			}
			else if (seen != version) {
				issue(where, key, null, "was changed in the database by someone else since the preview; preview again");
			}
		}

		private <T> T build(String where, String key, Supplier<T> constructor) {
			try {
				return constructor.get();
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				issue(where, key, null, ex.getMessage());
				return null;
			}
		}

		private boolean apply(String where, String key, Runnable change) {
			try {
				change.run();
				return true;
			}
			catch (IllegalArgumentException ex) {
				issue(where, key, null, ex.getMessage());
				return false;
			}
		}

		private boolean valid(String where, String key, Object entity) {
			Set<ConstraintViolation<Object>> violations = validator.validate(entity);
			for (ConstraintViolation<Object> violation : violations) {
				issue(where, key, snakeCase(violation.getPropertyPath().toString()), violation.getMessage());
			}
			return violations.isEmpty();
		}

		private void validate(String where, String key, Object entity) {
			valid(where, key, entity);
		}

		private boolean persist(String where, String key, Object entity) {
			if (!valid(where, key, entity)) {
				return false;
			}
			entityManager.persist(entity);
			return true;
		}

		private void added(ExchangeKind kind, String key, String summary, String where) {
			this.versions.put(kind.jsonName() + ":" + key, -1L);
			if (this.expected != null && this.expected.containsKey(kind.jsonName() + ":" + key)
					&& this.expected.get(kind.jsonName() + ":" + key) != -1L) {
				issue(where, key, null, "was removed from the database since the preview; preview again");
			}
			this.rows.add(new PreviewRow(kind, key, ImportChange.NEW, summary, where, List.of()));
		}

		private void row(ExchangeKind kind, String key, List<String> changed, String summary, String where) {
			this.rows.add(new PreviewRow(kind, key, changed.isEmpty() ? ImportChange.UNCHANGED : ImportChange.CHANGED,
					summary, where, List.copyOf(changed)));
		}

		private void issue(String where, String key, String field, String reason) {
			this.issues.add(new ImportIssue(where, key, field, reason));
		}

		private void tick() {
			this.done++;
			if (this.done % 100 == 0) {
				this.progress.accept((int) Math.min(999, this.done * 1000L / this.total));
			}
		}

	}

	private static void differs(List<String> changed, String field, Object current, Object incoming) {
		Object a = (current instanceof String s) ? Interchange.text(s) : current;
		Object b = (incoming instanceof String s) ? Interchange.text(s) : incoming;
		if (a instanceof PartialDate || b instanceof PartialDate) {
			a = (a != null) ? a : PartialDate.unknown();
			b = (b != null) ? b : PartialDate.unknown();
		}
		if (!Objects.equals(a, b)) {
			changed.add(field);
		}
	}

	private static void differsEvidence(List<String> changed, List<Evidence> current, List<Evidence> incoming) {
		if (!new HashSet<>(current).equals(new HashSet<>(incoming)) || current.size() != incoming.size()) {
			changed.add("evidence");
		}
	}

	private static void replace(List<Evidence> current, List<Evidence> incoming) {
		if (!new LinkedHashSet<>(current).equals(new LinkedHashSet<>(incoming))) {
			current.clear();
			current.addAll(incoming);
		}
	}

	private static Long id(Object entity) {
		return switch (entity) {
			case null -> null;
			case Actor a -> a.getId();
			case Coalition c -> c.getId();
			case Measure m -> m.getId();
			default -> throw new IllegalArgumentException(entity.getClass().getName());
		};
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? Interchange.amount(amount).toPlainString() : null;
	}

	private static String unchangeable(String what) {
		return what
				+ " cannot be changed by an import; change it in its form, or import the changed record under a new key";
	}

	private static String singular(ExchangeKind kind) {
		return switch (kind) {
			case DOCUMENTS -> "document";
			case ACTORS -> "actor";
			case COALITIONS -> "coalition";
			case MEMBERSHIPS -> "membership";
			case MEASURES -> "measure";
			case EVENTS -> "event";
			case ENFORCEMENT_ACTIONS -> "enforcement action";
			case FIGURES -> "figure";
		};
	}

	private static String abbreviate(String quote) {
		return (quote.length() <= 120) ? quote : quote.substring(0, 117) + "…";
	}

	static String snakeCase(String property) {
		return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
