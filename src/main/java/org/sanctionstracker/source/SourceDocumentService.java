package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.ReferenceChecks;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.source.CitingRecord.Kind;
import org.sanctionstracker.source.CitingRecord.View;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads the source documents that evidence is quoted from, and lets editors add documents
 * (pasted text, kept with its SHA-256) and correct their metadata.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SourceDocumentService {

	private final SourceDocumentRepository repository;

	private final DocumentRules rules;

	private final EvidenceRepository evidence;

	private final ReferenceChecks references;

	private final History history;

	private final EntityManager entityManager;

	private final SentenceDecisionRepository decisions;

	private final CoverageReads coverage;

	private final CoverageUpdate coverageUpdate;

	SourceDocumentService(SourceDocumentRepository repository, DocumentRules rules, EvidenceRepository evidence,
			ReferenceChecks references, History history, EntityManager entityManager,
			SentenceDecisionRepository decisions, CoverageReads coverage, CoverageUpdate coverageUpdate) {
		this.repository = repository;
		this.rules = rules;
		this.evidence = evidence;
		this.references = references;
		this.history = history;
		this.entityManager = entityManager;
		this.decisions = decisions;
		this.coverage = coverage;
		this.coverageUpdate = coverageUpdate;
	}

	/**
	 * One page of documents, without their texts, sorted as asked.
	 * @param pageable page and sort (by the properties of {@link SourceDocumentSummary})
	 * @return the page
	 */
	public Page<SourceDocumentSummary> list(Pageable pageable) {
		return this.repository.findSummaries(pageable);
	}

	/**
	 * Documents whose title contains a text, for pickers.
	 * @param text what the user typed, or {@code null}
	 * @param pageable page and sort
	 * @return the page
	 */
	public Page<SourceDocumentSummary> list(String text, Pageable pageable) {
		String pattern = TextSearch.containsPattern(text);
		return (pattern != null) ? this.repository.findSummariesByTitle(pattern, pageable)
				: this.repository.findSummaries(pageable);
	}

	/**
	 * A document with its full text.
	 * @param id the document's id
	 * @return the document, if it exists
	 */
	public Optional<SourceDocument> get(long id) {
		return this.repository.findById(id);
	}

	/**
	 * Every passage of a document that records cite, in text order (passages may
	 * overlap).
	 * @param documentId the document
	 * @return the passages
	 */
	public List<EvidenceItem> citedPassages(long documentId) {
		return this.evidence.findPassagesOf(documentId);
	}

	/**
	 * The records that cite a document's passages, so that a reader can go from a marked
	 * passage to what was recorded from it. The queries name the citing features'
	 * entities only in JPQL, as {@link #delete} does, so this feature does not depend on
	 * them.
	 * @param documentId the document
	 * @return every citing record, by kind and label
	 */
	public List<CitingRecord> citingRecords(long documentId) {
		String cites = " join x.evidence ev where ev.document.id = :id";
		List<CitingRecord> records = new ArrayList<>();
		rows("select ev.id, x.name, x.id from Actor x" + cites, documentId).forEach((row) -> records
			.add(new CitingRecord((Long) row[0], Kind.ACTOR, (String) row[1], View.COUNTRY, (Long) row[2])));
		rows("select ev.id, x.name, x.id from Coalition x" + cites, documentId).forEach((row) -> records
			.add(new CitingRecord((Long) row[0], Kind.COALITION, (String) row[1], View.COALITION, (Long) row[2])));
		rows("select ev.id, concat(x.actor.name, ' in ', x.coalition.name), x.coalition.id from CoalitionMembership x"
				+ cites, documentId)
			.forEach((row) -> records
				.add(new CitingRecord((Long) row[0], Kind.MEMBERSHIP, (String) row[1], View.COALITION, (Long) row[2])));
		rows("select ev.id, x.title, (select min(e.id) from MeasureEvent e where e.measure = x) from Measure x" + cites,
				documentId)
			.forEach((row) -> records.add(new CitingRecord((Long) row[0], Kind.MEASURE, (String) row[1],
					View.CHRONOLOGY_EVENT, (Long) row[2])));
		rows("select ev.id, x.kind, x.measure.title, x.id from MeasureEvent x" + cites, documentId)
			.forEach((row) -> records.add(new CitingRecord((Long) row[0], Kind.EVENT,
					words(String.valueOf(row[1])) + ": " + row[2], View.CHRONOLOGY_EVENT, (Long) row[3])));
		rows("select ev.id, x.description, x.id from EnforcementAction x" + cites, documentId)
			.forEach((row) -> records.add(new CitingRecord((Long) row[0], Kind.ENFORCEMENT_ACTION, (String) row[1],
					View.CHRONOLOGY_ACTION, (Long) row[2])));
		rows("select ev.id, x.label, (select min(e.id) from MeasureEvent e where e.measure = x.measure), a.id, x.id"
				+ " from Figure x left join x.actor a" + cites, documentId)
			.forEach((row) -> records.add(figure(row)));
		records.removeIf((record) -> record.viewId() == null);
		records.sort(Comparator.comparing(CitingRecord::kind).thenComparing(CitingRecord::label));
		return records;
	}

	/**
	 * A figure is shown with its measure's chronology entry, else its actor's profile,
	 * else (concerning neither) its own edit page.
	 */
	private static CitingRecord figure(Object[] row) {
		View view = (row[2] != null) ? View.CHRONOLOGY_EVENT : (row[3] != null) ? View.COUNTRY : View.FIGURE;
		Long viewId = (Long) row[(view == View.CHRONOLOGY_EVENT) ? 2 : (view == View.COUNTRY) ? 3 : 4];
		return new CitingRecord((Long) row[0], Kind.FIGURE, (String) row[1], view, viewId);
	}

	private List<Object[]> rows(String jpql, long documentId) {
		return this.entityManager.createQuery(jpql, Object[].class).setParameter("id", documentId).getResultList();
	}

	/** A constant's name as words: {@code IMPOSED} reads "Imposed". */
	private static String words(String constant) {
		String text = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A cited passage with the text around it.
	 * @param evidenceId the passage
	 * @param context how many characters to show on each side, at most
	 * @return the passage in context, if it exists and is located in a document (a
	 * citation by URL has no context)
	 */
	public Optional<PassageInContext> passage(long evidenceId, int context) {
		return this.evidence.findItem(evidenceId)
			.filter((item) -> item.documentId() != null)
			.flatMap((item) -> this.repository.findById(item.documentId())
				.map((document) -> PassageInContext.of(item, document.getText(), context)));
	}

	/**
	 * Why a quote cannot be cited from a document, checked before the form is saved.
	 * @param documentId the document
	 * @param quote the quote as pasted
	 * @return the reason, or {@code null} when the quote occurs verbatim exactly once
	 */
	public String quoteProblem(long documentId, String quote) {
		Optional<SourceDocument> document = this.repository.findById(documentId);
		if (document.isEmpty()) {
			return "The document no longer exists";
		}
		try {
			Citations.locate(document.get(), quote);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	/**
	 * Why a web address cannot be cited, checked before the form is saved.
	 * @param url the address as typed
	 * @return the reason, or {@code null} when it can be cited
	 */
	public String webAddressProblem(String url) {
		return Citations.webAddressProblem(url);
	}

	/**
	 * A document as its form edits it.
	 * @param id the document's id
	 * @return the draft, if the document exists
	 */
	public Optional<SourceDocumentDraft> draft(long id) {
		return this.repository.findById(id).map(SourceDocumentDraft::of);
	}

	/**
	 * Adds a document, or corrects a stored one's metadata (its text never changes).
	 * @param draft what the form holds
	 * @return the document's id
	 * @throws InvalidInputException when the text is already stored, or a stored
	 * document's text was changed
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long save(@Valid SourceDocumentDraft draft) {
		PlausibleDates.requireInRange("published", draft.getPublished());
		SourceDocument document;
		if (draft.isNew()) {
			String taken = this.rules.newTextProblem(draft.getText());
			if (taken != null) {
				throw new InvalidInputException("text", taken);
			}
			document = new SourceDocument(draft.getTitle().strip(), draft.getKind(), draft.getPublished(),
					draft.getText());
		}
		else {
			document = this.repository.findById(draft.getId())
				.orElseThrow(() -> this.history.changedSince(SourceDocument.class, draft.getId(),
						"The document \"" + draft.getTitle() + "\""));
			if (document.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(SourceDocument.class, document.getId(),
						"The document \"" + document.getTitle() + "\"");
			}
			String changed = DocumentRules.changedTextProblem(document, draft.getText());
			if (changed != null) {
				throw new InvalidInputException("text", changed);
			}
			document.setTitle(draft.getTitle().strip());
			document.setKind(draft.getKind());
			document.setPublished(draft.getPublished());
		}
		document.setAuthor(blankToNull(draft.getAuthor()));
		document.setPublisher(blankToNull(draft.getPublisher()));
		document.setUrl((draft.getUrl() == null || draft.getUrl().isBlank()) ? null
				: Citations.checkedUrl("url", draft.getUrl()));
		document.setBasis(blankToNull(draft.getBasis()));
		return this.repository.saveAndFlush(document).getId();
	}

	/**
	 * Deletes a document that no record cites. Documents shipped with the application
	 * cannot be deleted: the seed dataset quotes them.
	 * @param id the document's id
	 * @param version the version the user saw
	 * @throws RecordInUseException naming the records that cite it
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		SourceDocument document = this.repository.findById(id)
			.orElseThrow(() -> this.history.changedSince(SourceDocument.class, id, "The document"));
		String what = "The document \"" + document.getTitle() + "\"";
		if (document.getVersion() != version) {
			throw this.history.changedSince(SourceDocument.class, id, what);
		}
		if (document.getSeedFile() != null) {
			throw new RecordInUseException(
					what + " ships with the application and backs its seed dataset, " + "so it cannot be deleted.");
		}
		this.references.refuseIfReferenced(what, document);
		this.decisions.deleteAll(this.decisions.findByDocumentId(id));
		this.evidence.deleteAll(this.evidence.findByDocument(document));
		this.repository.delete(document);
		this.repository.flush();
	}

	/**
	 * Who changed the document's metadata, when, from what to what; newest first.
	 * @param id the document's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(
				this.history.of(SourceDocument.class, id, (document) -> "Document", SourceDocumentService::describe));
	}

	/**
	 * The citation of a passage chosen in a document (selected in the reader or the
	 * coverage view), for a form to start with: the stored text at those offsets, without
	 * the whitespace around it, located by the one quote locator.
	 * @param passage the document and offsets
	 * @return the citation, or empty when the document does not exist or the offsets are
	 * not a passage of it
	 */
	public Optional<EvidenceDraft> citation(PassagePick passage) {
		return this.repository.findById(passage.documentId()).flatMap((document) -> {
			String text = document.getText();
			int start = passage.start();
			int end = passage.end();
			if (start < 0 || end > text.length() || start >= end) {
				return Optional.empty();
			}
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (start >= end) {
				return Optional.empty();
			}
			try {
				Citations.Located located = Citations.locate(document, text.substring(start, end), start);
				return Optional.of(new EvidenceDraft(null, document.getId(), document.getTitle(), located.quote(), null,
						located.start()));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	// ---- coverage of documents (docs/decisions/0017)

	/**
	 * How far a document is coded: its sentences naming a sanction-like act, and how many
	 * are cited, decided not a record, or open. Stored, kept up to date on every write.
	 * @param documentId the document
	 * @return the coverage, if the document exists
	 */
	public Optional<DocumentCoverage> coverage(long documentId) {
		this.coverageUpdate.catchUp();
		return this.coverage.coverage(documentId);
	}

	/**
	 * The coverage of several documents, for a list.
	 * @param documentIds the documents
	 * @return the coverage of those that exist, by id
	 */
	public Map<Long, DocumentCoverage> coverages(Collection<Long> documentIds) {
		return this.coverage.coverages(documentIds);
	}

	/**
	 * How many of a document's sanction-like sentences are in a state.
	 * @param documentId the document
	 * @param state the state, or {@code null} for all
	 * @return the count
	 */
	public int countSentences(long documentId, SentenceState state) {
		return this.coverage.count(documentId, state);
	}

	/**
	 * A document's sentences naming a sanction-like act, in text order, with their state,
	 * the records citing them and the decisions on them.
	 * @param documentId the document
	 * @param state only those in this state, or {@code null} for all
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the sentences
	 */
	public List<SentenceItem> sentences(long documentId, SentenceState state, int offset, int limit) {
		Optional<SourceDocument> document = this.repository.findById(documentId);
		if (document.isEmpty()) {
			return List.of();
		}
		String text = document.get().getText();
		List<CoverageReads.Stored> stored = this.coverage.sentences(documentId, state, offset, limit);
		boolean anyCited = stored.stream().anyMatch((sentence) -> sentence.state() == SentenceState.CITED);
		List<EvidenceItem> passages = anyCited ? citedPassages(documentId) : List.of();
		List<CitingRecord> records = anyCited ? citingRecords(documentId) : List.of();
		Map<String, SentenceItem.Decision> decided = new HashMap<>();
		this.decisions.findByDocumentId(documentId)
			.forEach((decision) -> decided.put(decision.getStartOffset() + ":" + decision.getEndOffset(),
					new SentenceItem.Decision(decision.getId(), decision.getVersion(), decision.getReason())));
		return stored.stream().map((sentence) -> {
			Sentences.Sentence at = sentence.sentence();
			List<Long> overlapping = passages.stream()
				.filter((passage) -> at.overlaps(passage.startOffset(), passage.endOffset()))
				.map(EvidenceItem::id)
				.toList();
			List<CitingRecord> citing = records.stream()
				.filter((record) -> overlapping.contains(record.evidenceId()))
				.distinct()
				.toList();
			return new SentenceItem(documentId, at.start(), at.end(), at.in(text), sentence.terms(), sentence.state(),
					citing, decided.get(at.start() + ":" + at.end()));
		}).toList();
	}

	/**
	 * Decides that a sentence is not a record, or changes the reason.
	 * @param documentId the document
	 * @param start the sentence's start offset
	 * @param end its end offset
	 * @param reason why it is not a record
	 * @param version the version of the decision the user saw, or {@code null} when they
	 * saw none
	 * @return the decision's id
	 * @throws InvalidInputException when the reason is missing or too long, or the
	 * offsets are not a sentence of the document
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long decide(long documentId, int start, int end, String reason, Long version) {
		SourceDocument document = this.repository.findById(documentId)
			.orElseThrow(() -> this.history.changedSince(SourceDocument.class, documentId, "The document"));
		String problem = SentenceDecision.reasonProblem(reason);
		if (problem != null) {
			throw new InvalidInputException("reason", problem);
		}
		Optional<SentenceDecision> known = this.decisions.findSentence(documentId, start, end);
		SentenceDecision decision;
		if (known.isPresent()) {
			decision = known.get();
			if (version == null || decision.getVersion() != version) {
				throw this.history.changedSince(SentenceDecision.class, decision.getId(),
						"The decision on this sentence");
			}
			decision.decide(reason);
		}
		else {
			try {
				decision = new SentenceDecision(document, new Sentences.Sentence(start, end), reason);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("reason", ex.getMessage());
			}
		}
		return this.decisions.saveAndFlush(decision).getId();
	}

	/**
	 * Withdraws a decision: the sentence is open again unless a record cites it. The
	 * decision's history is kept.
	 * @param decisionId the decision
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void withdrawDecision(long decisionId, long version) {
		SentenceDecision decision = this.decisions.findById(decisionId)
			.orElseThrow(() -> this.history.changedSince(SentenceDecision.class, decisionId, "The decision"));
		if (decision.getVersion() != version) {
			throw this.history.changedSince(SentenceDecision.class, decisionId, "The decision on this sentence");
		}
		decision.withdraw();
		this.decisions.saveAndFlush(decision);
	}

	/**
	 * Who decided what about a sentence, when, and the reasons before; newest first.
	 * @param decisionId the decision
	 * @return the changes
	 */
	public List<Change> decisionHistory(long decisionId) {
		return History
			.newestFirst(this.history.of(SentenceDecision.class, decisionId, (decision) -> "Decision", (decision) -> {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("Reason", (decision.getReason() != null) ? decision.getReason() : "(withdrawn)");
				return fields;
			}));
	}

	static Map<String, String> describe(SourceDocument document) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Title", document.getTitle());
		fields.put("Author", document.getAuthor());
		fields.put("Publisher", document.getPublisher());
		fields.put("Published", (document.getPublished() != null) ? document.getPublished().display() : null);
		fields.put("Kind", (document.getKind() != null) ? document.getKind().label() : null);
		fields.put("URL", document.getUrl());
		fields.put("Basis", document.getBasis());
		fields.put("Text SHA-256", document.getTextSha256());
		return fields;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
