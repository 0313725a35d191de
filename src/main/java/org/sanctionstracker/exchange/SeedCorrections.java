package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.CurrentUser;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.SentenceDecision;
import org.sanctionstracker.source.SourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * The corrections of the seed dataset ({@code seeds/dataset/corrections.yaml}): records
 * shipped before and withdrawn since, and fields of shipped records changed since. A seed
 * load applies them after adding the missing records, in the same run and transaction (so
 * a problem stops the start and nothing is written), through each kind's own rules: a
 * lifecycle step's date through {@link Measure#changeEvent} (lifecycle order, date
 * range), a membership's period through {@link CoalitionMembership#setPeriod}, evidence
 * through the importer's citation checks (quote found verbatim, once), Bean Validation of
 * the whole record, a withdrawn actor, coalition or measure refused while referenced
 * ({@link ReferenceChecks}). A stored value is changed only while it still equals what
 * was shipped ({@code from}), a withdrawn record deleted only while every field still
 * equals what was shipped ({@code shipped}); anything an analyst changed is kept and
 * reported. Applying the corrections twice changes nothing. See
 * {@code docs/decisions/0018-seed-corrections.md}.
 */
final class SeedCorrections {

	/** The file, in the dataset's directory. */
	static final String FILE = "corrections.yaml";

	/**
	 * A withdrawn record.
	 *
	 * @param where where the entry stands in the file
	 * @param kind the record's kind
	 * @param key its key
	 * @param reason why it was withdrawn
	 * @param supersededBy the key of the record that replaces it, if any
	 * @param shipped its fields as shipped
	 */
	record Withdrawal(String where, ExchangeKind kind, String key, String reason, String supersededBy,
			JsonNode shipped) {

	}

	/**
	 * A changed field.
	 *
	 * @param where where the entry stands in the file
	 * @param kind the record's kind
	 * @param key its key
	 * @param field the field, as the dataset names it
	 * @param change a node holding {@code from} and {@code to}
	 */
	record Correction(String where, ExchangeKind kind, String key, String field, JsonNode change) {

	}

	/**
	 * What a load did with the corrections, in plain words.
	 *
	 * @param applied each change made and record withdrawn
	 * @param kept each correction left undone because an analyst changed the record (or
	 * still uses a withdrawn one)
	 */
	record Outcome(List<String> applied, List<String> kept) {

		static final Outcome NONE = new Outcome(List.of(), List.of());

	}

	private static final Map<String, ExchangeKind> RECORDS = Map.of("actor", ExchangeKind.ACTORS, "coalition",
			ExchangeKind.COALITIONS, "membership", ExchangeKind.MEMBERSHIPS, "measure", ExchangeKind.MEASURES, "event",
			ExchangeKind.EVENTS, "enforcement_action", ExchangeKind.ENFORCEMENT_ACTIONS, "figure",
			ExchangeKind.FIGURES);

	final List<Withdrawal> withdrawals = new ArrayList<>();

	final List<Correction> corrections = new ArrayList<>();

	/** Problems of form found when reading the file. */
	final List<ImportIssue> issues = new ArrayList<>();

	/**
	 * Reads the corrections file.
	 * @param tree the file as a tree, or {@code null} when there is none
	 * @return the corrections; problems of form among its issues
	 */
	static SeedCorrections read(JsonNode tree) {
		SeedCorrections read = new SeedCorrections();
		if (tree == null || tree.isNull() || tree.isMissingNode()) {
			return read;
		}
		if (!tree.isObject()) {
			read.issue(FILE, null, null, "must hold the lists withdrawn and corrections");
			return read;
		}
		for (String name : tree.propertyNames()) {
			if (!name.equals("withdrawn") && !name.equals("corrections")) {
				read.issue(FILE, null, name, "is not a section of this file (withdrawn, corrections)");
			}
		}
		JsonNode withdrawn = tree.get("withdrawn");
		for (int i = 0; withdrawn != null && i < withdrawn.size(); i++) {
			read.withdrawal(withdrawn.get(i), FILE + ": withdrawn[" + i + "]");
		}
		JsonNode corrections = tree.get("corrections");
		for (int i = 0; corrections != null && i < corrections.size(); i++) {
			read.correction(corrections.get(i), FILE + ": corrections[" + i + "]");
		}
		return read;
	}

	private void withdrawal(JsonNode node, String where) {
		String key = text(node, "key");
		ExchangeKind kind = kind(node, where, key);
		String reason = text(node, "reason");
		JsonNode shipped = node.get("shipped");
		if (reason == null) {
			issue(where, key, "reason", "say why the record was withdrawn");
		}
		if (shipped == null || !shipped.isObject()) {
			issue(where, key, "shipped", "give the record's fields as they were shipped");
		}
		else if (kind != null) {
			for (String field : shipped.propertyNames()) {
				if (!Fields.NAMES.get(kind).contains(field)) {
					issue(where, key, "shipped", "'" + field + "' is not a field of a " + ImportRun.singular(kind));
				}
			}
		}
		if (kind != null && key != null) {
			this.withdrawals.add(new Withdrawal(where, kind, key, reason, text(node, "superseded_by"), shipped));
		}
	}

	private void correction(JsonNode node, String where) {
		String key = text(node, "key");
		ExchangeKind kind = kind(node, where, key);
		String field = text(node, "field");
		if (kind != null && (field == null || !Fields.NAMES.get(kind).contains(field))) {
			issue(where, key, "field", "'" + field + "' is not a field of a " + ImportRun.singular(kind));
			return;
		}
		if (!node.has("from") || !node.has("to")) {
			issue(where, key, null, "give the value as shipped (from) and as corrected (to)");
			return;
		}
		if (kind != null && key != null) {
			this.corrections.add(new Correction(where, kind, key, field, node));
		}
	}

	private ExchangeKind kind(JsonNode node, String where, String key) {
		if (key == null) {
			issue(where, null, "key", "a key is required");
		}
		ExchangeKind kind = RECORDS.get(text(node, "record"));
		if (kind == null) {
			issue(where, key, "record", "must be one of " + new TreeSet<>(RECORDS.keySet()));
		}
		return kind;
	}

	private void issue(String where, String key, String field, String reason) {
		this.issues.add(new ImportIssue(where, key, field, reason));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString()) ? Interchange.text(value.asString()) : null;
	}

	/**
	 * Applies the corrections in a seed run, after its records.
	 * @param run the run (its issues get every problem)
	 * @param entityManager the run's entity manager
	 * @param deletedSeedKeys where a withdrawn record's key is remembered
	 * @param references refuses to withdraw a record still in use
	 * @return what was done and what was kept
	 */
	Outcome apply(ImportRun run, EntityManager entityManager, DeletedSeedKeys deletedSeedKeys,
			ReferenceChecks references) {
		run.issues.addAll(this.issues);
		if (!run.issues.isEmpty()) {
			return Outcome.NONE;
		}
		return new Applying(run, entityManager, deletedSeedKeys, references).all();
	}

	/** One application of the corrections to the database. */
	private final class Applying {

		private final ImportRun run;

		private final EntityManager entityManager;

		private final DeletedSeedKeys deletedSeedKeys;

		private final ReferenceChecks references;

		private final Fields fields;

		private final List<String> applied = new ArrayList<>();

		private final List<String> kept = new ArrayList<>();

		Applying(ImportRun run, EntityManager entityManager, DeletedSeedKeys deletedSeedKeys,
				ReferenceChecks references) {
			this.run = run;
			this.entityManager = entityManager;
			this.deletedSeedKeys = deletedSeedKeys;
			this.references = references;
			this.fields = new Fields(run);
		}

		Outcome all() {
			Map<String, List<Correction>> byRecord = new LinkedHashMap<>();
			for (Correction correction : SeedCorrections.this.corrections) {
				byRecord.computeIfAbsent(correction.kind() + ":" + correction.key(), (k) -> new ArrayList<>())
					.add(correction);
			}
			byRecord.values().forEach(this::correct);
			List<Withdrawal> dependentsFirst = new ArrayList<>(SeedCorrections.this.withdrawals);
			dependentsFirst.sort(Comparator.comparing(Withdrawal::kind).reversed());
			for (Withdrawal withdrawal : dependentsFirst) {
				withdraw(withdrawal);
			}
			return new Outcome(List.copyOf(this.applied), List.copyOf(this.kept));
		}

		/**
		 * Applies the corrections of one record together: all of them while each field
		 * still holds its shipped value (or already the corrected one), none when an
		 * analyst changed any of those fields, since the fields of a record go together
		 * (a date and its basis).
		 */
		private void correct(List<Correction> ofRecord) {
			Correction first = ofRecord.get(0);
			Object record = find(first.kind(), first.key());
			if (record == null) {
				return;
			}
			List<Correction> due = new ArrayList<>();
			List<String> changedHere = new ArrayList<>();
			for (Correction c : ofRecord) {
				Field field = this.fields.of(c.kind(), c.field());
				Object stored = field.stored(record);
				Object to = field.value(c.change(), "to", c.where(), c.key());
				if (Objects.equals(stored, to)) {
					continue;
				}
				Object from = field.value(c.change(), "from", c.where(), c.key());
				if (Objects.equals(stored, from)) {
					due.add(c);
				}
				else {
					changedHere.add("its " + label(c.field()) + " reads " + Fields.show(stored) + ", not the shipped "
							+ Fields.show(from) + " (the dataset now says " + Fields.show(to) + ")");
				}
			}
			if (!changedHere.isEmpty()) {
				this.kept.add("Kept the " + what(first.kind(), first.key()) + " as it is: "
						+ String.join("; ", changedHere) + ", so it was changed in this database"
						+ (due.isEmpty() ? "" : "; its other corrected fields were left alone too")
						+ ". Change it in its form if the correction applies.");
				return;
			}
			for (Correction c : due) {
				Field field = this.fields.of(c.kind(), c.field());
				if (field.setter() == null) {
					this.run.issue(c.where(), c.key(), c.field(),
							"the " + label(c.field()) + " of a " + ImportRun.singular(c.kind())
									+ " cannot be corrected in place; withdraw the record and ship it under a new key");
					continue;
				}
				Object from = field.stored(record);
				int mark = this.run.mark();
				actAsSeedCorrection();
				field.setter().accept(record, c.change().get("to"));
				if (this.run.mark() == mark) {
					this.applied.add("Corrected the " + what(c.kind(), c.key()) + ": " + label(c.field()) + " "
							+ Fields.show(from) + " → " + Fields.show(field.stored(record)) + ".");
				}
			}
			if (!due.isEmpty()) {
				this.run.valid(first.where(), first.key(), record);
			}
		}

		private void withdraw(Withdrawal w) {
			if (this.run.inFile(w.kind(), w.key())) {
				this.run.issue(w.where(), w.key(), "key", "is withdrawn but still in the dataset");
				return;
			}
			Object record = find(w.kind(), w.key());
			if (record == null) {
				return;
			}
			String reason = " (withdrawn from the dataset: " + w.reason()
					+ ((w.supersededBy() != null) ? " Superseded by " + w.supersededBy() + "." : "") + ")";
			List<String> changed = new ArrayList<>();
			for (String name : Fields.NAMES.get(w.kind())) {
				Field field = this.fields.of(w.kind(), name);
				if (!Objects.equals(field.stored(record), field.value(w.shipped(), name, w.where(), w.key()))) {
					changed.add(label(name));
				}
			}
			if (!changed.isEmpty()) {
				this.kept.add("Kept the " + what(w.kind(), w.key()) + reason + ": its " + String.join(", ", changed)
						+ " were changed in this database. Delete it in its form if the withdrawal applies.");
				return;
			}
			actAsSeedCorrection();
			String problem = delete(w, record);
			if (problem != null) {
				this.kept.add("Kept the " + what(w.kind(), w.key()) + reason + ": " + problem);
				return;
			}
			this.deletedSeedKeys.remember(ImportRun.table(w.kind()), w.key());
			this.applied.add("Withdrew the " + what(w.kind(), w.key()) + reason + ".");
		}

		/**
		 * Deletes a withdrawn record as its feature's delete does.
		 * @return why it cannot be deleted, or {@code null} once it is
		 */
		private String delete(Withdrawal w, Object record) {
			switch (record) {
				case MeasureEvent event -> {
					try {
						event.getMeasure().removeEvent(event);
					}
					catch (IllegalArgumentException ex) {
						return ex.getMessage();
					}
				}
				case CoalitionMembership membership -> {
					membership.getCoalition().getMemberships().remove(membership);
					this.entityManager.remove(membership);
				}
				case EnforcementAction action -> this.entityManager.remove(action);
				case Figure figure -> this.entityManager.remove(figure);
				default -> {
					if (!flush(w)) {
						return null;
					}
					try {
						this.references.refuseIfReferenced("The " + what(w.kind(), w.key()), record);
					}
					catch (RecordInUseException ex) {
						return ex.getMessage();
					}
					if (record instanceof Measure measure) {
						measure.getEvents()
							.forEach((event) -> this.deletedSeedKeys.remember("measure_event", event.getSeedKey()));
					}
					this.entityManager.remove(record);
				}
			}
			return null;
		}

		/**
		 * Writes what the run did so far, so that the reference checks' queries see the
		 * records withdrawn before.
		 */
		private boolean flush(Withdrawal w) {
			try {
				this.entityManager.flush();
				return true;
			}
			catch (PersistenceException ex) {
				this.run.issue(w.where(), w.key(), null, "the database refused the seed load: " + ex.getMessage());
				return false;
			}
		}

		private Object find(ExchangeKind kind, String key) {
			Class<?> type = switch (kind) {
				case ACTORS -> Actor.class;
				case COALITIONS -> Coalition.class;
				case MEMBERSHIPS -> CoalitionMembership.class;
				case MEASURES -> Measure.class;
				case EVENTS -> MeasureEvent.class;
				case ENFORCEMENT_ACTIONS -> EnforcementAction.class;
				case FIGURES -> Figure.class;
				case DOCUMENTS -> SourceDocument.class;
				case DECISIONS -> SentenceDecision.class;
			};
			return this.run.lookups.find(type, kind, key);
		}

		private void actAsSeedCorrection() {
			CurrentUser.actAs(CurrentUser.SEED_CORRECTION);
		}

	}

	private static String what(ExchangeKind kind, String key) {
		return ImportRun.singular(kind) + " " + key;
	}

	private static String label(String field) {
		return field.replace('_', ' ');
	}

	/**
	 * A field of a record kind: its stored value and a YAML value made comparable, and
	 * how to set it.
	 */
	private record Field(Function<Object, Object> stored, BiConsumer<Object, JsonNode> setter, Fields owner,
			Type type) {

		Object stored(Object record) {
			return this.stored.apply(record);
		}

		/** The value of a field of a node ({@code from}, {@code to}, a shipped field). */
		Object value(JsonNode node, String name, String where, String key) {
			return this.owner.parse(this.type, node.get(name), where, key);
		}

	}

	private enum Type {

		TEXT, DATE, NAME, KEY, CITES, ALIASES, AMOUNT

	}

	/**
	 * The fields of each record kind as the dataset names them, compared as exchanged:
	 * blank text is absent, an unknown date equals no date, references by key, evidence
	 * as the set of passages (document and offsets) and web addresses, aliases as a set.
	 */
	private static final class Fields {

		static final Map<ExchangeKind, List<String>> NAMES = Map.of(ExchangeKind.ACTORS,
				List.of("name", "kind", "iso3", "aliases", "description", "evidence"), ExchangeKind.COALITIONS,
				List.of("name", "kind", "description", "basis", "evidence"), ExchangeKind.MEMBERSHIPS,
				List.of("coalition", "actor", "basis", "joined", "left", "date_basis", "note", "evidence"),
				ExchangeKind.MEASURES,
				List.of("imposer", "target", "type", "title", "description", "legal_basis", "coalition", "evidence"),
				ExchangeKind.EVENTS, List.of("measure", "kind", "date", "date_basis", "note", "evidence"),
				ExchangeKind.ENFORCEMENT_ACTIONS,
				List.of("actor", "target", "target_description", "kind", "date", "date_basis", "description", "measure",
						"evidence"),
				ExchangeKind.FIGURES, List.of("amount", "amount_max", "currency", "period", "label", "actor", "measure",
						"date", "date_basis", "evidence"));

		private final ImportRun run;

		private final Map<String, Field> byName = new LinkedHashMap<>();

		Fields(ImportRun run) {
			this.run = run;
			actor();
			coalition();
			membership();
			measure();
			event();
			enforcement();
			figure();
		}

		Field of(ExchangeKind kind, String name) {
			return this.byName.get(kind.name() + ":" + name);
		}

		@SuppressWarnings("unchecked")
		private <E> void add(ExchangeKind kind, String name, Type type, Class<E> entity, Function<E, Object> stored,
				BiConsumer<E, JsonNode> setter) {
			Type t = type;
			this.byName.put(kind.name() + ":" + name, new Field((record) -> canonical(t, stored.apply((E) record)),
					(setter != null) ? (record, value) -> setter.accept((E) record, value) : null, this, t));
		}

		private void actor() {
			ExchangeKind k = ExchangeKind.ACTORS;
			add(k, "name", Type.TEXT, Actor.class, Actor::getName, null);
			add(k, "kind", Type.NAME, Actor.class, Actor::getKind, null);
			add(k, "iso3", Type.TEXT, Actor.class, Actor::getIso3, null);
			add(k, "aliases", Type.ALIASES, Actor.class, Actor::getAliases, null);
			add(k, "description", Type.TEXT, Actor.class, Actor::getDescription, (a, v) -> a.setDescription(textOf(v)));
			add(k, "evidence", Type.CITES, Actor.class, Actor::getEvidence,
					(a, v) -> evidence(a.getEvidence(), v, a.getSeedKey()));
		}

		private void coalition() {
			ExchangeKind k = ExchangeKind.COALITIONS;
			add(k, "name", Type.TEXT, Coalition.class, Coalition::getName, null);
			add(k, "kind", Type.NAME, Coalition.class, Coalition::getKind, null);
			add(k, "description", Type.TEXT, Coalition.class, Coalition::getDescription,
					(c, v) -> c.setDescription(textOf(v)));
			add(k, "basis", Type.TEXT, Coalition.class, Coalition::getBasis, (c, v) -> c.setBasis(textOf(v)));
			add(k, "evidence", Type.CITES, Coalition.class, Coalition::getEvidence,
					(c, v) -> evidence(c.getEvidence(), v, c.getSeedKey()));
		}

		private void membership() {
			ExchangeKind k = ExchangeKind.MEMBERSHIPS;
			Class<CoalitionMembership> m = CoalitionMembership.class;
			add(k, "coalition", Type.KEY, m, (e) -> e.getCoalition().getSeedKey(), null);
			add(k, "actor", Type.KEY, m, (e) -> e.getActor().getSeedKey(), null);
			add(k, "basis", Type.NAME, m, CoalitionMembership::getBasis, null);
			add(k, "joined", Type.DATE, m, CoalitionMembership::getJoined,
					(e, v) -> period(e, dateOf(v, e.getSeedKey()), e.getLeft()));
			add(k, "left", Type.DATE, m, CoalitionMembership::getLeft,
					(e, v) -> period(e, e.getJoined(), dateOf(v, e.getSeedKey())));
			add(k, "date_basis", Type.TEXT, m, CoalitionMembership::getDateBasis, (e, v) -> e.setDateBasis(textOf(v)));
			add(k, "note", Type.TEXT, m, CoalitionMembership::getNote, (e, v) -> e.setNote(textOf(v)));
			add(k, "evidence", Type.CITES, m, CoalitionMembership::getEvidence,
					(e, v) -> evidence(e.getEvidence(), v, e.getSeedKey()));
		}

		private void measure() {
			ExchangeKind k = ExchangeKind.MEASURES;
			add(k, "imposer", Type.KEY, Measure.class, (e) -> e.getImposer().getSeedKey(), null);
			add(k, "target", Type.KEY, Measure.class, (e) -> e.getTarget().getSeedKey(), null);
			add(k, "type", Type.NAME, Measure.class, Measure::getType, null);
			add(k, "title", Type.TEXT, Measure.class, Measure::getTitle, (e, v) -> e.setTitle(textOf(v)));
			add(k, "description", Type.TEXT, Measure.class, Measure::getDescription,
					(e, v) -> e.setDescription(textOf(v)));
			add(k, "legal_basis", Type.TEXT, Measure.class, Measure::getLegalBasis,
					(e, v) -> e.setLegalBasis(textOf(v)));
			add(k, "coalition", Type.KEY, Measure.class,
					(e) -> (e.getCoalition() != null) ? e.getCoalition().getSeedKey() : null, null);
			add(k, "evidence", Type.CITES, Measure.class, Measure::getEvidence,
					(e, v) -> evidence(e.getEvidence(), v, e.getSeedKey()));
		}

		private void event() {
			ExchangeKind k = ExchangeKind.EVENTS;
			Class<MeasureEvent> m = MeasureEvent.class;
			add(k, "measure", Type.KEY, m, (e) -> e.getMeasure().getSeedKey(), null);
			add(k, "kind", Type.NAME, m, MeasureEvent::getKind, (e, v) -> step(e, kindOf(v), e.getDate()));
			add(k, "date", Type.DATE, m, MeasureEvent::getDate,
					(e, v) -> step(e, e.getKind(), dateOf(v, e.getSeedKey())));
			add(k, "date_basis", Type.TEXT, m, MeasureEvent::getDateBasis, (e, v) -> e.setDateBasis(textOf(v)));
			add(k, "note", Type.TEXT, m, MeasureEvent::getNote, (e, v) -> e.setNote(textOf(v)));
			add(k, "evidence", Type.CITES, m, MeasureEvent::getEvidence,
					(e, v) -> evidence(e.getEvidence(), v, e.getSeedKey()));
		}

		private void enforcement() {
			ExchangeKind k = ExchangeKind.ENFORCEMENT_ACTIONS;
			Class<EnforcementAction> a = EnforcementAction.class;
			add(k, "actor", Type.KEY, a, (e) -> e.getActor().getSeedKey(), null);
			add(k, "target", Type.KEY, a, (e) -> (e.getTarget() != null) ? e.getTarget().getSeedKey() : null, null);
			add(k, "target_description", Type.TEXT, a, EnforcementAction::getTargetDescription,
					(e, v) -> e.setTargetDescription(textOf(v)));
			add(k, "kind", Type.NAME, a, EnforcementAction::getKind, null);
			add(k, "date", Type.DATE, a, EnforcementAction::getDate, (e, v) -> {
				PartialDate date = dateOf(v, e.getSeedKey());
				this.run.apply(FILE, e.getSeedKey(), "date", () -> e.setDate(date));
			});
			add(k, "date_basis", Type.TEXT, a, EnforcementAction::getDateBasis, (e, v) -> e.setDateBasis(textOf(v)));
			add(k, "description", Type.TEXT, a, EnforcementAction::getDescription,
					(e, v) -> e.setDescription(textOf(v)));
			add(k, "measure", Type.KEY, a, (e) -> (e.getMeasure() != null) ? e.getMeasure().getSeedKey() : null,
					(e, v) -> e.setMeasure(this.run.measure(FILE, e.getSeedKey(), "measure", textOf(v), false)));
			add(k, "evidence", Type.CITES, a, EnforcementAction::getEvidence,
					(e, v) -> evidence(e.getEvidence(), v, e.getSeedKey()));
		}

		private void figure() {
			ExchangeKind k = ExchangeKind.FIGURES;
			add(k, "amount", Type.AMOUNT, Figure.class, Figure::getAmount, null);
			add(k, "amount_max", Type.AMOUNT, Figure.class, Figure::getAmountMax, null);
			add(k, "currency", Type.TEXT, Figure.class, Figure::getCurrency, null);
			add(k, "period", Type.NAME, Figure.class, Figure::getPeriod, null);
			add(k, "label", Type.TEXT, Figure.class, Figure::getLabel, null);
			add(k, "actor", Type.KEY, Figure.class, (e) -> (e.getActor() != null) ? e.getActor().getSeedKey() : null,
					null);
			add(k, "measure", Type.KEY, Figure.class,
					(e) -> (e.getMeasure() != null) ? e.getMeasure().getSeedKey() : null,
					(e, v) -> e.setMeasure(this.run.measure(FILE, e.getSeedKey(), "measure", textOf(v), false)));
			add(k, "date", Type.DATE, Figure.class, Figure::getDate, (e, v) -> {
				PartialDate date = dateOf(v, e.getSeedKey());
				this.run.apply(FILE, e.getSeedKey(), "date", () -> e.setDate(date));
			});
			add(k, "date_basis", Type.TEXT, Figure.class, Figure::getDateBasis, (e, v) -> e.setDateBasis(textOf(v)));
			add(k, "evidence", Type.CITES, Figure.class, Figure::getEvidence,
					(e, v) -> evidence(e.getEvidence(), v, e.getSeedKey()));
		}

		// ---- setting, through the kinds' rules

		private void step(MeasureEvent event, EventKind kind, PartialDate date) {
			this.run.apply(FILE, event.getSeedKey(), "date", () -> event.getMeasure().changeEvent(event, kind, date));
		}

		private void period(CoalitionMembership membership, PartialDate joined, PartialDate left) {
			this.run.apply(FILE, membership.getSeedKey(), "left", () -> membership.setPeriod(joined, left));
		}

		private void evidence(List<Evidence> current, JsonNode value, String key) {
			List<Cite> cites = citesOf(value, key);
			List<Evidence> resolved = this.run.evidence.resolve(FILE, key, cites, true);
			if (resolved != null) {
				FieldChanges.replace(current, resolved);
			}
		}

		private static String textOf(JsonNode value) {
			return (value != null && value.isString()) ? Interchange.text(value.asString()) : null;
		}

		private EventKind kindOf(JsonNode value) {
			try {
				return EventKind.valueOf(textOf(value));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				this.run.issue(FILE, null, "kind", "'" + textOf(value) + "' is not an event kind");
				return null;
			}
		}

		private PartialDate dateOf(JsonNode value, String key) {
			return new RecordParser(this.run.issues).date(holder(value), "v", FILE, key);
		}

		private List<Cite> citesOf(JsonNode value, String key) {
			return new RecordParser(this.run.issues).cites(holder(value), "v", FILE, key);
		}

		private static JsonNode holder(JsonNode value) {
			var node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
			if (value != null) {
				node.set("v", value);
			}
			return node;
		}

		// ---- comparing

		Object parse(Type type, JsonNode value, String where, String key) {
			return switch (type) {
				case TEXT, KEY -> textOf(value);
				case NAME -> textOf(value);
				case DATE -> new RecordParser(this.run.issues).date(holder(value), "v", where, key);
				case CITES -> identities(new RecordParser(this.run.issues).cites(holder(value), "v", where, key));
				case ALIASES -> {
					Set<String> aliases = new TreeSet<>();
					if (value != null) {
						value.forEach((alias) -> aliases.add(alias.asString()));
					}
					yield aliases;
				}
				case AMOUNT ->
					(value != null && value.isNumber()) ? FieldChanges.plain(value.decimalValue()) : textOf(value);
			};
		}

		private Object canonical(Type type, Object stored) {
			return switch (type) {
				case TEXT, KEY -> (stored instanceof String text) ? Interchange.text(text) : null;
				case NAME -> (stored instanceof Enum<?> name) ? name.name() : null;
				case DATE -> (stored instanceof PartialDate date) ? date : PartialDate.unknown();
				case CITES -> {
					Set<String> ids = new TreeSet<>();
					for (Object item : (List<?>) stored) {
						Evidence e = (Evidence) item;
						ids.add((e.getDocument() != null)
								? e.getDocument().getId() + "@" + e.getStartOffset() + "-" + e.getEndOffset()
								: "url " + e.getUrl());
					}
					yield ids;
				}
				case ALIASES -> new TreeSet<>((Set<?>) stored).stream()
					.map(String::valueOf)
					.collect(Collectors.toCollection(TreeSet::new));
				case AMOUNT -> (stored instanceof BigDecimal amount) ? FieldChanges.plain(amount) : null;
			};
		}

		/**
		 * The passages and addresses a list of citations names, as stored: a passage by
		 * its document and offsets (a quote not found is its own, unequal to any).
		 */
		private Set<String> identities(List<Cite> cites) {
			Set<String> ids = new TreeSet<>();
			for (Cite cite : cites) {
				if (cite.isWeb()) {
					ids.add("url " + cite.url());
					continue;
				}
				SourceDocument document = this.run.lookups.find(SourceDocument.class, ExchangeKind.DOCUMENTS,
						cite.doc());
				try {
					Citations.Located located = (document != null)
							? Citations.locate(document, cite.quote(), cite.start()) : null;
					ids.add((located != null) ? document.getId() + "@" + located.start() + "-" + located.end()
							: "not found " + cite.doc() + ": " + cite.quote());
				}
				catch (IllegalArgumentException ex) {
					ids.add("not found " + cite.doc() + ": " + cite.quote());
				}
			}
			return ids;
		}

		/**
		 * A value for the report: a date as written, text shortened, citations counted.
		 */
		static String show(Object value) {
			return switch (value) {
				case null -> "(empty)";
				case PartialDate date -> (date.precision() == DatePrecision.UNKNOWN) ? "(no date)" : date.display();
				case Set<?> set when set.isEmpty() -> "(none)";
				case Set<?> set -> set.iterator().next().toString().matches("\\d+@.*|url .*|not found .*")
						? set.size() + " citation(s)" : String.join(", ", set.stream().map(String::valueOf).toList());
				case String text -> "\"" + ((text.length() > 80) ? text.substring(0, 79) + "…" : text) + "\"";
				default -> value.toString();
			};
		}

	}

}
