package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.Provenance;
import org.sanctionstracker.source.SourceDocument;

/**
 * The evidence an import's records cite: each citation checked by the rules of
 * {@code source/} ({@link Citations#locate}, {@link Citations#webAddressProblem},
 * {@link Provenance}), as the forms check theirs, then found among the passages stored or
 * created. A passage is stored once however many records cite it; a document's stored
 * passages are read with one query the first time it is cited.
 */
final class ImportedEvidence {

	private final ImportRun run;

	private final EntityManager entityManager;

	/**
	 * The evidence found or created in this run, by document, offset and length, or URL.
	 */
	private final Map<String, Evidence> passages = new HashMap<>();

	/** The passages of each document read so far, by offsets ({@code start:end}). */
	private final Map<Long, Map<String, Evidence>> documentPassages = new HashMap<>();

	/** Documents this run created: they cannot have passages in the database yet. */
	private final Set<SourceDocument> createdDocuments = new HashSet<>();

	ImportedEvidence(ImportRun run, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
	}

	/**
	 * The evidence rows a record cites, found or created.
	 * @param where the record's location
	 * @param key its key
	 * @param cites what it cites
	 * @param required whether the record must cite something ({@link Provenance})
	 * @return the rows, or {@code null} after recording an issue
	 */
	List<Evidence> resolve(String where, String key, List<Cite> cites, boolean required) {
		if (!provenance(where, key, cites, required)) {
			return null;
		}
		List<Evidence> result = new ArrayList<>();
		boolean ok = true;
		for (Cite cite : cites) {
			Evidence evidence = cite.isWeb() ? web(where, key, cite.url()) : passage(where, key, cite);
			if (evidence == null) {
				ok = false;
			}
			else if (!result.contains(evidence)) {
				result.add(evidence);
			}
		}
		return ok ? result : null;
	}

	/**
	 * Checks what a record cites without storing anything (a seed load does so for the
	 * records it leaves as they are, so that a wrong quote still stops it).
	 */
	void check(String where, String key, List<Cite> cites, boolean required) {
		if (!provenance(where, key, cites, required)) {
			return;
		}
		for (Cite cite : cites) {
			if (cite.isWeb()) {
				webAddress(where, key, cite.url());
			}
			else {
				SourceDocument document = document(where, key, cite);
				if (document != null) {
					locate(where, key, document, cite);
				}
			}
		}
	}

	/**
	 * Notes a document this run created.
	 * @param document the document
	 */
	void created(SourceDocument document) {
		this.createdDocuments.add(document);
	}

	private boolean provenance(String where, String key, List<Cite> cites, boolean required) {
		String missing = required ? Provenance.problem(cites) : null;
		if (missing != null) {
			this.run.issue(where, key, "evidence", missing);
			return false;
		}
		return true;
	}

	private boolean webAddress(String where, String key, String url) {
		String problem = Citations.webAddressProblem(url);
		if (problem != null) {
			this.run.issue(where, key, "evidence", problem);
			return false;
		}
		return true;
	}

	private Evidence web(String where, String key, String url) {
		if (!webAddress(where, key, url)) {
			return null;
		}
		String address = url.strip();
		return this.passages.computeIfAbsent("url:" + address,
				(k) -> this.entityManager
					.createQuery("select e from Evidence e where e.document is null and e.url = :url", Evidence.class)
					.setParameter("url", address)
					.getResultStream()
					.findFirst()
					.orElseGet(() -> {
						Evidence created = Evidence.webCitation(address);
						this.entityManager.persist(created);
						return created;
					}));
	}

	/**
	 * The document a passage is quoted from, or {@code null}: after an issue, or for a
	 * document of the file that could not be imported (it has its own issue).
	 */
	private SourceDocument document(String where, String key, Cite cite) {
		SourceDocument document = this.run.documents.get(cite.doc());
		if (document == null && !this.run.inFile(ExchangeKind.DOCUMENTS, cite.doc())) {
			document = this.run.lookups.find(SourceDocument.class, ExchangeKind.DOCUMENTS, cite.doc());
			if (document == null) {
				this.run.issue(where, key, "evidence",
						"document '" + cite.doc() + "' is neither in this file nor in the database");
			}
		}
		return document;
	}

	/**
	 * Where a quote starts in its document, or {@code -1} after an issue.
	 */
	private Citations.Located locate(String where, String key, SourceDocument document, Cite cite) {
		try {
			return Citations.locate(document, cite.quote(), cite.start());
		}
		catch (IllegalArgumentException ex) {
			this.run.issue(where, key, "evidence", ex.getMessage());
			return null;
		}
	}

	private Evidence passage(String where, String key, Cite cite) {
		SourceDocument document = document(where, key, cite);
		if (document == null) {
			return null;
		}
		Citations.Located located = locate(where, key, document, cite);
		if (located == null) {
			return null;
		}
		int start = located.start();
		int end = located.end();
		String quote = located.quote();
		return this.passages.computeIfAbsent(document.getId() + ":" + start + ":" + (end - start), (k) -> {
			Evidence known = passagesOf(document).get(start + ":" + end);
			if (known != null) {
				return known;
			}
			Evidence created = Evidence.passage(document, quote, start);
			this.entityManager.persist(created);
			return created;
		});
	}

	/**
	 * The passages a document has in the database, read with one query the first time the
	 * document is cited (none for a document this run created).
	 */
	private Map<String, Evidence> passagesOf(SourceDocument document) {
		return this.documentPassages.computeIfAbsent(document.getId(), (id) -> {
			Map<String, Evidence> byOffsets = new HashMap<>();
			if (!this.createdDocuments.contains(document)) {
				this.entityManager.createQuery("select e from Evidence e where e.document = :document", Evidence.class)
					.setParameter("document", document)
					.getResultList()
					.forEach((e) -> byOffsets.put(e.getStartOffset() + ":" + e.getEndOffset(), e));
			}
			return byOffsets;
		});
	}

}
