package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.sanctionstracker.source.CoverageRule.Passage;
import org.sanctionstracker.source.Sentences.Sentence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the coverage of documents (tables {@code document_sentence} and
 * {@code document_coverage}, {@code db/migration/V21}) equal to what {@link CoverageRule}
 * derives from the records, in the transaction of every change that can alter it,
 * whatever made it: {@link CoverageListener} reports each document stored, each record
 * whose citations changed and each decision written (by a form, the importer, the seed
 * load), and just before the transaction commits the documents they touch are derived
 * again, each under a lock on its coverage row so that concurrent writers take turns. A
 * document's sanction-like sentences ({@link Sentences}, {@link SanctionLexicon}) are
 * derived once, when it is first seen or the lexicon changed; the states and counts on
 * every such change. Reads are then one indexed query.
 */
@Component
class CoverageUpdate {

	private static final String PENDING = CoverageUpdate.class.getName() + ".pending";

	/** The passages of a document that at least one record cites. */
	static final String CITED_PASSAGES = """
			select ev.start_offset, ev.end_offset from evidence ev where ev.document_id = ? and (
			  exists (select 1 from actor_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from coalition_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from coalition_membership_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from measure_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from measure_event_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from enforcement_action_evidence x where x.evidence_id = ev.id)
			  or exists (select 1 from figure_evidence x where x.evidence_id = ev.id))""";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final SanctionLexicon lexicon;

	CoverageUpdate(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory,
			@Value("${tracker.coverage.lexicon:classpath:coverage/sanction-lexicon.txt}") Resource lexicon) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.entityManagerFactory = entityManagerFactory;
		this.lexicon = SanctionLexicon.read(lexicon);
	}

	SanctionLexicon lexicon() {
		return this.lexicon;
	}

	/**
	 * Records that the coverage of documents may have changed: derived again before the
	 * current transaction commits, or at once outside one.
	 * @param documentIds the documents
	 */
	void documentsChanged(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			new TreeSet<>(documentIds).forEach(this::refresh);
			return;
		}
		Pending pending;
		if (TransactionSynchronizationManager.getResource(PENDING) instanceof Pending known) {
			pending = known;
		}
		else {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(PENDING, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.documents.addAll(documentIds);
	}

	/**
	 * Brings the coverage up to date with what the current transaction changed so far, so
	 * that it reads its own writes.
	 */
	void catchUp() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(PENDING) instanceof Pending pending) {
			pending.apply();
		}
	}

	/**
	 * The documents whose sentences were never derived, or derived with another lexicon.
	 * @return their ids
	 */
	List<Long> stale() {
		return this.jdbc.queryForList("""
				select d.id from source_document d left join document_coverage c on c.document_id = d.id
				where c.document_id is null or c.lexicon_sha256 <> ? order by d.id""", Long.class,
				this.lexicon.sha256());
	}

	/**
	 * Derives a document's sentences again (after the lexicon changed), then their
	 * states.
	 * @param documentId the document
	 */
	void rederive(long documentId) {
		this.jdbc.update("delete from document_coverage where document_id = ?", documentId);
		this.jdbc.update("delete from document_sentence where document_id = ?", documentId);
		refresh(documentId);
	}

	/**
	 * Derives a document's coverage from the records: its sentences if it has none yet,
	 * their states and its counts; writes only what changed.
	 * @param documentId the document
	 */
	void refresh(long documentId) {
		boolean derived = !this.jdbc
			.queryForList("select document_id from document_coverage where document_id = ? for update", Long.class,
					documentId)
			.isEmpty();
		if (!derived && !derive(documentId)) {
			return;
		}
		List<Object[]> stored = this.jdbc.query(
				"select start_offset, end_offset, state from document_sentence where document_id = ? order by start_offset",
				(row, i) -> new Object[] { new Sentence(row.getInt(1), row.getInt(2)),
						SentenceState.valueOf(row.getString(3)) },
				documentId);
		List<Sentence> sentences = stored.stream().map((row) -> (Sentence) row[0]).toList();
		List<Passage> cited = this.jdbc.query(CITED_PASSAGES, (row, i) -> new Passage(row.getInt(1), row.getInt(2)),
				documentId);
		Set<Sentence> decided = new HashSet<>(this.jdbc.query(
				"select start_offset, end_offset from sentence_decision where document_id = ? and reason is not null",
				(row, i) -> new Sentence(row.getInt(1), row.getInt(2)), documentId));
		List<SentenceState> states = CoverageRule.states(sentences, cited, decided);
		List<Object[]> changed = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			if (states.get(i) != stored.get(i)[1]) {
				changed.add(new Object[] { states.get(i).name(), documentId, sentences.get(i).start() });
			}
		}
		if (!changed.isEmpty()) {
			this.jdbc.batchUpdate("update document_sentence set state = ? where document_id = ? and start_offset = ?",
					changed);
		}
		DocumentCoverage counts = CoverageRule.count(documentId, states);
		this.jdbc.update(
				"update document_coverage set sentences = ?, cited = ?, decided = ?, open_sentences = ? where document_id = ?",
				counts.sentences(), counts.cited(), counts.decided(), counts.open(), documentId);
	}

	/**
	 * Stores a document's sanction-like sentences, all open, and its coverage row.
	 * @return {@code false} when the document no longer exists
	 */
	private boolean derive(long documentId) {
		List<String> texts = this.jdbc.queryForList("select text from source_document where id = ?", String.class,
				documentId);
		if (texts.isEmpty()) {
			return false;
		}
		String text = texts.get(0);
		List<Object[]> rows = new ArrayList<>();
		for (Sentence sentence : Sentences.split(text)) {
			List<String> terms = this.lexicon.terms(sentence.in(text));
			if (!terms.isEmpty()) {
				String joined = String.join(" ", terms);
				rows.add(new Object[] { documentId, sentence.start(), sentence.end(),
						(joined.length() > 500) ? joined.substring(0, 500) : joined, SentenceState.OPEN.name() });
			}
		}
		this.jdbc.batchUpdate("insert into document_sentence (document_id, start_offset, end_offset, terms, state)"
				+ " values (?, ?, ?, ?, ?)", rows);
		this.jdbc.update(
				"insert into document_coverage (document_id, lexicon_sha256, sentences, cited, decided,"
						+ " open_sentences) values (?, ?, ?, 0, 0, ?)",
				documentId, this.lexicon.sha256(), rows.size(), rows.size());
		return true;
	}

	/** The documents a transaction touched and has not yet derived again. */
	private class Pending implements TransactionSynchronization {

		final Set<Long> documents = new TreeSet<>();

		void apply() {
			EntityManagerFactory factory = CoverageUpdate.this.entityManagerFactory.getIfAvailable();
			EntityManager entityManager = (factory != null)
					? EntityManagerFactoryUtils.getTransactionalEntityManager(factory) : null;
			if (entityManager != null) {
				entityManager.flush();
			}
			while (!this.documents.isEmpty()) {
				List<Long> ids = List.copyOf(this.documents);
				this.documents.clear();
				ids.forEach(CoverageUpdate.this::refresh);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			apply();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
		}

		@Override
		public int getOrder() {
			// after the dashboard's read model, before base/DataChanges raises the data
			// generation
			return Ordered.HIGHEST_PRECEDENCE + 10;
		}

	}

}
