package org.sanctionstracker.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import org.sanctionstracker.actor.ActorRules;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.base.history.BulkHistory;
import org.sanctionstracker.coalition.CoalitionRules;
import org.sanctionstracker.source.DocumentRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

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

	private final BulkHistory bulkHistory;

	Importer(EntityManager entityManager, Validator validator, ExchangeKeys keys, DeletedSeedKeys deletedSeedKeys,
			DocumentRules documentRules, ActorRules actorRules, CoalitionRules coalitionRules,
			ReferenceChecks references, BulkHistory bulkHistory) {
		this.entityManager = entityManager;
		this.validator = validator;
		this.keys = keys;
		this.deletedSeedKeys = deletedSeedKeys;
		this.documentRules = documentRules;
		this.actorRules = actorRules;
		this.coalitionRules = coalitionRules;
		this.references = references;
		this.bulkHistory = bulkHistory;
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
		return run(file, mode, expectedVersions, progress, true);
	}

	/**
	 * Applies a file in the current transaction; writes it to the database only when
	 * asked and there is no problem.
	 * @param write {@code false} for a preview: every rule is checked and every record
	 * built, but nothing is sent to the database (the transaction is rolled back anyway,
	 * and sending and rolling back the rows was most of a preview's time); what only the
	 * database would refuse is then refused at commit, with the same plain message
	 */
	Result run(ImportFile file, ImportMode mode, Map<String, Long> expectedVersions, IntConsumer progress,
			boolean write) {
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		ImportRun run = new ImportRun(file, mode, expectedVersions, progress, this.entityManager, this.keys,
				this.validator, this.deletedSeedKeys);
		apply(run, file);
		SeedCorrections.Outcome corrections = (mode == ImportMode.SEED && file.corrections != null)
				? file.corrections.apply(run, this.entityManager, this.deletedSeedKeys, this.references)
				: SeedCorrections.Outcome.NONE;
		if (write && run.issues.isEmpty() && flush(run)) {
			// What the file wrote is in the database now: the flushes before the
			// commit (the read model's, the coverage's, the transaction's own) need
			// not look at every record again, a tenth of a 100k-record import.
			this.entityManager.clear();
		}
		return new Result(run.rows, run.issues, run.versions, corrections);
	}

	/**
	 * Applies a file read a batch at a time ({@link ImportStream}) in the current
	 * transaction: each batch is checked and written by the same pieces as a whole file,
	 * then flushed and cleared from the persistence context, so that memory holds one
	 * batch. A batch's records find those of earlier batches in the database. The caller
	 * commits only when the result has no problem.
	 * @param stream the file
	 * @param before the largest id of each kind before the import began
	 * ({@link #idsBefore})
	 * @param result gathers the counts, the first rows and the problems
	 */
	void stream(ImportStream stream, Map<ExchangeKind, Long> before, StreamedResult result) {
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		ImportFile batch;
		// records of each kind read so far, and when the statistics were last refreshed
		long[] read = new long[8];
		long[] refreshed = new long[8];
		while ((batch = stream.next()) != null) {
			ImportRun run = new ImportRun(batch, ImportMode.UPDATE, null, (perMille) -> {
			}, this.entityManager, this.keys, this.validator, this.deletedSeedKeys, before);
			apply(run, batch);
			boolean written = flush(run);
			result.add(run.rows, run.issues);
			if (!written) {
				// the transaction cannot go on
				return;
			}
			this.entityManager.clear();
			if (grewTwofold(batch, read, refreshed)) {
				// statistics that keep up with the tables as they grow: refreshed each
				// time a kind of record has doubled (PostgreSQL only)
				this.bulkHistory.refreshStatistics();
				System.arraycopy(read, 0, refreshed, 0, read.length);
			}
		}
		result.mostHeld(stream.mostHeld());
	}

	/**
	 * Adds a batch's records to the counts read so far, and tells whether some kind has
	 * at least doubled since the statistics were last refreshed: a file lists its records
	 * kind by kind, so a table starts to fill only when its kind's turn comes.
	 * @param batch the batch just written
	 * @param read records of each kind read so far (updated)
	 * @param refreshed the counts when the statistics were last refreshed
	 * @return {@code true} when it is time to refresh them
	 */
	static boolean grewTwofold(ImportFile batch, long[] read, long[] refreshed) {
		int[] sizes = { batch.documents.size(), batch.actors.size(), batch.coalitions.size(), batch.measures.size(),
				batch.events.size(), batch.enforcementActions.size(), batch.figures.size(), batch.decisions.size() };
		boolean grew = false;
		for (int kind = 0; kind < sizes.length; kind++) {
			read[kind] += sizes[kind];
			// from a few hundred on: fewer rows are read as fast by any plan
			if (read[kind] >= 500 && read[kind] >= 2 * refreshed[kind]) {
				grew = true;
			}
		}
		return grew;
	}

	/**
	 * The largest id of each kind in the database, to tell the records a streamed import
	 * writes from those that were there.
	 * @return the ids
	 */
	Map<ExchangeKind, Long> idsBefore() {
		Map<ExchangeKind, Long> ids = new java.util.EnumMap<>(ExchangeKind.class);
		Map<ExchangeKind, String> entities = Map.of(ExchangeKind.DOCUMENTS, "SourceDocument", ExchangeKind.ACTORS,
				"Actor", ExchangeKind.COALITIONS, "Coalition", ExchangeKind.MEMBERSHIPS, "CoalitionMembership",
				ExchangeKind.MEASURES, "Measure", ExchangeKind.EVENTS, "MeasureEvent", ExchangeKind.ENFORCEMENT_ACTIONS,
				"EnforcementAction", ExchangeKind.FIGURES, "Figure", ExchangeKind.DECISIONS, "SentenceDecision");
		entities.forEach((kind, entity) -> ids.put(kind,
				this.entityManager.createQuery("select coalesce(max(e.id), 0) from " + entity + " e", Long.class)
					.getSingleResult()));
		return ids;
	}

	/** Every kind's piece, in dependency order. */
	private void apply(ImportRun run, ImportFile file) {
		file.documents.forEach(new DocumentImport(run, this.documentRules, this.entityManager)::apply);
		file.actors.forEach(new ActorImport(run, this.actorRules, this.entityManager)::apply);
		file.coalitions.forEach(new CoalitionImport(run, this.coalitionRules, this.entityManager)::apply);
		MeasureImport measures = new MeasureImport(run, this.entityManager);
		file.measures.forEach(measures::apply);
		file.events.forEach(measures::applyEvent);
		file.enforcementActions.forEach(new EnforcementImport(run, this.entityManager)::apply);
		file.figures.forEach(new FigureImport(run, this.entityManager)::apply);
		file.decisions.forEach(new DecisionImport(run, this.entityManager)::apply);
	}

	/**
	 * Writes what the run persisted so far.
	 * @return whether the database took it
	 */
	private boolean flush(ImportRun run) {
		try {
			this.entityManager.flush();
			return true;
		}
		catch (PersistenceException ex) {
			// the checks above passed, so another writer got in between (a record of
			// the same name or key saved meanwhile, a lock held too long): the log
			// gets the details, the user plain words and the reference
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.warn("The database refused an import's writes (reference {})", reference, ex);
			run.issue(ImportFileReader.FILE, null, null,
					"the database refused the import, so nothing was written: another change saved meanwhile"
							+ " conflicts with it. Preview the file again; if it happens again, report reference "
							+ reference + ".");
			return false;
		}
	}

}
