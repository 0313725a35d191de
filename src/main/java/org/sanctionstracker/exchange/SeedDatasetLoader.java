package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.AppLock;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.StartupTask;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.SeedDataset.ActorRecord;
import org.sanctionstracker.exchange.SeedDataset.CoalitionRecord;
import org.sanctionstracker.exchange.SeedDataset.EnforcementRecord;
import org.sanctionstracker.exchange.SeedDataset.EventRecord;
import org.sanctionstracker.exchange.SeedDataset.FigureRecord;
import org.sanctionstracker.exchange.SeedDataset.Files;
import org.sanctionstracker.exchange.SeedDataset.MeasureRecord;
import org.sanctionstracker.exchange.SeedDataset.MemberRecord;
import org.sanctionstracker.exchange.SeedDataset.Quote;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceDocumentRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped dataset ({@code seeds/dataset/}) on start, after the source
 * documents. Everything is checked before anything is written: each quote must occur
 * verbatim, exactly once, in its document (its offsets are computed here), each reference
 * must resolve, each record must cite evidence and pass the entities' own rules. A
 * failure stops the start with a message naming the file and record. Records whose key is
 * already in the database are left alone (an analyst may have edited them), so a second
 * start changes nothing; records an analyst deleted ({@link DeletedSeedKeys}) stay
 * deleted, and so do the records that cannot exist without them; the rest are written in
 * one transaction. Done before the web server accepts requests ({@link StartupTask}).
 */
@Component
class SeedDatasetLoader implements StartupTask {

	static final String DIRECTORY = "seeds/dataset/";

	static final String DOCUMENT_CATALOGUE = "seeds/documents.yaml";

	private static final Logger log = LoggerFactory.getLogger(SeedDatasetLoader.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final Validator validator;

	private final SourceDocumentRepository documents;

	private final DeletedSeedKeys deletedSeedKeys;

	SeedDatasetLoader(EntityManager entityManager, TransactionTemplate transaction, Validator validator,
			SourceDocumentRepository documents, DeletedSeedKeys deletedSeedKeys) {
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.validator = validator;
		this.documents = documents;
		this.deletedSeedKeys = deletedSeedKeys;
	}

	@Override
	public int getPhase() {
		return SEED_DATASET;
	}

	@Override
	public void runOnStart() {
		Files files = readFiles();
		int added = load(files);
		log.info("Seed dataset: {} records in {} ({} added)", files.recordCount(), DIRECTORY, added);
	}

	/**
	 * Checks a dataset and writes the records not yet in the database, in one
	 * transaction.
	 * @param files the dataset
	 * @return how many records were added
	 * @throws IllegalStateException naming every faulty record; nothing is written then
	 */
	int load(Files files) {
		return this.transaction.execute((status) -> {
			AppLock.acquire(this.entityManager, AppLock.SEED);
			return new Load(files).run();
		});
	}

	static Files readFiles() {
		YAMLMapper mapper = YAMLMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		StringBuilder all = new StringBuilder();
		var actors = read(mapper, "actors.yaml", SeedDataset.ActorFile.class, all).actors();
		var coalitions = read(mapper, "coalitions.yaml", SeedDataset.CoalitionFile.class, all).coalitions();
		var measures = read(mapper, "measures.yaml", SeedDataset.MeasureFile.class, all).measures();
		var actions = read(mapper, "enforcement-actions.yaml", SeedDataset.EnforcementFile.class, all)
			.enforcementActions();
		var figures = read(mapper, "figures.yaml", SeedDataset.FigureFile.class, all).figures();
		return new Files(orEmpty(actors), orEmpty(coalitions), orEmpty(measures), orEmpty(actions), orEmpty(figures),
				SourceDocument.sha256(all.toString()));
	}

	private static <T> T read(YAMLMapper mapper, String file, Class<T> type, StringBuilder all) {
		ClassPathResource resource = new ClassPathResource(DIRECTORY + file);
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			all.append(file).append('\n').append(text);
			return mapper.readValue(text, type);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Seed dataset file " + DIRECTORY + file + " cannot be read", ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					"Seed dataset file " + DIRECTORY + file + " is not valid: " + ex.getOriginalMessage() + " at "
							+ ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr(),
					ex);
		}
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** One loading run: checks everything, then writes what is missing. */
	private final class Load {

		private final Files files;

		private final List<String> errors = new ArrayList<>();

		private final Map<String, SourceDocument> documentsByKey = new HashMap<>();

		private final Map<String, Evidence> evidenceByPassage = new HashMap<>();

		private final Map<String, Actor> actors = new HashMap<>();

		private final Map<String, Coalition> coalitions = new HashMap<>();

		private final Map<String, Measure> measures = new HashMap<>();

		private final Map<String, Set<String>> deleted = new HashMap<>();

		private int added;

		Load(Files files) {
			this.files = files;
		}

		/**
		 * Whether an analyst deleted the shipped record with this key from this table.
		 */
		private boolean deleted(String table, String key) {
			return this.deleted.computeIfAbsent(table, deletedSeedKeys::of).contains(key);
		}

		/** Whether a record must be skipped because a record it needs was deleted. */
		private boolean missing(String where, Object required, String what) {
			if (required == null) {
				log.info("Seed dataset: {} not added again: its {} was deleted", where, what);
				return true;
			}
			return false;
		}

		int run() {
			readDocuments();
			check();
			if (!this.errors.isEmpty()) {
				throw new IllegalStateException("The seed dataset in " + DIRECTORY + " has " + this.errors.size()
						+ " error(s); nothing was loaded:\n  " + String.join("\n  ", this.errors));
			}
			this.files.actors().forEach(this::actor);
			this.files.coalitions().forEach(this::coalition);
			this.files.measures().forEach(this::measure);
			this.files.enforcementActions().forEach(this::enforcement);
			this.files.figures().forEach(this::figure);
			if (!this.errors.isEmpty()) {
				throw new IllegalStateException("The seed dataset in " + DIRECTORY + " breaks the data rules; "
						+ "nothing was loaded:\n  " + String.join("\n  ", this.errors));
			}
			if (this.added > 0) {
				entityManager
					.createNativeQuery(
							"insert into seed_load (dataset_sha256, loaded_at, records_added) values (?, ?, ?)")
					.setParameter(1, this.files.sha256())
					.setParameter(2, LocalDateTime.now())
					.setParameter(3, this.added)
					.executeUpdate();
			}
			return this.added;
		}

		private void readDocuments() {
			YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
			try (InputStream in = new ClassPathResource(DOCUMENT_CATALOGUE).getInputStream()) {
				for (var entry : mapper.readTree(in).get("documents")) {
					String key = entry.get("key").asString();
					String file = entry.get("file").asString();
					documents.findBySeedFile(file)
						.ifPresentOrElse((document) -> this.documentsByKey.put(key, document),
								() -> this.errors.add("document '" + key + "' (" + file + ") is not in the database"));
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(DOCUMENT_CATALOGUE + " cannot be read", ex);
			}
		}

		// ---- checks: nothing is written until all pass ----

		private void check() {
			Set<String> actorKeys = keys("actors.yaml", this.files.actors(), ActorRecord::key);
			Set<String> coalitionKeys = keys("coalitions.yaml", this.files.coalitions(), CoalitionRecord::key);
			Set<String> measureKeys = keys("measures.yaml", this.files.measures(), MeasureRecord::key);
			keys("enforcement-actions.yaml", this.files.enforcementActions(), EnforcementRecord::key);
			keys("figures.yaml", this.files.figures(), FigureRecord::key);
			keys("coalitions.yaml (members)",
					this.files.coalitions().stream().flatMap((c) -> orEmpty(c.members()).stream()).toList(),
					MemberRecord::key);
			keys("measures.yaml (events)",
					this.files.measures().stream().flatMap((m) -> orEmpty(m.events()).stream()).toList(),
					EventRecord::key);
			for (ActorRecord actor : this.files.actors()) {
				quotes("actors.yaml, actor '" + actor.key() + "'", actor.evidence());
			}
			for (CoalitionRecord coalition : this.files.coalitions()) {
				String where = "coalitions.yaml, coalition '" + coalition.key() + "'";
				quotes(where, coalition.evidence());
				for (MemberRecord member : orEmpty(coalition.members())) {
					String memberWhere = where + ", member '" + member.key() + "'";
					reference(memberWhere, "actor", member.actor(), actorKeys, true);
					date(memberWhere, "joined", member.joined());
					date(memberWhere, "left", member.left());
					quotes(memberWhere, member.evidence());
				}
			}
			for (MeasureRecord measure : this.files.measures()) {
				String where = "measures.yaml, measure '" + measure.key() + "'";
				reference(where, "imposer", measure.imposer(), actorKeys, true);
				reference(where, "target", measure.target(), actorKeys, true);
				reference(where, "coalition", measure.coalition(), coalitionKeys, false);
				quotes(where, measure.evidence());
				if (orEmpty(measure.events()).isEmpty()) {
					this.errors.add(where + ": has no lifecycle events");
				}
				for (EventRecord event : orEmpty(measure.events())) {
					String eventWhere = where + ", event '" + event.key() + "'";
					date(eventWhere, "date", event.date());
					quotes(eventWhere, event.evidence());
				}
			}
			for (EnforcementRecord action : this.files.enforcementActions()) {
				String where = "enforcement-actions.yaml, action '" + action.key() + "'";
				reference(where, "actor", action.actor(), actorKeys, true);
				reference(where, "target", action.target(), actorKeys, false);
				reference(where, "measure", action.measure(), measureKeys, false);
				date(where, "date", action.date());
				quotes(where, action.evidence());
			}
			for (FigureRecord figure : this.files.figures()) {
				String where = "figures.yaml, figure '" + figure.key() + "'";
				reference(where, "actor", figure.actor(), actorKeys, false);
				reference(where, "measure", figure.measure(), measureKeys, false);
				date(where, "date", figure.date());
				quotes(where, figure.evidence());
			}
		}

		private <T> Set<String> keys(String file, List<T> records, Function<T, String> key) {
			Set<String> seen = new HashSet<>();
			for (T record : records) {
				String value = key.apply(record);
				if (value == null || value.isBlank()) {
					this.errors.add(file + ": a record has no key: " + record);
				}
				else if (!seen.add(value)) {
					this.errors.add(file + ": key '" + value + "' is used twice");
				}
			}
			return seen;
		}

		private void reference(String where, String field, String key, Set<String> known, boolean required) {
			if (key == null || key.isBlank()) {
				if (required) {
					this.errors.add(where + ": " + field + " is required");
				}
			}
			else if (!known.contains(key)) {
				this.errors.add(where + ": " + field + " '" + key + "' is not defined in the dataset");
			}
		}

		private void date(String where, String field, String text) {
			try {
				PartialDate.parse(text);
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(where + ": " + field + ": " + ex.getMessage());
			}
		}

		private void quotes(String where, List<Quote> quotes) {
			if (quotes == null || quotes.isEmpty()) {
				this.errors.add(where + ": cites no evidence");
				return;
			}
			for (Quote quote : quotes) {
				locate(where, quote);
			}
		}

		/**
		 * Finds a quote in its document.
		 * @return the start offset, or -1 after recording an error
		 */
		private int locate(String where, Quote quote) {
			SourceDocument document = this.documentsByKey.get(quote.doc());
			if (document == null) {
				this.errors
					.add(where + ": document '" + quote.doc() + "' is not one of " + this.documentsByKey.keySet());
				return -1;
			}
			if (quote.quote() == null || quote.quote().isBlank()) {
				this.errors.add(where + ": an empty quote from '" + quote.doc() + "'");
				return -1;
			}
			String text = document.getText();
			int start = text.indexOf(quote.quote());
			if (start < 0) {
				this.errors
					.add(where + ": quote not found verbatim in '" + quote.doc() + "': \"" + quote.quote() + "\"");
				return -1;
			}
			if (text.indexOf(quote.quote(), start + 1) >= 0) {
				this.errors.add(where + ": quote occurs more than once in '" + quote.doc() + "', lengthen it: \""
						+ quote.quote() + "\"");
				return -1;
			}
			return start;
		}

		// ---- writes: only records whose key is not in the database yet ----

		private void actor(ActorRecord record) {
			Actor existing = bySeedKey(Actor.class, record.key());
			if (existing != null) {
				this.actors.put(record.key(), existing);
				return;
			}
			if (deleted("actor", record.key())) {
				return;
			}
			String where = "actors.yaml, actor '" + record.key() + "'";
			Actor actor = build(where, () -> {
				Actor created = new Actor(record.name(), record.kind(), record.iso3());
				created.setDescription(record.description());
				created.getAliases().addAll(orEmpty(record.aliases()));
				return created;
			});
			if (actor != null) {
				actor.setSeedKey(record.key());
				actor.getEvidence().addAll(evidence(where, record.evidence()));
				persist(where, actor);
				this.actors.put(record.key(), actor);
			}
		}

		private void coalition(CoalitionRecord record) {
			String where = "coalitions.yaml, coalition '" + record.key() + "'";
			Coalition coalition = bySeedKey(Coalition.class, record.key());
			if (coalition == null && deleted("coalition", record.key())) {
				return;
			}
			if (coalition == null) {
				coalition = new Coalition(record.name(), record.kind());
				coalition.setSeedKey(record.key());
				coalition.setDescription(record.description());
				coalition.setBasis(record.basis());
				coalition.getEvidence().addAll(evidence(where, record.evidence()));
				persist(where, coalition);
			}
			this.coalitions.put(record.key(), coalition);
			for (MemberRecord member : orEmpty(record.members())) {
				if (bySeedKey(CoalitionMembership.class, member.key()) != null
						|| deleted("coalition_membership", member.key())) {
					continue;
				}
				String memberWhere = where + ", member '" + member.key() + "'";
				if (missing(memberWhere, this.actors.get(member.actor()), "actor")) {
					continue;
				}
				CoalitionMembership membership = build(memberWhere,
						() -> new CoalitionMembership(this.actors.get(member.actor()), member.basis(),
								PartialDate.parse(member.joined()), PartialDate.parse(member.left())));
				if (membership != null) {
					membership.setSeedKey(member.key());
					membership.setDateBasis(member.dateBasis());
					membership.setNote(member.note());
					membership.getEvidence().addAll(evidence(memberWhere, member.evidence()));
					coalition.addMembership(membership);
					persist(memberWhere, membership);
				}
			}
		}

		private void measure(MeasureRecord record) {
			String where = "measures.yaml, measure '" + record.key() + "'";
			Measure measure = bySeedKey(Measure.class, record.key());
			if (measure == null
					&& (deleted("measure", record.key()) || missing(where, this.actors.get(record.imposer()), "imposer")
							|| missing(where, this.actors.get(record.target()), "target"))) {
				return;
			}
			if (measure == null) {
				measure = build(where, () -> new Measure(this.actors.get(record.imposer()),
						this.actors.get(record.target()), record.type(), record.title()));
				if (measure == null) {
					return;
				}
				measure.setSeedKey(record.key());
				measure.setDescription(record.description());
				measure.setLegalBasis(record.legalBasis());
				measure.setCoalition((record.coalition() != null) ? this.coalitions.get(record.coalition()) : null);
				measure.getEvidence().addAll(evidence(where, record.evidence()));
				persist(where, measure);
			}
			this.measures.put(record.key(), measure);
			for (EventRecord eventRecord : orEmpty(record.events())) {
				if (bySeedKey(MeasureEvent.class, eventRecord.key()) != null
						|| deleted("measure_event", eventRecord.key())) {
					continue;
				}
				String eventWhere = where + ", event '" + eventRecord.key() + "'";
				Measure owner = measure;
				MeasureEvent event = build(eventWhere, () -> owner
					.addEvent(new MeasureEvent(eventRecord.kind(), PartialDate.parse(eventRecord.date()))));
				if (event != null) {
					event.setSeedKey(eventRecord.key());
					event.setDateBasis(eventRecord.dateBasis());
					event.setNote(eventRecord.note());
					event.getEvidence().addAll(evidence(eventWhere, eventRecord.evidence()));
					persist(eventWhere, event);
				}
			}
		}

		private void enforcement(EnforcementRecord record) {
			if (bySeedKey(EnforcementAction.class, record.key()) != null
					|| deleted("enforcement_action", record.key())) {
				return;
			}
			String where = "enforcement-actions.yaml, action '" + record.key() + "'";
			if (missing(where, this.actors.get(record.actor()), "actor")) {
				return;
			}
			EnforcementAction action = build(where, () -> new EnforcementAction(this.actors.get(record.actor()),
					record.kind(), PartialDate.parse(record.date()), record.description()));
			if (action != null) {
				action.setSeedKey(record.key());
				action.setTarget((record.target() != null) ? this.actors.get(record.target()) : null);
				action.setTargetDescription(record.targetDescription());
				action.setDateBasis(record.dateBasis());
				action.setMeasure((record.measure() != null) ? this.measures.get(record.measure()) : null);
				action.getEvidence().addAll(evidence(where, record.evidence()));
				persist(where, action);
			}
		}

		private void figure(FigureRecord record) {
			if (bySeedKey(Figure.class, record.key()) != null || deleted("figure", record.key())) {
				return;
			}
			String where = "figures.yaml, figure '" + record.key() + "'";
			Figure figure = build(where, () -> new Figure(record.amount(), record.amountMax(), record.currency(),
					record.period(), record.label()));
			if (figure != null) {
				figure.setSeedKey(record.key());
				figure.setActor((record.actor() != null) ? this.actors.get(record.actor()) : null);
				figure.setMeasure((record.measure() != null) ? this.measures.get(record.measure()) : null);
				figure.setDate(PartialDate.parse(record.date()));
				figure.setDateBasis(record.dateBasis());
				figure.getEvidence().addAll(evidence(where, record.evidence()));
				persist(where, figure);
			}
		}

		private <T> T build(String where, java.util.function.Supplier<T> constructor) {
			try {
				return constructor.get();
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(where + ": " + ex.getMessage());
				return null;
			}
		}

		private void persist(String where, Object entity) {
			Set<ConstraintViolation<Object>> violations = validator.validate(entity);
			for (ConstraintViolation<Object> violation : violations) {
				this.errors.add(where + ": " + violation.getPropertyPath() + " " + violation.getMessage());
			}
			if (violations.isEmpty()) {
				entityManager.persist(entity);
				this.added++;
			}
		}

		private List<Evidence> evidence(String where, List<Quote> quotes) {
			List<Evidence> result = new ArrayList<>();
			for (Quote quote : quotes) {
				int start = locate(where, quote);
				if (start < 0) {
					continue;
				}
				SourceDocument document = this.documentsByKey.get(quote.doc());
				String passage = quote.doc() + ":" + start + ":" + quote.quote().length();
				Evidence evidence = this.evidenceByPassage.computeIfAbsent(
						passage, (
								p) -> entityManager
									.createQuery(
											"select e from Evidence e where e.document = :document"
													+ " and e.startOffset = :start and e.endOffset = :end",
											Evidence.class)
									.setParameter("document", document)
									.setParameter("start", start)
									.setParameter("end", start + quote.quote().length())
									.getResultStream()
									.findFirst()
									.orElseGet(() -> {
										Evidence created = Evidence.passage(document, quote.quote(), start);
										entityManager.persist(created);
										return created;
									}));
				if (!result.contains(evidence)) {
					result.add(evidence);
				}
			}
			return result;
		}

		private <T> T bySeedKey(Class<T> type, String key) {
			return entityManager
				.createQuery("select e from " + type.getSimpleName() + " e where e.seedKey = :key", type)
				.setParameter("key", key)
				.getResultStream()
				.findFirst()
				.orElse(null);
		}

	}

}
