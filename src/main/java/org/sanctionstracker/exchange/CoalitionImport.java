package org.sanctionstracker.exchange;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.coalition.CoalitionRules;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.source.Evidence;

/**
 * The coalitions of an import with their members, checked by the coalition's own rules
 * ({@link CoalitionRules}: names unique ignoring case and spacing; a member cannot leave
 * before it joined) and the provenance rule (each cites evidence).
 */
final class CoalitionImport {

	private final ImportRun run;

	private final EntityManager entityManager;

	private final CoalitionRules.Names names;

	CoalitionImport(ImportRun run, CoalitionRules rules, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
		this.names = rules
			.holders(run.file.coalitions.stream().map((c) -> c.data().name()).filter(Objects::nonNull).toList());
	}

	void apply(Located<CoalitionData> record) {
		CoalitionData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.COALITIONS, key, where)) {
			members(where, d, null, false);
			return;
		}
		Coalition existing = this.run.lookups.find(Coalition.class, ExchangeKind.COALITIONS, key);
		if (this.run.mode == ImportMode.SEED) {
			if (existing != null) {
				this.run.coalitions.put(key, existing);
				this.run.evidence.check(where, key, d.evidence(), true);
				members(where, d, existing, false);
				return;
			}
			if (this.run.skippedBySeedLoad(ExchangeKind.COALITIONS, key, where, false)) {
				members(where, d, null, true);
				return;
			}
		}
		Coalition coalition = existing;
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.COALITIONS, key, existing.getVersion());
		}
		int mark = this.run.mark();
		Long ownId = (existing != null) ? existing.getId() : null;
		this.run.check(where, key, Coalition.class, "name", d.name());
		this.run.check(where, key, Coalition.class, "description", d.description());
		this.run.check(where, key, Coalition.class, "basis", d.basis());
		this.run.problem(where, key, "name", this.names.problem(ownId, d.name()));
		this.names.take(ownId, d.name());
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		if (this.run.clean(where, mark)) {
			if (existing == null) {
				Coalition created = new Coalition(d.name(), d.kind());
				created.setSeedKey(key);
				created.setDescription(d.description());
				created.setBasis(d.basis());
				created.getEvidence().addAll(evidence);
				if (this.run.valid(where, key, created)) {
					this.entityManager.persist(created);
					this.run.added(ExchangeKind.COALITIONS, key, d.name(), where);
					coalition = created;
				}
			}
			else {
				FieldChanges changes = new FieldChanges().compare("name", existing.getName(), d.name())
					.compare("kind", existing.getKind(), d.kind())
					.compare("description", existing.getDescription(), d.description())
					.compare("basis", existing.getBasis(), d.basis())
					.compareEvidence(existing.getEvidence(), evidence);
				if (changes.any()) {
					existing.setName(d.name());
					existing.setKind(d.kind());
					existing.setDescription(d.description());
					existing.setBasis(d.basis());
					FieldChanges.replace(existing.getEvidence(), evidence);
					this.run.valid(where, key, existing);
				}
				this.run.row(ExchangeKind.COALITIONS, key, changes.fields(), d.name(), where);
			}
		}
		if (coalition != null) {
			this.run.coalitions.put(key, coalition);
		}
		members(where, d, coalition, false);
	}

	private void members(String where, CoalitionData d, Coalition coalition, boolean coalitionSkipped) {
		for (int i = 0; i < d.members().size(); i++) {
			member(where + ".members[" + i + "]", d.members().get(i), coalition, coalitionSkipped);
		}
	}

	/**
	 * A member of a coalition; {@code coalition} is {@code null} when the coalition could
	 * not be imported, and then the member is checked but not written.
	 */
	private void member(String where, MemberData d, Coalition coalition, boolean coalitionSkipped) {
		String key = d.key();
		if (!this.run.begin(ExchangeKind.MEMBERSHIPS, key, where)) {
			return;
		}
		CoalitionMembership existing = this.run.lookups.find(CoalitionMembership.class, ExchangeKind.MEMBERSHIPS, key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.evidence.check(where, key, d.evidence(), true);
			return;
		}
		int mark = this.run.mark();
		Actor actor = this.run.actor(where, key, "actor", d.actor(), true);
		if (this.run.skippedBySeedLoad(ExchangeKind.MEMBERSHIPS, key, where, coalitionSkipped)) {
			return;
		}
		this.run.problem(where, key, "left", CoalitionMembership.periodProblem(d.joined(), d.left()));
		this.run.check(where, key, CoalitionMembership.class, "dateBasis", d.dateBasis());
		this.run.check(where, key, CoalitionMembership.class, "note", d.note());
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), true);
		String summary = d.actor() + " in " + ((coalition != null) ? coalition.getName() : d.coalition());
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.MEMBERSHIPS, key, existing.getVersion());
			if (coalition != null && !Objects.equals(existing.getCoalition().getId(), coalition.getId())) {
				this.run.issue(where, key, "key", "this membership belongs to another coalition ("
						+ existing.getCoalition().getName() + ") and cannot move");
			}
			if (actor != null && !Objects.equals(existing.getActor().getId(), actor.getId())) {
				this.run.issue(where, key, "actor", ImportRun.unchangeable("a membership's actor"));
			}
		}
		if (coalition == null || !this.run.clean(where, mark)) {
			return;
		}
		if (existing == null) {
			CoalitionMembership created = new CoalitionMembership(actor, d.basis(), d.joined(), d.left());
			created.setSeedKey(key);
			created.setDateBasis(d.dateBasis());
			created.setNote(d.note());
			created.getEvidence().addAll(evidence);
			coalition.addMembership(created);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.added(ExchangeKind.MEMBERSHIPS, key, summary, where);
			}
			return;
		}
		FieldChanges changes = new FieldChanges().compare("basis", existing.getBasis(), d.basis())
			.compare("joined", existing.getJoined(), d.joined())
			.compare("left", existing.getLeft(), d.left())
			.compare("date_basis", existing.getDateBasis(), d.dateBasis())
			.compare("note", existing.getNote(), d.note())
			.compareEvidence(existing.getEvidence(), evidence);
		if (changes.any()) {
			existing.setPeriod(d.joined(), d.left());
			existing.setBasis(d.basis());
			existing.setDateBasis(d.dateBasis());
			existing.setNote(d.note());
			FieldChanges.replace(existing.getEvidence(), evidence);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.MEMBERSHIPS, key, changes.fields(), summary, where);
	}

}
