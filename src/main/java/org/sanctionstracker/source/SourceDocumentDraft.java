package org.sanctionstracker.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.base.PartialDate;

/**
 * A source document as its form edits it. The text is entered once, when the document is
 * created; afterwards only the metadata changes, because quotes are located in the text
 * by offset.
 */
public class SourceDocumentDraft {

	private Long id;

	private long version;

	@NotBlank(message = "A title is required")
	@Size(max = SourceDocument.TITLE_MAX_LENGTH, message = "At most {max} characters")
	private String title;

	@Size(max = SourceDocument.AUTHOR_MAX_LENGTH, message = "At most {max} characters")
	private String author;

	@Size(max = SourceDocument.PUBLISHER_MAX_LENGTH, message = "At most {max} characters")
	private String publisher;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate published = PartialDate.unknown();

	@NotNull(message = "A kind is required")
	private SourceKind kind;

	@Size(max = SourceDocument.URL_MAX_LENGTH, message = "At most {max} characters")
	private String url;

	@Size(max = SourceDocument.BASIS_MAX_LENGTH, message = "At most {max} characters")
	private String basis;

	@NotBlank(message = "Paste the document's text")
	@Size(max = SourceDocument.TEXT_MAX_LENGTH, message = "At most {max} characters")
	private String text;

	private String textSha256;

	private boolean shipped;

	public SourceDocumentDraft() {
	}

	static SourceDocumentDraft of(SourceDocument document) {
		SourceDocumentDraft draft = new SourceDocumentDraft();
		draft.id = document.getId();
		draft.version = document.getVersion();
		draft.title = document.getTitle();
		draft.author = document.getAuthor();
		draft.publisher = document.getPublisher();
		draft.published = document.getPublished();
		draft.kind = document.getKind();
		draft.url = document.getUrl();
		draft.basis = document.getBasis();
		draft.text = document.getText();
		draft.textSha256 = document.getTextSha256();
		draft.shipped = document.getSeedFile() != null;
		return draft;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public PartialDate getPublished() {
		return this.published;
	}

	public void setPublished(PartialDate published) {
		this.published = (published != null) ? published : PartialDate.unknown();
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/**
	 * The SHA-256 of the stored text, for a stored document.
	 * @return 64 hex digits, or {@code null} for a new document
	 */
	public String getTextSha256() {
		return this.textSha256;
	}

	/**
	 * Whether the document ships with the application (its text backs the seed dataset).
	 * @return {@code true} for a shipped document
	 */
	public boolean isShipped() {
		return this.shipped;
	}

}
