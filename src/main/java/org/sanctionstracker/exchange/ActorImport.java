package org.sanctionstracker.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRules;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.source.Evidence;

/**
 * The actors of an import, checked by the actor's own rules ({@link ActorRules}: names
 * unique ignoring case and spacing, codes unique, codes for states only), read for the
 * whole file at once.
 */
final class ActorImport {

	private static final Logger log = LoggerFactory.getLogger(ActorImport.class);

	private final ImportRun run;

	private final EntityManager entityManager;

	private final ActorRules.Holders holders;

	ActorImport(ImportRun run, ActorRules rules, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
		List<ActorData> actors = run.file.actors.stream().map(Located::data).toList();
		this.holders = rules.holders(actors.stream().map(ActorData::name).filter(Objects::nonNull).toList(),
				actors.stream().map(ActorData::iso3).filter(Objects::nonNull).toList());
	}

	/**
	 * In a seed load, the state created in this database (by an analyst, or the synthetic
	 * generator) that holds a shipped actor's ISO code and has no key of its own: the
	 * shipped records that name the state are linked to it and it is left as it is, so
	 * that a state added to the dataset later neither stops the start on the unique code
	 * nor is added twice.
	 */
	private Actor unkeyedHolderOfCode(String iso3) {
		String code = ActorRules.code(iso3);
		if (code == null) {
			return null;
		}
		return this.entityManager
			.createQuery("select a from Actor a where a.iso3 = :code and a.seedKey is null", Actor.class)
			.setParameter("code", code)
			.getResultStream()
			.findFirst()
			.orElse(null);
	}

	void apply(Located<ActorData> record) {
		ActorData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.ACTORS, key, where)) {
			return;
		}
		Actor existing = this.run.lookups.find(Actor.class, ExchangeKind.ACTORS, key);
		if (this.run.mode == ImportMode.SEED) {
			if (existing != null) {
				this.run.actors.put(key, existing);
				this.run.evidence.check(where, key, d.evidence(), false);
				return;
			}
			if (this.run.skippedBySeedLoad(ExchangeKind.ACTORS, key, where, false)) {
				return;
			}
			Actor sameState = unkeyedHolderOfCode(d.iso3());
			if (sameState != null) {
				log.info("Seed dataset: {} ({}) is the state {} already created here; its records are linked to it",
						where, key, sameState.getName());
				this.run.actors.put(key, sameState);
				this.run.evidence.check(where, key, d.evidence(), false);
				return;
			}
		}
		if (existing != null) {
			this.run.actors.put(key, existing);
			this.run.checkVersion(where, ExchangeKind.ACTORS, key, existing.getVersion());
		}
		int mark = this.run.mark();
		Long ownId = (existing != null) ? existing.getId() : null;
		String iso3 = ActorRules.code(d.iso3());
		this.run.check(where, key, Actor.class, "name", d.name());
		this.run.check(where, key, Actor.class, "iso3", iso3);
		this.run.check(where, key, Actor.class, "description", d.description());
		this.run.check(where, key, Actor.class, "aliases", new LinkedHashSet<>(d.aliases()));
		this.run.problems(where, key, this.holders.problems(ownId, d.name(), d.kind(), iso3));
		this.holders.take(ownId, d.name(), iso3);
		List<Evidence> evidence = this.run.evidence.resolve(where, key, d.evidence(), false);
		if (!this.run.clean(where, mark)) {
			return;
		}
		if (existing == null) {
			Actor created = new Actor(d.name(), d.kind(), iso3);
			created.setSeedKey(key);
			created.setDescription(d.description());
			created.getAliases().addAll(d.aliases());
			created.getEvidence().addAll(evidence);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.added(ExchangeKind.ACTORS, key, d.name(), where);
				this.run.actors.put(key, created);
			}
			return;
		}
		FieldChanges changes = new FieldChanges().compare("name", existing.getName(), d.name())
			.compare("kind", existing.getKind(), d.kind())
			.compare("iso3", existing.getIso3(), iso3)
			.compare("aliases", new LinkedHashSet<>(existing.getAliases()), new LinkedHashSet<>(d.aliases()))
			.compare("description", existing.getDescription(), d.description())
			.compareEvidence(existing.getEvidence(), evidence);
		if (changes.any()) {
			existing.setName(d.name());
			existing.setIso3(null);
			existing.setKind(d.kind());
			existing.setIso3(iso3);
			existing.setDescription(d.description());
			existing.getAliases().clear();
			existing.getAliases().addAll(d.aliases());
			FieldChanges.replace(existing.getEvidence(), evidence);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.ACTORS, key, changes.fields(), d.name(), where);
	}

}
