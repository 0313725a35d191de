package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.AppLock;
import org.sanctionstracker.base.StartupTask;
import org.sanctionstracker.source.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped dataset ({@code seeds/dataset/}) on start, after the source
 * documents, through the importer: the files are import files in the interchange shape
 * (YAML instead of JSON), read by the same reader and applied by the same code as an
 * editor's import, in {@link ImportMode#SEED} mode: records whose key is already in the
 * database are left alone (an analyst may have edited them), so a second start changes
 * nothing; records an analyst deleted stay deleted, and so do those that need them; the
 * rest are added in one transaction. Any problem (a quote not found verbatim, a broken
 * reference, a rule of the data) stops the start with a message naming the file, record
 * and reason, and nothing is written. Done before the web server accepts requests
 * ({@link StartupTask}).
 *
 * <p>
 * After the records, the dataset's corrections ({@value SeedCorrections#FILE},
 * {@link SeedCorrections}) bring a database loaded before a record was corrected or
 * withdrawn up to date where nobody changed that record since, in the same transaction;
 * what they did, and what they left alone because an analyst changed it, is logged once
 * per start in plain words.
 */
@Component
class SeedDatasetLoader implements StartupTask {

	static final String DIRECTORY = "seeds/dataset/";

	/** The dataset's files, in the order they are read. */
	static final List<String> FILES = List.of("actors.yaml", "coalitions.yaml", "measures.yaml",
			"enforcement-actions.yaml", "figures.yaml", "decisions.yaml");

	private static final Logger log = LoggerFactory.getLogger(SeedDatasetLoader.class);

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Importer importer;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	SeedDatasetLoader(Importer importer, EntityManager entityManager, TransactionTemplate transaction) {
		this.importer = importer;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	/**
	 * The dataset as read.
	 *
	 * @param file its records, as an import file, with its corrections
	 * @param sha256 the SHA-256 of its files, noted with each load that adds records
	 */
	record Dataset(ImportFile file, String sha256) {

	}

	/**
	 * What a load did.
	 *
	 * @param added how many records were added
	 * @param corrections the corrections applied and those left alone
	 */
	record Loaded(int added, SeedCorrections.Outcome corrections) {

	}

	@Override
	public int getPhase() {
		return SEED_DATASET;
	}

	@Override
	public void runOnStart() {
		Dataset dataset = readFiles();
		Loaded loaded = loadAndCorrect(dataset);
		log.info("Seed dataset: {} records in {} ({} added)", dataset.file().recordCount(), DIRECTORY, loaded.added());
		List<String> applied = loaded.corrections().applied();
		if (!applied.isEmpty()) {
			log.info("Seed dataset: {} correction(s) of records shipped before applied:\n  {}", applied.size(),
					String.join("\n  ", applied));
		}
		List<String> kept = loaded.corrections().kept();
		if (!kept.isEmpty()) {
			log.warn(
					"Seed dataset: {} correction(s) not applied because the record was changed in this database"
							+ " (see {}{}):\n  {}",
					kept.size(), DIRECTORY, SeedCorrections.FILE, String.join("\n  ", kept));
		}
	}

	/**
	 * Checks a dataset and adds the records not yet in the database, in one transaction.
	 * @param dataset the dataset
	 * @return how many records were added
	 * @throws IllegalStateException naming every problem; nothing is written then
	 */
	int load(Dataset dataset) {
		return loadAndCorrect(dataset).added();
	}

	/**
	 * Checks a dataset, adds the records not yet in the database and applies its
	 * corrections, in one transaction.
	 * @param dataset the dataset
	 * @return what was added and corrected
	 * @throws IllegalStateException naming every problem; nothing is written then
	 */
	Loaded loadAndCorrect(Dataset dataset) {
		return this.transaction.execute((status) -> {
			AppLock.acquire(this.entityManager, AppLock.SEED);
			Importer.Result result = this.importer.run(dataset.file(), ImportMode.SEED, null, (perMille) -> {
			});
			if (!result.issues().isEmpty()) {
				throw new IllegalStateException("The seed dataset in " + DIRECTORY + " has " + result.issues().size()
						+ " problem(s); nothing was loaded:\n  "
						+ result.issues().stream().map(ImportIssue::toString).collect(Collectors.joining("\n  ")));
			}
			int added = result.added();
			if (added > 0 || !result.corrections().applied().isEmpty()) {
				this.entityManager
					.createNativeQuery(
							"insert into seed_load (dataset_sha256, loaded_at, records_added) values (?, ?, ?)")
					.setParameter(1, dataset.sha256())
					.setParameter(2, LocalDateTime.now())
					.setParameter(3, added)
					.executeUpdate();
			}
			return new Loaded(added, result.corrections());
		});
	}

	/**
	 * Reads the shipped dataset.
	 * @return the dataset
	 */
	static Dataset readFiles() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String name : FILES) {
			ClassPathResource resource = new ClassPathResource(DIRECTORY + name);
			try (InputStream in = resource.getInputStream()) {
				texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Seed dataset file " + DIRECTORY + name + " cannot be read", ex);
			}
		}
		ClassPathResource corrections = new ClassPathResource(DIRECTORY + SeedCorrections.FILE);
		try (InputStream in = corrections.getInputStream()) {
			texts.put(SeedCorrections.FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Seed dataset file " + DIRECTORY + SeedCorrections.FILE + " cannot be read",
					ex);
		}
		return read(texts);
	}

	/**
	 * Reads dataset files given as text.
	 * @param texts each file's text, by file name; {@value SeedCorrections#FILE} among
	 * them holds the corrections
	 * @return the dataset; problems of form are among its file's issues
	 * @throws IllegalStateException when a file is not YAML at all
	 */
	static Dataset read(Map<String, String> texts) {
		ImportFile file = new ImportFile();
		StringBuilder all = new StringBuilder();
		texts.forEach((name, text) -> {
			all.append(name).append('\n').append(text);
			try {
				if (name.equals(SeedCorrections.FILE)) {
					file.corrections = SeedCorrections.read(YAML.readTree(text));
				}
				else {
					ImportFileReader.readTree(file, YAML.readTree(text), name);
				}
			}
			catch (JacksonException ex) {
				throw new IllegalStateException(
						"Seed dataset file " + DIRECTORY + name + " is not valid YAML: " + ex.getOriginalMessage()
								+ " at " + ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr(),
						ex);
			}
		});
		return new Dataset(file, SourceDocument.sha256(all.toString()));
	}

}
