package org.sanctionstracker.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.DecisionData;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.SentenceDecision;
import org.sanctionstracker.source.Sentences;
import org.sanctionstracker.source.Sentences.Sentence;
import org.sanctionstracker.source.SourceDocument;

/**
 * The decisions of an import that sentences are not records (the seed dataset's
 * {@code decisions.yaml}): the sentence is found by a passage of it, through the one
 * quote locator ({@link Citations#locate}) and the one sentence rule ({@link Sentences}),
 * and the reason is checked by {@link SentenceDecision}'s rule, as the coverage view's
 * form does. A sentence has one decision: a seed load leaves a sentence an analyst
 * already decided alone.
 */
final class DecisionImport {

	private final ImportRun run;

	private final EntityManager entityManager;

	/** The sentences this run decided, as {@code document:start:end}. */
	private final Set<String> decided = new HashSet<>();

	DecisionImport(ImportRun run, EntityManager entityManager) {
		this.run = run;
		this.entityManager = entityManager;
	}

	/** A sentence of a document. */
	private record At(SourceDocument document, Sentence sentence) {

		String id() {
			return this.document.getId() + ":" + this.sentence.start() + ":" + this.sentence.end();
		}

	}

	void apply(Located<DecisionData> record) {
		DecisionData d = record.data();
		String where = record.location();
		String key = d.key();
		if (!this.run.begin(ExchangeKind.DECISIONS, key, where)) {
			return;
		}
		SentenceDecision existing = this.run.lookups.find(SentenceDecision.class, ExchangeKind.DECISIONS, key);
		int mark = this.run.mark();
		At at = sentence(where, key, d.sentence());
		if (this.run.mode == ImportMode.SEED && existing != null) {
			return;
		}
		if (this.run.skippedBySeedLoad(ExchangeKind.DECISIONS, key, where, false)) {
			return;
		}
		this.run.problem(where, key, "reason", SentenceDecision.reasonProblem(d.reason()));
		if (existing != null) {
			this.run.checkVersion(where, ExchangeKind.DECISIONS, key, existing.getVersion());
			if (at != null && !(existing.getDocument().equals(at.document())
					&& existing.getSentence().equals(at.sentence()))) {
				this.run.issue(where, key, "sentence", ImportRun.unchangeable("the sentence a decision is about"));
			}
		}
		if (at != null && !this.decided.add(at.id())) {
			this.run.issue(where, key, "sentence", "another decision of this file is about the same sentence");
		}
		if (!this.run.clean(where, mark)) {
			return;
		}
		String summary = summary(at);
		if (existing == null) {
			Optional<SentenceDecision> onSentence = this.entityManager
				.createQuery("select s from SentenceDecision s where s.document = :document and s.startOffset = :start"
						+ " and s.endOffset = :end", SentenceDecision.class)
				.setParameter("document", at.document())
				.setParameter("start", at.sentence().start())
				.setParameter("end", at.sentence().end())
				.getResultStream()
				.findFirst();
			if (onSentence.isPresent()) {
				if (this.run.mode != ImportMode.SEED) {
					this.run.issue(where, key, "sentence",
							"this sentence already has a decision; change it in the coverage view");
				}
				return;
			}
			SentenceDecision created = new SentenceDecision(at.document(), at.sentence(), d.reason());
			created.setSeedKey(key);
			if (this.run.valid(where, key, created)) {
				this.entityManager.persist(created);
				this.run.added(ExchangeKind.DECISIONS, key, summary, where);
			}
			return;
		}
		boolean changed = !Objects.equals(existing.getReason(), d.reason().strip());
		if (changed) {
			existing.decide(d.reason());
		}
		this.run.row(ExchangeKind.DECISIONS, key, changed ? List.of("reason") : List.of(), summary, where);
	}

	/**
	 * The sentence a decision names by a passage of it, or {@code null} after an issue.
	 */
	private At sentence(String where, String key, Cite cite) {
		if (cite == null) {
			return null;
		}
		SourceDocument document = this.run.documents.get(cite.doc());
		if (document == null) {
			if (this.run.inFile(ExchangeKind.DOCUMENTS, cite.doc())) {
				return null;
			}
			document = this.run.lookups.find(SourceDocument.class, ExchangeKind.DOCUMENTS, cite.doc());
			if (document == null) {
				this.run.issue(where, key, "sentence",
						"document '" + cite.doc() + "' is neither in this file nor in the database");
				return null;
			}
		}
		Citations.Located located;
		try {
			located = Citations.locate(document, cite.quote(), cite.start());
		}
		catch (IllegalArgumentException ex) {
			this.run.issue(where, key, "sentence", ex.getMessage());
			return null;
		}
		Optional<Sentence> sentence = Sentences.containing(document.getText(), located.start(), located.end());
		if (sentence.isEmpty()) {
			this.run.issue(where, key, "sentence",
					"the quote runs over more than one sentence; quote one sentence, or a part of it");
			return null;
		}
		return new At(document, sentence.get());
	}

	private static String summary(At at) {
		if (at == null) {
			return "";
		}
		String text = at.sentence().in(at.document().getText()).replaceAll("\\s+", " ");
		return (text.length() > 80) ? text.substring(0, 79) + "\u2026" : text;
	}

}
