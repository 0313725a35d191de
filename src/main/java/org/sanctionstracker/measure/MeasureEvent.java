package org.sanctionstracker.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * One step in a measure's lifecycle, dated at the precision its source gives.
 */
@Entity
@Audited
@Table(name = "measure_event")
public class MeasureEvent implements CitesEvidence {

	public static final int NOTE_MAX_LENGTH = 4000;

	public static final int DATE_BASIS_MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_event_seq")
	@SequenceGenerator(name = "measure_event_seq", sequenceName = "measure_event_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "measure_id", nullable = false)
	private Measure measure;

	@NotNull(message = "An event kind is required")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "kind", nullable = false, length = 30)
	private EventKind kind;

	@NotNull
	@Embedded
	private PartialDate date;

	/** Where the date comes from when the source does not print it. */
	@Size(max = DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "date_basis", length = DATE_BASIS_MAX_LENGTH)
	private String dateBasis;

	@Size(max = NOTE_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "note", length = NOTE_MAX_LENGTH)
	private String note;

	@ManyToMany
	@JoinTable(name = "measure_event_evidence", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected MeasureEvent() {
	}

	public MeasureEvent(EventKind kind, PartialDate date) {
		if (kind == null) {
			throw new IllegalArgumentException("An event needs a kind");
		}
		this.kind = kind;
		this.date = (date != null) ? PlausibleDates.check(date) : PartialDate.unknown();
	}

	Lifecycle.Step step() {
		return new Lifecycle.Step(this.kind, this.date);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSeedKey() {
		return this.seedKey;
	}

	public void setSeedKey(String seedKey) {
		this.seedKey = seedKey;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	void setMeasure(Measure measure) {
		this.measure = measure;
	}

	public EventKind getKind() {
		return this.kind;
	}

	void setKind(EventKind kind) {
		if (kind == null) {
			throw new IllegalArgumentException("An event needs a kind");
		}
		this.kind = kind;
	}

	public PartialDate getDate() {
		return this.date;
	}

	void setDate(PartialDate date) {
		this.date = (date != null) ? PlausibleDates.check(date) : PartialDate.unknown();
	}

	public String getDateBasis() {
		return this.dateBasis;
	}

	public void setDateBasis(String dateBasis) {
		this.dateBasis = dateBasis;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	@Override
	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof MeasureEvent that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return MeasureEvent.class.hashCode();
	}

}
