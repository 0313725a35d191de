package org.sanctionstracker.exchange;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.Evidence;

/**
 * The money figures of an import, checked by the figure's own rules (amounts a figure can
 * have, a range's maximum not below its minimum, an ISO 4217 currency:
 * {@link Figure#problems}, which the figure form's service asks too) and the provenance
 * rule.
 */
final class FigureImport {

	private final ImportRun run;

	private final EntityManager entityManager;

	FigureImport(ImportRun run, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
	}

	void apply(Located<FigureData> record) {
		FigureData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.FIGURES, key, where)) {
			return;
		}
		Figure existing = this.run.lookups.find(Figure.class, ExchangeKind.FIGURES, key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.evidence.check(where, key, d.evidence(), true);
			return;
		}
		int mark = this.run.mark();
		Actor actor = this.run.actor(where, key, "actor", d.actor(), false);
		Measure measure = this.run.measure(where, key, "measure", d.measure(), false);
		if (this.run.skippedBySeedLoad(ExchangeKind.FIGURES, key, where, false)) {
			return;
		}
		this.run.problems(where, key, Figure.problems(d.amount(), d.amountMax(), d.currency()));
		this.run.check(where, key, Figure.class, "label", d.label());
		this.run.check(where, key, Figure.class, "dateBasis", d.dateBasis());
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.FIGURES, key, existing.getVersion());
			String period = (d.period() != null) ? d.period().name() : null;
			for (String[] identity : new String[][] {
					{ "amount", FieldChanges.plain(existing.getAmount()), FieldChanges.plain(d.amount()) },
					{ "amount_max", FieldChanges.plain(existing.getAmountMax()), FieldChanges.plain(d.amountMax()) },
					{ "currency", existing.getCurrency(), d.currency() },
					{ "period", existing.getPeriod().name(), period }, { "label", existing.getLabel(), d.label() } }) {
				if (!Objects.equals(identity[1], identity[2])) {
					this.run.issue(where, key, identity[0],
							ImportRun.unchangeable("a figure's " + identity[0].replace('_', ' ')));
				}
			}
		}
		if (!this.run.clean(where, mark)) {
			return;
		}
		if (existing == null) {
			Figure created = new Figure(d.amount(), d.amountMax(), d.currency(), d.period(), d.label());
			created.setSeedKey(key);
			created.setActor(actor);
			created.setMeasure(measure);
			created.setDate(d.date());
			created.setDateBasis(d.dateBasis());
			created.getEvidence().addAll(evidence);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.added(ExchangeKind.FIGURES, key, d.label(), where);
			}
			return;
		}
		FieldChanges changes = new FieldChanges().compare("actor", existing.getActor(), actor)
			.compare("measure", existing.getMeasure(), measure)
			.compare("date", existing.getDate(), d.date())
			.compare("date_basis", existing.getDateBasis(), d.dateBasis())
			.compareEvidence(existing.getEvidence(), evidence);
		if (changes.any()) {
			existing.setActor(actor);
			existing.setMeasure(measure);
			existing.setDate(d.date());
			existing.setDateBasis(d.dateBasis());
			FieldChanges.replace(existing.getEvidence(), evidence);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.FIGURES, key, changes.fields(), d.label(), where);
	}

}
