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
	 * @param file its records, as an import file
	 * @param sha256 the SHA-256 of its files, noted with each load that adds records
	 */
	record Dataset(ImportFile file, String sha256) {

	}

	@Override
	public int getPhase() {
		return SEED_DATASET;
	}

	@Override
	public void runOnStart() {
		Dataset dataset = readFiles();
		int added = load(dataset);
		log.info("Seed dataset: {} records in {} ({} added)", dataset.file().recordCount(), DIRECTORY, added);
	}

	/**
	 * Checks a dataset and adds the records not yet in the database, in one transaction.
	 * @param dataset the dataset
	 * @return how many records were added
	 * @throws IllegalStateException naming every problem; nothing is written then
	 */
	int load(Dataset dataset) {
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
			if (added > 0) {
				this.entityManager
					.createNativeQuery(
							"insert into seed_load (dataset_sha256, loaded_at, records_added) values (?, ?, ?)")
					.setParameter(1, dataset.sha256())
					.setParameter(2, LocalDateTime.now())
					.setParameter(3, added)
					.executeUpdate();
			}
			return added;
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
		return read(texts);
	}

	/**
	 * Reads dataset files given as text.
	 * @param texts each file's text, by file name
	 * @return the dataset; problems of form are among its file's issues
	 * @throws IllegalStateException when a file is not YAML at all
	 */
	static Dataset read(Map<String, String> texts) {
		ImportFile file = new ImportFile();
		StringBuilder all = new StringBuilder();
		texts.forEach((name, text) -> {
			all.append(name).append('\n').append(text);
			try {
				ImportFileReader.readTree(file, YAML.readTree(text), name);
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
