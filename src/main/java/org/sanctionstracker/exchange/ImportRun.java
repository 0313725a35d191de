package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.SourceDocument;

/**
 * One run of the importer over one file: what it found so far (rows, issues, the versions
 * of the records it touched), the records of the file by key, and the bookkeeping every
 * kind's piece shares: where a record is, whether it could be read, references to other
 * records (in the file or the database), checks of single fields against the entities'
 * Bean Validation, and, in {@link ImportMode#SEED} mode, which records stay away because
 * an analyst deleted them or what they need.
 */
final class ImportRun {

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	final ImportFile file;

	final ImportMode mode;

	final ImportLookups lookups;

	final ImportedEvidence evidence;

	final List<PreviewRow> rows = new ArrayList<>();

	final List<ImportIssue> issues = new ArrayList<>();

	final Map<String, Long> versions = new HashMap<>();

	/** The documents of this run (found or created), by key. */
	final Map<String, SourceDocument> documents = new HashMap<>();

	/** The actors of this run (found or created), by key. */
	final Map<String, Actor> actors = new HashMap<>();

	/** The coalitions of this run (found or created), by key. */
	final Map<String, Coalition> coalitions = new HashMap<>();

	/** The measures of this run (found or created), by key. */
	final Map<String, Measure> measures = new HashMap<>();

	private final Map<String, Long> expected;

	private final IntConsumer progress;

	private final Validator validator;

	private final DeletedSeedKeys deletedSeedKeys;

	/** The keys of each kind the file holds. */
	private final Map<ExchangeKind, Set<String>> fileKeys = new HashMap<>();

	/**
	 * Kind and key of every record looked at, so that a repeated key is looked at once.
	 */
	private final Set<String> processed = new HashSet<>();

	/** Where the reader found a field it could not read. */
	private final Set<String> unreadable = new HashSet<>();

	/**
	 * Kind and key of the records a seed load leaves away (deleted by an analyst, or
	 * needing a record that was).
	 */
	private final Set<String> skipped = new HashSet<>();

	/** The deleted seed keys read so far, by table. */
	private final Map<String, Set<String>> deleted = new HashMap<>();

	/** Whether the record being looked at needs a record a seed load leaves away. */
	private boolean needsSkipped;

	private final int total;

	private int done;

	ImportRun(ImportFile file, ImportMode mode, Map<String, Long> expected, IntConsumer progress,
			EntityManager entityManager, ExchangeKeys keys, Validator validator, DeletedSeedKeys deletedSeedKeys) {
		this(file, mode, expected, progress, entityManager, keys, validator, deletedSeedKeys, null);
	}

	/**
	 * A run over one batch of a streamed file ({@link ImportStream}).
	 * @param before the largest id of each kind before the streamed import began, to tell
	 * the records its earlier batches wrote; {@code null} for a whole file
	 */
	ImportRun(ImportFile file, ImportMode mode, Map<String, Long> expected, IntConsumer progress,
			EntityManager entityManager, ExchangeKeys keys, Validator validator, DeletedSeedKeys deletedSeedKeys,
			Map<ExchangeKind, Long> before) {
		this.file = file;
		this.mode = mode;
		this.expected = expected;
		this.progress = progress;
		this.validator = validator;
		this.deletedSeedKeys = deletedSeedKeys;
		this.lookups = new ImportLookups(entityManager, keys, before);
		this.evidence = new ImportedEvidence(this, entityManager);
		this.total = Math.max(1, file.recordCount());
		this.issues.addAll(file.issues);
		file.issues.forEach((issue) -> this.unreadable.add(issue.location()));
		collectKeys();
		this.lookups.prefetch(file, this.fileKeys);
	}

	// ---- records

	/**
	 * Starts looking at a record.
	 * @param kind its kind
	 * @param key its key
	 * @param where its location
	 * @return whether to look at it: {@code false} for a record whose key is unusable or
	 * repeats an earlier one (both have their issue)
	 */
	boolean begin(ExchangeKind kind, String key, String where) {
		tick();
		this.needsSkipped = false;
		if (ExchangeKeys.problem(key) != null || !this.processed.add(kind.name() + ":" + key)) {
			return false;
		}
		if (this.lookups.writtenByThisImport(kind, key)) {
			// a streamed file's earlier batch wrote a record under this key
			issue(where, key, "key", "the key '" + key + "' is used by another " + singular(kind) + " in this file");
			return false;
		}
		return true;
	}

	/**
	 * Whether every field of the record at this place could be read.
	 * @param where the record's location
	 * @return whether it could
	 */
	boolean readable(String where) {
		return !this.unreadable.contains(where);
	}

	/**
	 * Where the issues stand now, to tell later whether a record added any
	 * ({@link #clean}).
	 * @return the mark
	 */
	int mark() {
		return this.issues.size();
	}

	/**
	 * Whether the record at this place can be written: it was read whole and has had no
	 * issue since the mark.
	 * @param where its location
	 * @param mark what {@link #mark} said when the record was started
	 * @return whether it is clean
	 */
	boolean clean(String where, int mark) {
		return readable(where) && this.issues.size() == mark;
	}

	void issue(String where, String key, String field, String reason) {
		this.issues.add(new ImportIssue(where, key, field, reason));
	}

	/**
	 * Records a rule's refusal, if it refused.
	 * @param reason the refusal, or {@code null} when the rule holds
	 */
	void problem(String where, String key, String field, String reason) {
		if (reason != null) {
			issue(where, key, field, reason);
		}
	}

	/**
	 * Records a rule's refusals, per field (a draft property name, written as the file
	 * names fields).
	 * @param reasons the refusals
	 */
	void problems(String where, String key, Map<String, String> reasons) {
		reasons.forEach((field, reason) -> issue(where, key, snakeCase(field), reason));
	}

	/**
	 * Checks the value a field will take against the Bean Validation of its entity
	 * property, so that the importer says what the form says ("A title is required", "At
	 * most 300 characters") for every field, before the entity exists.
	 * @param where the record's location
	 * @param key its key
	 * @param type the entity
	 * @param property the property
	 * @param value the value
	 */
	void check(String where, String key, Class<?> type, String property, Object value) {
		for (ConstraintViolation<?> violation : this.validator.validateValue(type, property, value)) {
			issue(where, key, snakeCase(property), violation.getMessage());
		}
	}

	/**
	 * Checks a whole entity against its Bean Validation.
	 * @return whether it is valid
	 */
	boolean valid(String where, String key, Object entity) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(entity);
		for (ConstraintViolation<Object> violation : violations) {
			issue(where, key, snakeCase(violation.getPropertyPath().toString()), violation.getMessage());
		}
		return violations.isEmpty();
	}

	/**
	 * Runs an entity's own rule (a lifecycle order, a range), turning its refusal into an
	 * issue.
	 * @return whether it ran without refusal
	 */
	boolean apply(String where, String key, String field, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (IllegalArgumentException ex) {
			issue(where, key, field, ex.getMessage());
			return false;
		}
	}

	/**
	 * Records a new record that will be written.
	 */
	void added(ExchangeKind kind, String key, String summary, String where) {
		String versionKey = kind.jsonName() + ":" + key;
		this.versions.put(versionKey, -1L);
		if (this.expected != null && this.expected.containsKey(versionKey) && this.expected.get(versionKey) != -1L) {
			issue(where, key, null, "was removed from the database since the preview; preview again");
		}
		this.rows.add(new PreviewRow(kind, key, ImportChange.NEW, summary, where, List.of()));
	}

	/**
	 * Records what the file does to a record already in the database.
	 */
	void row(ExchangeKind kind, String key, List<String> changed, String summary, String where) {
		this.rows.add(new PreviewRow(kind, key, changed.isEmpty() ? ImportChange.UNCHANGED : ImportChange.CHANGED,
				summary, where, List.copyOf(changed)));
	}

	/**
	 * Notes the version of a record the file touches, and on commit refuses it when it
	 * changed since the preview.
	 */
	void checkVersion(String where, ExchangeKind kind, String key, long version) {
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

	// ---- references

	Actor actor(String where, String key, String field, String ref, boolean required) {
		return reference(where, key, field, ref, required, ExchangeKind.ACTORS, this.actors, Actor.class);
	}

	Coalition coalition(String where, String key, String ref) {
		return reference(where, key, "coalition", ref, false, ExchangeKind.COALITIONS, this.coalitions,
				Coalition.class);
	}

	Measure measure(String where, String key, String field, String ref, boolean required) {
		return reference(where, key, field, ref, required, ExchangeKind.MEASURES, this.measures, Measure.class);
	}

	/**
	 * The record a reference names: one of this run, or one in the database. A key of the
	 * file whose record could not be imported has its own issue; a record a seed load
	 * leaves away makes a record needing it stay away too ({@link #needsSkipped}).
	 */
	private <T> T reference(String where, String key, String field, String ref, boolean required, ExchangeKind kind,
			Map<String, T> ofRun, Class<T> type) {
		if (ref == null) {
			if (required) {
				issue(where, key, field, "is required");
			}
			return null;
		}
		T found = ofRun.get(ref);
		if (found != null) {
			return found;
		}
		if (this.skipped.contains(kind.name() + ":" + ref)) {
			this.needsSkipped |= required;
			return null;
		}
		if (!inFile(kind, ref)) {
			found = this.lookups.find(type, kind, ref);
			if (found == null) {
				String noun = singular(kind);
				issue(where, key, field, "'" + ref + "' is not " + ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ")
						+ noun + " key, neither in this file nor in the database");
			}
		}
		return found;
	}

	/**
	 * Whether a key is one of the file's records of that kind.
	 */
	boolean inFile(ExchangeKind kind, String key) {
		return this.fileKeys.getOrDefault(kind, Set.of()).contains(key);
	}

	Map<ExchangeKind, Set<String>> fileKeys() {
		return this.fileKeys;
	}

	// ---- seed loads: add missing, never overwrite, keep deleted deleted

	/**
	 * Whether a seed load leaves a record away, because an analyst deleted it, or what it
	 * belongs to, or a record it needs ({@link #needsSkipped}); logs why.
	 * @param kind its kind
	 * @param key its key
	 * @param where its location
	 * @param parentSkipped whether the record it belongs to is left away
	 * @return whether it is left away
	 */
	boolean skippedBySeedLoad(ExchangeKind kind, String key, String where, boolean parentSkipped) {
		if (this.mode != ImportMode.SEED) {
			return false;
		}
		String reason = null;
		if (deleted(table(kind), key)) {
			reason = "it was deleted";
		}
		else if (parentSkipped) {
			reason = "the record it belongs to was deleted";
		}
		else if (this.needsSkipped) {
			reason = "a record it needs was deleted";
		}
		if (reason == null) {
			return false;
		}
		log.info("Seed dataset: {} ({}) not added again: {}", where, key, reason);
		this.skipped.add(kind.name() + ":" + key);
		return true;
	}

	boolean isSkipped(ExchangeKind kind, String key) {
		return this.skipped.contains(kind.name() + ":" + key);
	}

	private boolean deleted(String table, String key) {
		return this.deleted.computeIfAbsent(table, this.deletedSeedKeys::of).contains(key);
	}

	static String table(ExchangeKind kind) {
		return switch (kind) {
			case DOCUMENTS -> "source_document";
			case ACTORS -> "actor";
			case COALITIONS -> "coalition";
			case MEMBERSHIPS -> "coalition_membership";
			case MEASURES -> "measure";
			case EVENTS -> "measure_event";
			case ENFORCEMENT_ACTIONS -> "enforcement_action";
			case FIGURES -> "figure";
			case DECISIONS -> "sentence_decision";
		};
	}

	// ---- keys of the file

	private void collectKeys() {
		keysOf(ExchangeKind.DOCUMENTS, this.file.documents.stream().map((r) -> at(r, r.data().key())).toList());
		keysOf(ExchangeKind.ACTORS, this.file.actors.stream().map((r) -> at(r, r.data().key())).toList());
		keysOf(ExchangeKind.COALITIONS, this.file.coalitions.stream().map((r) -> at(r, r.data().key())).toList());
		keysOf(ExchangeKind.MEMBERSHIPS, this.file.coalitions.stream()
			.flatMap((c) -> c.data().members().stream().map((m) -> new KeyAt(c.location() + ".members", m.key())))
			.toList());
		keysOf(ExchangeKind.MEASURES, this.file.measures.stream().map((r) -> at(r, r.data().key())).toList());
		List<KeyAt> events = new ArrayList<>();
		this.file.measures
			.forEach((m) -> m.data().events().forEach((e) -> events.add(new KeyAt(m.location() + ".events", e.key()))));
		this.file.events.forEach((e) -> events.add(at(e, e.data().key())));
		keysOf(ExchangeKind.EVENTS, events);
		keysOf(ExchangeKind.ENFORCEMENT_ACTIONS,
				this.file.enforcementActions.stream().map((r) -> at(r, r.data().key())).toList());
		keysOf(ExchangeKind.FIGURES, this.file.figures.stream().map((r) -> at(r, r.data().key())).toList());
		keysOf(ExchangeKind.DECISIONS, this.file.decisions.stream().map((r) -> at(r, r.data().key())).toList());
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
				issue(key.location(), key.key(), "key",
						"the key '" + key.key() + "' is used by another " + singular(kind) + " in this file");
			}
		}
		this.fileKeys.put(kind, seen);
	}

	// ---- progress and words

	private void tick() {
		this.done++;
		if (this.done % 100 == 0) {
			this.progress.accept((int) Math.min(999, this.done * 1000L / this.total));
		}
	}

	static String singular(ExchangeKind kind) {
		return switch (kind) {
			case DOCUMENTS -> "document";
			case ACTORS -> "actor";
			case COALITIONS -> "coalition";
			case MEMBERSHIPS -> "membership";
			case MEASURES -> "measure";
			case EVENTS -> "event";
			case ENFORCEMENT_ACTIONS -> "enforcement action";
			case FIGURES -> "figure";
			case DECISIONS -> "decision";
		};
	}

	static String unchangeable(String what) {
		return what
				+ " cannot be changed by an import; change it in its form, or import the changed record under a new key";
	}

	static String snakeCase(String property) {
		return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
