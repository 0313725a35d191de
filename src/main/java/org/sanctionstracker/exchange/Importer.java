package org.sanctionstracker.exchange;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import org.sanctionstracker.actor.ActorRules;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.coalition.CoalitionRules;
import org.sanctionstracker.source.DocumentRules;

import org.springframework.stereotype.Component;

/**
 * The one write path for bulk data: applies an {@link ImportFile} (an editor's JSON or
 * CSV file, or the shipped seed dataset) to the database inside the caller's transaction.
 * It looks at every record in dependency order (documents, actors, coalitions with their
 * members, measures with their events, events standing alone, enforcement actions,
 * figures, decisions that sentences are not records), each kind through its own piece
 * ({@link DocumentImport}, {@link ActorImport}, {@link CoalitionImport},
 * {@link MeasureImport}, {@link EnforcementImport}, {@link FigureImport},
 * {@link DecisionImport}), which checks every field and calls that kind's rules from its
 * feature, the same the forms' services call: uniqueness ignoring case and spacing,
 * references, quotes found verbatim, provenance, lifecycle order, Bean Validation. It
 * returns what each record does (new, changed, unchanged) and every problem of every
 * record; the caller commits only when there is none, so the preview and the commit run
 * the very same code. See {@code docs/decisions/0005} and {@code 0011}.
 *
 * <p>
 * Records are matched by key. In {@link ImportMode#UPDATE} a record already in the
 * database may be changed in the fields its entity lets an editor change; a change to
 * what identifies it is refused for that record. In {@link ImportMode#SEED} it is left as
 * it is, except where the seed dataset's corrections ({@link SeedCorrections}) say a
 * shipped value or record was corrected or withdrawn and nobody changed it since: those
 * are the only changes and deletions a seed load makes.
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
	 * @param corrections what a seed load did with the dataset's corrections
	 */
	record Result(List<PreviewRow> rows, List<ImportIssue> issues, Map<String, Long> versions,
			SeedCorrections.Outcome corrections) {

		Result(List<PreviewRow> rows, List<ImportIssue> issues, Map<String, Long> versions) {
			this(rows, issues, versions, SeedCorrections.Outcome.NONE);
		}

		/**
		 * How many records the run adds.
		 * @return the count of new records
		 */
		int added() {
			return (int) this.rows.stream().filter((row) -> row.change() == ImportChange.NEW).count();
		}

	}

	private final EntityManager entityManager;

	private final Validator validator;

	private final ExchangeKeys keys;

	private final DeletedSeedKeys deletedSeedKeys;

	private final DocumentRules documentRules;

	private final ActorRules actorRules;

	private final CoalitionRules coalitionRules;

	private final ReferenceChecks references;

	Importer(EntityManager entityManager, Validator validator, ExchangeKeys keys, DeletedSeedKeys deletedSeedKeys,
			DocumentRules documentRules, ActorRules actorRules, CoalitionRules coalitionRules,
			ReferenceChecks references) {
		this.entityManager = entityManager;
		this.validator = validator;
		this.keys = keys;
		this.deletedSeedKeys = deletedSeedKeys;
		this.documentRules = documentRules;
		this.actorRules = actorRules;
		this.coalitionRules = coalitionRules;
		this.references = references;
	}

	/**
	 * Applies a file in the current transaction and flushes when there is no problem.
	 * @param file the file as read
	 * @param mode what to do with records already in the database
	 * @param expectedVersions the versions the preview saw, or {@code null} for a preview
	 * (or a seed load)
	 * @param progress told the share done, in per mille
	 * @return the rows and problems
	 */
	Result run(ImportFile file, ImportMode mode, Map<String, Long> expectedVersions, IntConsumer progress) {
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		ImportRun run = new ImportRun(file, mode, expectedVersions, progress, this.entityManager, this.keys,
				this.validator, this.deletedSeedKeys);
		file.documents.forEach(new DocumentImport(run, this.documentRules, this.entityManager)::apply);
		file.actors.forEach(new ActorImport(run, this.actorRules, this.entityManager)::apply);
		file.coalitions.forEach(new CoalitionImport(run, this.coalitionRules, this.entityManager)::apply);
		MeasureImport measures = new MeasureImport(run, this.entityManager);
		file.measures.forEach(measures::apply);
		file.events.forEach(measures::applyEvent);
		file.enforcementActions.forEach(new EnforcementImport(run, this.entityManager)::apply);
		file.figures.forEach(new FigureImport(run, this.entityManager)::apply);
		file.decisions.forEach(new DecisionImport(run, this.entityManager)::apply);
		SeedCorrections.Outcome corrections = (mode == ImportMode.SEED && file.corrections != null)
				? file.corrections.apply(run, this.entityManager, this.deletedSeedKeys, this.references)
				: SeedCorrections.Outcome.NONE;
		if (run.issues.isEmpty()) {
			try {
				this.entityManager.flush();
			}
			catch (PersistenceException ex) {
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				run.issue(ImportFileReader.FILE, null, null, "the database refused the import: " + cause.getMessage());
			}
		}
		return new Result(run.rows, run.issues, run.versions, corrections);
	}

}
