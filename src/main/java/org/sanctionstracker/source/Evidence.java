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
import org.hibernate.envers.Audited;

/**
 * A passage that records cite: a verbatim quote located by character offsets in a source
 * document, or (for analysts citing the web) a URL. A passage is never edited; a
 * different passage is a new row. Offsets count UTF-16 code units, as
 * {@link String#substring(int, int)} does.
 */
@Entity
@Audited
@Table(name = "evidence")
public class Evidence {

	public static final int QUOTE_MAX_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
	@SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "document_id", updatable = false)
	private SourceDocument document;

	@Column(name = "quote", length = QUOTE_MAX_LENGTH, updatable = false)
	private String quote;

	@Column(name = "start_offset", updatable = false)
	private Integer startOffset;

	@Column(name = "end_offset", updatable = false)
	private Integer endOffset;

	@Column(name = "url", length = SourceDocument.URL_MAX_LENGTH, updatable = false)
	private String url;

	protected Evidence() {
	}

	private Evidence(SourceDocument document, String quote, int startOffset, String url) {
		this.document = document;
		this.quote = quote;
		this.startOffset = startOffset;
		this.endOffset = startOffset + quote.length();
		this.url = url;
	}

	/**
	 * A passage of a stored document, checked against its text.
	 * @param document the document
	 * @param quote the verbatim quote
	 * @param startOffset where the quote starts in the document text
	 * @return the evidence
	 * @throws IllegalArgumentException when the document text differs from the quote at
	 * that offset
	 */
	public static Evidence passage(SourceDocument document, String quote, int startOffset) {
		Objects.requireNonNull(document, "document");
		if (quote == null || quote.isBlank()) {
			throw new IllegalArgumentException("A quote is required");
		}
		if (quote.length() > QUOTE_MAX_LENGTH) {
			throw new IllegalArgumentException(
					"A quote can be at most " + QUOTE_MAX_LENGTH + " characters; this one has " + quote.length());
		}
		String text = document.getText();
		if (startOffset < 0 || startOffset + quote.length() > text.length() || !text.startsWith(quote, startOffset)) {
			throw new IllegalArgumentException(
					"The quote is not found verbatim at offset " + startOffset + " of \"" + document.getTitle() + "\"");
		}
		return new Evidence(document, quote, startOffset, document.getUrl());
	}

	/**
	 * A citation of a web page rather than a stored document.
	 * @param url the address, {@code http} or {@code https}
	 * @return the evidence
	 * @throws IllegalArgumentException when the address is missing, too long or not a web
	 * address
	 */
	public static Evidence webCitation(String url) {
		String problem = Citations.webAddressProblem(url);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		String address = url.strip();
		Evidence evidence = new Evidence();
		evidence.url = address;
		return evidence;
	}

	public Long getId() {
		return this.id;
	}

	public SourceDocument getDocument() {
		return this.document;
	}

	public String getQuote() {
		return this.quote;
	}

	public Integer getStartOffset() {
		return this.startOffset;
	}

	public Integer getEndOffset() {
		return this.endOffset;
	}

	public String getUrl() {
		return this.url;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Evidence that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Evidence.class.hashCode();
	}

}
