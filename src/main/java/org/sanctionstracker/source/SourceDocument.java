package org.sanctionstracker.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;

/**
 * A text that evidence is quoted from: an essay, a blog post, a legal act, a UN
 * resolution. The text itself is stored with its SHA-256 so that quotes located by
 * character offset can be checked against it.
 */
@Entity
@Audited
@Table(name = "source_document")
public class SourceDocument {

	public static final int TITLE_MAX_LENGTH = 500;

	public static final int AUTHOR_MAX_LENGTH = 300;

	public static final int PUBLISHER_MAX_LENGTH = 300;

	public static final int URL_MAX_LENGTH = 2000;

	public static final int BASIS_MAX_LENGTH = 2000;

	public static final int TEXT_MAX_LENGTH = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_document_seq")
	@SequenceGenerator(name = "source_document_seq", sequenceName = "source_document_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@NotBlank(message = "A title is required")
	@Size(max = TITLE_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
	private String title;

	@Size(max = AUTHOR_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "author", length = AUTHOR_MAX_LENGTH)
	private String author;

	@Size(max = PUBLISHER_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "publisher", length = PUBLISHER_MAX_LENGTH)
	private String publisher;

	@NotNull
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "lowerBound", column = @Column(name = "published_from")),
			@AttributeOverride(name = "precision", column = @Column(name = "published_precision", nullable = false)) })
	private PartialDate published;

	@NotNull(message = "A kind is required")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "kind", nullable = false, length = 30)
	private SourceKind kind;

	@Size(max = URL_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "url", length = URL_MAX_LENGTH)
	private String url;

	/**
	 * The document's stable key in exchanged datasets: its catalogue key for documents
	 * shipped with the application, or the key it was imported under.
	 */
	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	/** File name under {@code seeds/} for documents shipped with the application. */
	@Column(name = "seed_file", length = 200, updatable = false)
	private String seedFile;

	/** Where the metadata comes from when the text itself does not print it. */
	@Size(max = BASIS_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "basis", length = BASIS_MAX_LENGTH)
	private String basis;

	/** Never changes after creation; its SHA-256 is audited instead of copying it. */
	@NotAudited
	@NotBlank(message = "Paste the document's text")
	@Size(max = TEXT_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "text", nullable = false, length = TEXT_MAX_LENGTH, updatable = false)
	private String text;

	@Column(name = "text_sha256", nullable = false, length = 64, updatable = false)
	private String textSha256;

	protected SourceDocument() {
	}

	public SourceDocument(String title, SourceKind kind, PartialDate published, String text) {
		this.title = title;
		this.kind = kind;
		this.published = (published != null) ? PlausibleDates.check(published) : null;
		this.text = text;
		this.textSha256 = sha256(text);
	}

	/**
	 * The SHA-256 of a text as UTF-8, in lower-case hex.
	 * @param text the text
	 * @return 64 hex digits
	 */
	public static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
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
		this.published = (published != null) ? PlausibleDates.check(published) : null;
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

	public String getSeedKey() {
		return this.seedKey;
	}

	public void setSeedKey(String seedKey) {
		this.seedKey = seedKey;
	}

	public String getSeedFile() {
		return this.seedFile;
	}

	public void setSeedFile(String seedFile) {
		this.seedFile = seedFile;
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

	public String getTextSha256() {
		return this.textSha256;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof SourceDocument that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return SourceDocument.class.hashCode();
	}

}
