package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanctionstracker.base.BulkWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports JSON, CSV and FollowTheMoney JSON lines files ({@link FtmImport}) in two steps.
 * {@link #preview} reads and checks the whole file and works out what it would change,
 * inside a transaction that is always rolled back. {@link #commit} runs the same import
 * again in one transaction and commits it only when no record has a problem and nothing
 * it touches changed in the database since the preview: all or nothing. Neither step
 * throws on bad input; every problem comes back as an {@link ImportIssue}.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/**
	 * From how many records an import held in memory announces a bulk write
	 * ({@link BulkWrite}), as a streamed one always does: the history of the records it
	 * creates is then written once at commit ({@code base/history/BulkHistory}) instead
	 * of record by record. A smaller file goes through Envers as a form's save does.
	 */
	static final int BULK = ImportStream.BATCH;

	private final Importer importer;

	private final FtmImport ftm;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ImportService(Importer importer, FtmImport ftm, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.importer = importer;
		this.ftm = ftm;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	/**
	 * Reads and checks a JSON file too large to hold in memory (such as the
	 * whole-database export of a large database) a batch of records at a time, and tells
	 * what importing it would do; writes nothing. The file's parts must come in the
	 * export's order. See {@code docs/decisions/0019}.
	 * @param fileName the file's name
	 * @param file where it is
	 * @param progress told how far it has come
	 * @return the counts and the problems
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public StreamedResult previewStream(String fileName, Path file, ImportProgress progress) {
		return stream(fileName, file, false, progress, ImportStream.BATCH);
	}

	/**
	 * Imports a JSON file too large to hold in memory a batch of records at a time, in
	 * one transaction: all of it when no record has a problem, otherwise nothing.
	 * @param fileName the file's name
	 * @param file where it is
	 * @param progress told how far it has come
	 * @return whether it was committed, the counts and the problems
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public StreamedResult commitStream(String fileName, Path file, ImportProgress progress) {
		return commitStream(fileName, file, progress, ImportStream.BATCH);
	}

	/**
	 * {@link #commitStream}, with at most {@code batch} records held at a time.
	 */
	StreamedResult commitStream(String fileName, Path file, ImportProgress progress, int batch) {
		StreamedResult result = stream(fileName, file, true, progress, batch);
		if (result.committed()) {
			log.info("Imported {} (streamed): {} records written", fileName, result.writes());
		}
		return result;
	}

	private StreamedResult stream(String fileName, Path file, boolean commit, ImportProgress progress, int batch) {
		String step = commit ? "Importing records" : "Checking records";
		progress.update(0, step);
		StreamedResult result = new StreamedResult(fileName);
		try {
			long size = Math.max(1, Files.size(file));
			this.transaction.executeWithoutResult((status) -> {
				this.events.publishEvent(new BulkWrite());
				try (ImportStream stream = new ImportStream(Files.newInputStream(file), batch,
						(bytes) -> progress.update(Math.min(0.99, (double) bytes / size), step))) {
					this.importer.stream(stream, this.importer.idsBefore(), result);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				if (!commit || result.hasIssues()) {
					status.setRollbackOnly();
				}
			});
			result.committed(commit && !result.hasIssues());
		}
		catch (IOException | RuntimeException ex) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Streamed import of a file failed unexpectedly (reference {})", reference, ex);
			result.committed(false);
			result.add(List.of(), List.of(failed(reference)));
		}
		progress.update(1, result.committed() ? "Imported" : commit ? "Nothing imported" : "Preview ready");
		return result;
	}

	/**
	 * Reads and checks a file and tells what importing it would do; writes nothing.
	 * @param fileName the file's name ({@code .json} or {@code .csv})
	 * @param content the file's bytes
	 * @param progress told how far it has come
	 * @return the plan to commit, with its preview
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public ImportPlan preview(String fileName, byte[] content, ImportProgress progress) {
		progress.update(0, "Reading the file");
		ImportFile file = FtmImport.isFtm(fileName, content) ? this.ftm.read(content) : ImportFileReader.read(fileName,
				content, (perMille) -> progress.update(perMille / 1000.0 * 0.3, "Reading the file"));
		Importer.Result result = run(file, null, progress, "Checking records");
		progress.update(1, "Preview ready");
		return new ImportPlan(file, new ImportPreview(fileName, result.rows(), result.issues()), result.versions());
	}

	/**
	 * Imports a previewed file in one transaction, or nothing at all.
	 * @param plan what {@link #preview} returned
	 * @param progress told how far it has come
	 * @return whether it was committed, and what each record did or why nothing was
	 * written
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public ImportResult commit(ImportPlan plan, ImportProgress progress) {
		String fileName = plan.preview().fileName();
		if (!plan.committable()) {
			return new ImportResult(false, plan.preview());
		}
		Importer.Result result = run(plan.file(), plan.versions(), progress, "Importing records");
		progress.update(1, result.issues().isEmpty() ? "Imported" : "Nothing imported");
		ImportPreview outcome = new ImportPreview(fileName, result.rows(), result.issues());
		if (result.issues().isEmpty()) {
			log.info("Imported {}: {} records written", fileName, outcome.writes());
		}
		return new ImportResult(result.issues().isEmpty(), outcome);
	}

	private Importer.Result run(ImportFile file, Map<String, Long> expected, ImportProgress progress, String step) {
		boolean commit = expected != null;
		try {
			Importer.Result result = this.transaction.execute((status) -> {
				if (commit && file.recordCount() >= BULK) {
					this.events.publishEvent(new BulkWrite());
				}
				Importer.Result applied = this.importer.run(file, ImportMode.UPDATE, expected,
						(perMille) -> progress.update(0.3 + perMille / 1000.0 * 0.7, step), commit);
				if (!commit || !applied.issues().isEmpty()) {
					status.setRollbackOnly();
				}
				return applied;
			});
			return result;
		}
		catch (RuntimeException ex) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Import of a file failed unexpectedly (reference {})", reference, ex);
			return new Importer.Result(List.of(), List.of(failed(reference)), Map.of());
		}
	}

	/**
	 * The problem a user sees when an import failed for a reason of the machine's, not of
	 * the file's: in plain words, with the reference under which the log has the details
	 * (never the exception's text).
	 */
	static ImportIssue failed(String reference) {
		return new ImportIssue(ImportFileReader.FILE, null, null,
				"the import failed and nothing was written. If it happens again, report reference " + reference + ".");
	}

}
