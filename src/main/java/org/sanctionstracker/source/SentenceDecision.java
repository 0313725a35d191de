package org.sanctionstracker.source;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.sanctionstracker.source.Sentences.Sentence;

/**
 * An analyst's decision that a sentence naming a sanction-like act is not a record, with
 * the reason ("author's opinion, not a state act"). The sentence is named by its offsets
 * in the document's text ({@link Sentences}). A decision withdrawn keeps its row without
 * a reason, so its history (who decided what, when, and earlier reasons) stays in one
 * place when it is decided again.
 */
@Entity
@Audited
@Table(name = "sentence_decision")
public class SentenceDecision {

	public static final int REASON_MAX_LENGTH = 2000;

	/** How a decision without a reason is refused. */
	public static final String REASON_MISSING = "Say why this sentence is not a record";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sentence_decision_seq")
	@SequenceGenerator(name = "sentence_decision_seq", sequenceName = "sentence_decision_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id", nullable = false, updatable = false)
	private SourceDocument document;

	@Column(name = "start_offset", nullable = false, updatable = false)
	private int startOffset;

	@Column(name = "end_offset", nullable = false, updatable = false)
	private int endOffset;

	@Size(max = REASON_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "reason", length = REASON_MAX_LENGTH)
	private String reason;

	/** The key of a decision shipped with the seed dataset or imported under a key. */
	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	protected SentenceDecision() {
	}

	/**
	 * A decision on a sentence of a document.
	 * @param document the document
	 * @param sentence one of its sentences ({@link Sentences#split})
	 * @param reason why it is not a record
	 * @throws IllegalArgumentException when the sentence is not one of the document's or
	 * the reason is missing
	 */
	public SentenceDecision(SourceDocument document, Sentence sentence, String reason) {
		this.document = Objects.requireNonNull(document, "document");
		if (!Sentences.split(document.getText()).contains(sentence)) {
			throw new IllegalArgumentException("The passage at " + sentence.start() + "\u2013" + sentence.end()
					+ " is not a sentence of \"" + document.getTitle() + "\"");
		}
		this.startOffset = sentence.start();
		this.endOffset = sentence.end();
		decide(reason);
	}

	/**
	 * Why a reason cannot be stored, or {@code null} when it can.
	 * @param reason the reason as typed
	 * @return the refusal, or {@code null}
	 */
	public static String reasonProblem(String reason) {
		if (reason == null || reason.isBlank()) {
			return REASON_MISSING;
		}
		if (reason.strip().length() > REASON_MAX_LENGTH) {
			return "A reason can have at most " + REASON_MAX_LENGTH + " characters; this one has "
					+ reason.strip().length();
		}
		return null;
	}

	/**
	 * Decides (again, or with another reason).
	 * @param reason why the sentence is not a record
	 * @throws IllegalArgumentException when the reason is missing or too long
	 */
	public void decide(String reason) {
		String problem = reasonProblem(reason);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		this.reason = reason.strip();
	}

	/** Withdraws the decision: the sentence is open again unless a record cites it. */
	public void withdraw() {
		this.reason = null;
	}

	/** Whether the decision stands (it has a reason). */
	public boolean isDecided() {
		return this.reason != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public SourceDocument getDocument() {
		return this.document;
	}

	public int getStartOffset() {
		return this.startOffset;
	}

	public int getEndOffset() {
		return this.endOffset;
	}

	public Sentence getSentence() {
		return new Sentence(this.startOffset, this.endOffset);
	}

	public String getReason() {
		return this.reason;
	}

	public String getSeedKey() {
		return this.seedKey;
	}

	public void setSeedKey(String seedKey) {
		this.seedKey = seedKey;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof SentenceDecision that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return SentenceDecision.class.hashCode();
	}

}
