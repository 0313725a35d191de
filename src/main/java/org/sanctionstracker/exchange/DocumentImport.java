package org.sanctionstracker.exchange;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.DocumentRules;
import org.sanctionstracker.source.SourceDocument;

/**
 * The documents of an import: a new text is stored once ({@link DocumentRules}), a stored
 * text never changes, the metadata may.
 */
final class DocumentImport {

	private final ImportRun run;

	private final DocumentRules rules;

	private final EntityManager entityManager;

	DocumentImport(ImportRun run, DocumentRules rules, EntityManager entityManager) {
		this.run = run;
		this.rules = rules;
		this.entityManager = entityManager;
	}

	void apply(Located<DocumentData> record) {
		DocumentData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.DOCUMENTS, key, where)) {
			return;
		}
		SourceDocument existing = this.run.lookups.find(SourceDocument.class, ExchangeKind.DOCUMENTS, key);
		if (this.run.mode == ImportMode.SEED && existing != null) {
			this.run.documents.put(key, existing);
			return;
		}
		int mark = this.run.mark();
		check(where, d);
		if (d.text() != null) {
			String sha = SourceDocument.sha256(d.text());
			if (d.sha256() != null && !d.sha256().equalsIgnoreCase(sha)) {
				this.run.issue(where, key, "sha256", "does not match the text (the text's SHA-256 is " + sha + ")");
			}
		}
		if (existing == null) {
			this.run.problem(where, key, "text", this.rules.newTextProblem(d.text()));
			if (d.file() != null && this.entityManager
				.createQuery("select count(d) from SourceDocument d where d.seedFile = :file", Long.class)
				.setParameter("file", d.file())
				.getSingleResult() > 0) {
				this.run.issue(where, key, "file", "another document already comes from '" + d.file() + "'");
			}
			if (!this.run.clean(where, mark)) {
				return;
			}
			SourceDocument created = new SourceDocument(d.title(), d.kind(), d.published(), d.text());
			created.setSeedKey(key);
			created.setSeedFile(d.file());
			setMetadata(created, d);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.evidence.created(created);
				this.run.added(ExchangeKind.DOCUMENTS, key, d.title(), where);
			}
			this.run.documents.put(key, created);
			return;
		}
		this.run.documents.put(key, existing);
		this.run.checkVersion(where, ExchangeKind.DOCUMENTS, key, existing.getVersion());
		this.run.problem(where, key, "text", DocumentRules.changedTextProblem(existing, d.text()));
		if (d.file() != null && !d.file().equals(existing.getSeedFile())) {
			this.run.issue(where, key, "file", "cannot be changed");
		}
		if (!this.run.clean(where, mark)) {
			return;
		}
		FieldChanges changes = new FieldChanges().compare("title", existing.getTitle(), d.title())
			.compare("author", existing.getAuthor(), d.author())
			.compare("publisher", existing.getPublisher(), d.publisher())
			.compare("published", existing.getPublished(), d.published())
			.compare("kind", existing.getKind(), d.kind())
			.compare("url", existing.getUrl(), d.url())
			.compare("basis", existing.getBasis(), d.basis());
		if (changes.any()) {
			setMetadata(existing, d);
			this.run.valid(where, key, existing);
		}
		this.run.row(ExchangeKind.DOCUMENTS, key, changes.fields(), d.title(), where);
	}

	private void check(String where, DocumentData d) {
		this.run.check(where, d.key(), SourceDocument.class, "title", d.title());
		this.run.check(where, d.key(), SourceDocument.class, "author", d.author());
		this.run.check(where, d.key(), SourceDocument.class, "publisher", d.publisher());
		this.run.check(where, d.key(), SourceDocument.class, "url", d.url());
		this.run.problem(where, d.key(), "url", (d.url() != null) ? Citations.webAddressProblem(d.url()) : null);
		this.run.check(where, d.key(), SourceDocument.class, "basis", d.basis());
		this.run.check(where, d.key(), SourceDocument.class, "text", d.text());
	}

	private static void setMetadata(SourceDocument document, DocumentData d) {
		document.setTitle(d.title());
		document.setAuthor(d.author());
		document.setPublisher(d.publisher());
		document.setPublished(d.published());
		document.setKind(d.kind());
		document.setUrl(d.url());
		document.setBasis(d.basis());
	}

}
