package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;
import org.sanctionstracker.source.Evidence;

/**
 * The measures of an import with their lifecycle events (inside their measure, or
 * standing alone and naming it), checked by the measure's own rules: imposer and target
 * differ ({@link Measure#partiesProblem}), the steps keep a possible order
 * ({@link Lifecycle#checkOrder}, applied through {@link Measure#addEvent} so that what
 * the measure keeps up to date on each step is kept here too), and each cites evidence.
 */
final class MeasureImport {

	private final ImportRun run;

	private final EntityManager entityManager;

	MeasureImport(ImportRun run, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
	}

	void apply(Located<MeasureData> record) {
		MeasureData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.MEASURES, key, where)) {
			events(where, d, null, false);
			return;
		}
		Measure existing = this.run.lookups.find(Measure.class, ExchangeKind.MEASURES, key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.measures.put(key, existing);
			this.run.evidence.check(where, key, d.evidence(), true);
			events(where, d, existing, false);
			return;
		}
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.MEASURES, key, existing.getVersion());
		}
		int mark = this.run.mark();
		Actor imposer = this.run.actor(where, key, "imposer", d.imposer(), true);
		Actor target = this.run.actor(where, key, "target", d.target(), true);
		Coalition coalition = this.run.coalition(where, key, d.coalition());
		if (this.run.skippedBySeedLoad(ExchangeKind.MEASURES, key, where, false)) {
			events(where, d, null, true);
			return;
		}
		this.run.check(where, key, Measure.class, "title", d.title());
		this.run.check(where, key, Measure.class, "description", d.description());
		this.run.check(where, key, Measure.class, "legalBasis", d.legalBasis());
		this.run.problem(where, key, "target", Measure.partiesProblem(imposer, target));
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		if (existing == null && this.run.mode == ImportMode.SEED && d.events().isEmpty()) {
			this.run.issue(where, key, "events", "A shipped measure needs at least one lifecycle event");
		}
		if (existing != null) {
			if (imposer != null && !imposer.getId().equals(existing.getImposer().getId())) {
				this.run.issue(where, key, "imposer", ImportRun.unchangeable("a measure's imposer"));
			}
			if (target != null && !target.getId().equals(existing.getTarget().getId())) {
				this.run.issue(where, key, "target", ImportRun.unchangeable("a measure's target"));
			}
			if (d.type() != null && d.type() != existing.getType()) {
				this.run.issue(where, key, "type", ImportRun.unchangeable("a measure's type"));
			}
		}
		Measure measure = existing;
		if (this.run.clean(where, mark)) {
			if (existing == null) {
				Measure created = new Measure(imposer, target, d.type(), d.title());
				created.setSeedKey(key);
				created.setDescription(d.description());
				created.setLegalBasis(d.legalBasis());
				created.setCoalition(coalition);
				created.getEvidence().addAll(evidence);
				if (this.run.valid(where, key, created)) {
					this.entityManager.persist(created);
					this.run.added(ExchangeKind.MEASURES, key, d.title(), where);
					measure = created;
				}
			}
			else {
				FieldChanges changes = new FieldChanges().compare("title", existing.getTitle(), d.title())
					.compare("description", existing.getDescription(), d.description())
					.compare("legal_basis", existing.getLegalBasis(), d.legalBasis())
					.compare("coalition", existing.getCoalition(), coalition)
					.compareEvidence(existing.getEvidence(), evidence);
				if (changes.any()) {
					existing.setTitle(d.title());
					existing.setDescription(d.description());
					existing.setLegalBasis(d.legalBasis());
					existing.setCoalition(coalition);
					FieldChanges.replace(existing.getEvidence(), evidence);
					this.run.valid(where, key, existing);
				}
				this.run.row(ExchangeKind.MEASURES, key, changes.fields(), d.title(), where);
			}
		}
		if (measure != null) {
			this.run.measures.put(key, measure);
		}
		events(where, d, measure, false);
	}

	/**
	 * The events of a measure record; {@code measure} is {@code null} when the measure
	 * could not be imported: its events are checked, their order among themselves too,
	 * but not written.
	 */
	private void events(String where, MeasureData d, Measure measure, boolean measureSkipped) {
		List<Lifecycle.Step> steps = (measure != null) ? new ArrayList<>(measure.steps()) : new ArrayList<>();
		for (int i = 0; i < d.events().size(); i++) {
			event(where + ".events[" + i + "]", d.events().get(i), measure, steps, measureSkipped);
		}
	}

	/**
	 * An event standing alone (an events CSV, or {@code "events"} in JSON): it names its
	 * measure, in the file or in the database.
	 * @param record the event
	 */
	void applyEvent(Located<EventData> record) {
		EventData d = record.data();
		String where = record.location();
		if (!this.run.begin(ExchangeKind.EVENTS, d.key(), where)) {
			return;
		}
		Measure measure = this.run.measure(where, d.key(), "measure", d.measure(), true);
		boolean measureSkipped = this.run.isSkipped(ExchangeKind.MEASURES, d.measure());
		if (measure != null && d.context() != null) {
			checkContext(where, d, measure);
		}
		List<Lifecycle.Step> steps = (measure != null) ? new ArrayList<>(measure.steps()) : new ArrayList<>();
		check(where, d, measure, steps, measureSkipped);
	}

	private void event(String where, EventData d, Measure measure, List<Lifecycle.Step> steps, boolean measureSkipped) {
		if (!this.run.begin(ExchangeKind.EVENTS, d.key(), where)) {
			return;
		}
		check(where, d, measure, steps, measureSkipped);
	}

	/**
	 * Checks an event and adds it to its measure, or applies the file's changes to it.
	 * @param steps the measure's steps so far, for the order check when the measure
	 * itself could not be imported; grows by the event
	 */
	private void check(String where, EventData d, Measure measure, List<Lifecycle.Step> steps, boolean measureSkipped) {
		String key = d.key();
		MeasureEvent existing = this.run.lookups.find(MeasureEvent.class, ExchangeKind.EVENTS, key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.evidence.check(where, key, d.evidence(), true);
			return;
		}
		if (this.run.skippedBySeedLoad(ExchangeKind.EVENTS, key, where, measureSkipped)) {
			return;
		}
		int mark = this.run.mark();
		this.run.check(where, key, MeasureEvent.class, "dateBasis", d.dateBasis());
		this.run.check(where, key, MeasureEvent.class, "note", d.note());
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		String title = (measure != null) ? measure.getTitle() : d.measure();
		String summary = d.kind() + " " + d.date().display() + " · " + title;
		if (existing == null) {
			if (d.kind() != null) {
				List<Lifecycle.Step> after = new ArrayList<>(steps);
				after.add(new Lifecycle.Step(d.kind(), d.date()));
				if (this.run.apply(where, key, null, () -> Lifecycle.checkOrder(after))) {
					steps.add(after.get(after.size() - 1));
				}
			}
			if (measure == null || !this.run.clean(where, mark)) {
				return;
			}
			MeasureEvent event = new MeasureEvent(d.kind(), d.date());
			event.setSeedKey(key);
			event.setDateBasis(d.dateBasis());
			event.setNote(d.note());
			event.getEvidence().addAll(evidence);
			if (this.run.valid(where, key, event) && this.run.apply(where, key, null, () -> measure.addEvent(event))) {
				this.entityManager.persist(event);
				this.run.added(ExchangeKind.EVENTS, key, summary, where);
			}
			return;
		}
		this.run.checkVersion(where, ExchangeKind.EVENTS, key, existing.getVersion());
		if (measure != null && !Objects.equals(existing.getMeasure().getId(), measure.getId())) {
			this.run.issue(where, key, "measure", "this event belongs to another measure ('"
					+ existing.getMeasure().getTitle() + "') and cannot move");
		}
		if (d.kind() != null && d.kind() != existing.getKind()) {
			this.run.issue(where, key, "kind", ImportRun.unchangeable("an event's kind"));
		}
		if (!d.date().equals(existing.getDate())) {
			this.run.issue(where, key, "date", ImportRun.unchangeable("an event's date"));
		}
		if (measure == null || !this.run.clean(where, mark)) {
			return;
		}
		FieldChanges changes = new FieldChanges().compare("date_basis", existing.getDateBasis(), d.dateBasis())
			.compare("note", existing.getNote(), d.note())
			.compareEvidence(existing.getEvidence(), evidence);
		if (changes.any()) {
			existing.setDateBasis(d.dateBasis());
			existing.setNote(d.note());
			FieldChanges.replace(existing.getEvidence(), evidence);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.EVENTS, key, changes.fields(), summary, where);
	}

	private void checkContext(String where, EventData d, Measure measure) {
		var context = d.context();
		String imposer = this.run.lookups.key(measure.getImposer());
		String target = this.run.lookups.key(measure.getTarget());
		if (context.measureTitle() != null && !context.measureTitle().equals(measure.getTitle())) {
			this.run.issue(where, d.key(), "measure_title",
					"does not match the title of measure '" + d.measure() + "'");
		}
		if (context.imposer() != null && !context.imposer().equals(imposer)) {
			this.run.issue(where, d.key(), "imposer",
					"does not match the imposer of measure '" + d.measure() + "' (" + imposer + ")");
		}
		if (context.target() != null && !context.target().equals(target)) {
			this.run.issue(where, d.key(), "target",
					"does not match the target of measure '" + d.measure() + "' (" + target + ")");
		}
		if (context.type() != null && context.type() != measure.getType()) {
			this.run.issue(where, d.key(), "type",
					"does not match the type of measure '" + d.measure() + "' (" + measure.getType() + ")");
		}
	}

}
