package org.sanctionstracker.exchange;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.Evidence;

/**
 * The enforcement actions of an import, checked by the action's own rules (an actor does
 * not enforce against itself, {@link EnforcementAction#partiesProblem}) and the
 * provenance rule.
 */
final class EnforcementImport {

	private final ImportRun run;

	private final EntityManager entityManager;

	EnforcementImport(ImportRun run, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
	}

	void apply(Located<EnforcementData> record) {
		EnforcementData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.ENFORCEMENT_ACTIONS, key, where)) {
			return;
		}
		EnforcementAction existing = this.run.lookups.find(EnforcementAction.class, ExchangeKind.ENFORCEMENT_ACTIONS,
				key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.evidence.check(where, key, d.evidence(), true);
			return;
		}
		int mark = this.run.mark();
		Actor actor = this.run.actor(where, key, "actor", d.actor(), true);
		Actor target = this.run.actor(where, key, "target", d.target(), false);
		Measure measure = this.run.measure(where, key, "measure", d.measure(), false);
		if (this.run.skippedBySeedLoad(ExchangeKind.ENFORCEMENT_ACTIONS, key, where, false)) {
			return;
		}
		this.run.problem(where, key, "target", EnforcementAction.partiesProblem(actor, target));
		this.run.check(where, key, EnforcementAction.class, "targetDescription", d.targetDescription());
		this.run.check(where, key, EnforcementAction.class, "dateBasis", d.dateBasis());
		this.run.check(where, key, EnforcementAction.class, "description", d.description());
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		String summary = d.kind() + " " + d.date().display() + " · " + d.actor();
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.ENFORCEMENT_ACTIONS, key, existing.getVersion());
			if (actor != null && !actor.getId().equals(existing.getActor().getId())) {
				this.run.issue(where, key, "actor", ImportRun.unchangeable("an enforcement action's actor"));
			}
			if (d.kind() != null && d.kind() != existing.getKind()) {
				this.run.issue(where, key, "kind", ImportRun.unchangeable("an enforcement action's kind"));
			}
			if (!d.date().equals(existing.getDate())) {
				this.run.issue(where, key, "date", ImportRun.unchangeable("an enforcement action's date"));
			}
		}
		if (!this.run.clean(where, mark)) {
			return;
		}
		if (existing == null) {
			EnforcementAction created = new EnforcementAction(actor, d.kind(), d.date(), d.description());
			created.setSeedKey(key);
			created.setTarget(target);
			created.setTargetDescription(d.targetDescription());
			created.setDateBasis(d.dateBasis());
			created.setMeasure(measure);
			created.getEvidence().addAll(evidence);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.added(ExchangeKind.ENFORCEMENT_ACTIONS, key, summary, where);
			}
			return;
		}
		FieldChanges changes = new FieldChanges().compare("target", existing.getTarget(), target)
			.compare("target_description", existing.getTargetDescription(), d.targetDescription())
			.compare("date_basis", existing.getDateBasis(), d.dateBasis())
			.compare("description", existing.getDescription(), d.description())
			.compare("measure", existing.getMeasure(), measure)
			.compareEvidence(existing.getEvidence(), evidence);
		if (changes.any()) {
			existing.setTarget(target);
			existing.setTargetDescription(d.targetDescription());
			existing.setDateBasis(d.dateBasis());
			existing.setDescription(d.description());
			existing.setMeasure(measure);
			FieldChanges.replace(existing.getEvidence(), evidence);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.ENFORCEMENT_ACTIONS, key, changes.fields(), summary, where);
	}

}
