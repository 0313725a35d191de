package org.sanctionstracker.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.AppLock;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.StartupTask;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the source documents shipped under {@code seeds/} on start. A document
 * already in the database is left as it is (analysts may have corrected its metadata); a
 * shipped text whose SHA-256 differs from {@code seeds/documents.yaml} stops the start.
 * Each document carries its catalogue key, by which datasets cite it. Done before the web
 * server accepts requests ({@link StartupTask}).
 */
@Component
class SeedDocumentLoader implements StartupTask {

	static final String CATALOGUE = "seeds/documents.yaml";

	private static final Logger log = LoggerFactory.getLogger(SeedDocumentLoader.class);

	private final SourceDocumentRepository repository;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	SeedDocumentLoader(SourceDocumentRepository repository, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int getPhase() {
		return SEED_DOCUMENTS;
	}

	@Override
	public void runOnStart() {
		this.transaction.executeWithoutResult((status) -> {
			try {
				load();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The seed documents cannot be read: " + ex.getMessage(), ex);
			}
		});
	}

	private void load() throws IOException {
		AppLock.acquire(this.entityManager, AppLock.SEED);
		int added = 0;
		List<SeedDocument> documents = readCatalogue().documents();
		for (SeedDocument seed : documents) {
			if (this.repository.findBySeedFile(seed.file()).isPresent()) {
				this.repository.assignMissingSeedKey(seed.file(), seed.key());
				continue;
			}
			String text = readText(seed);
			SourceDocument document = new SourceDocument(seed.title(), seed.kind(), PartialDate.parse(seed.published()),
					text);
			document.setAuthor(seed.author());
			document.setPublisher(seed.publisher());
			document.setUrl(seed.url());
			document.setBasis(seed.basis());
			document.setSeedFile(seed.file());
			document.setSeedKey(seed.key());
			this.repository.save(document);
			added++;
		}
		log.info("Seed documents: {} in the catalogue, {} added", documents.size(), added);
	}

	static SeedCatalogue readCatalogue() throws IOException {
		YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
			return mapper.readValue(in, SeedCatalogue.class);
		}
	}

	static String readText(SeedDocument seed) throws IOException {
		ClassPathResource resource = new ClassPathResource("seeds/" + seed.file());
		if (!resource.exists()) {
			throw new IllegalStateException("Seed document " + seed.file() + " named in " + CATALOGUE + " is missing");
		}
		String text = resource.getContentAsString(StandardCharsets.UTF_8);
		String actual = SourceDocument.sha256(text);
		if (!actual.equals(seed.sha256())) {
			throw new IllegalStateException("Seed document " + seed.file() + " has SHA-256 " + actual + " but "
					+ CATALOGUE + " expects " + seed.sha256()
					+ ": the text was changed, so quotes located in it can no longer be trusted");
		}
		return text;
	}

	record SeedCatalogue(List<SeedDocument> documents) {
	}

	record SeedDocument(String key, String file, String sha256, String title, String author, String publisher,
			String published, SourceKind kind, String url, String basis) {
	}

}
