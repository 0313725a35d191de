package org.sanctionstracker.measure;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * A lifecycle event as its form edits it. The service refuses an order of events that
 * cannot be (e.g. lifted before it was imposed).
 */
public class EventDraft {

	private Long id;

	private long version;

	private Long measureId;

	@NotNull(message = "Choose what happened")
	private EventKind kind;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate date = PartialDate.unknown();

	@Size(max = MeasureEvent.DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	private String dateBasis;

	@Size(max = MeasureEvent.NOTE_MAX_LENGTH, message = "At most {max} characters")
	private String note;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public EventDraft() {
	}

	/**
	 * A new event of a measure.
	 * @param measureId the measure
	 * @return the draft
	 */
	public static EventDraft of(long measureId) {
		EventDraft draft = new EventDraft();
		draft.measureId = measureId;
		return draft;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	void setId(Long id) {
		this.id = id;
	}

	public long getVersion() {
		return this.version;
	}

	void setVersion(long version) {
		this.version = version;
	}

	public Long getMeasureId() {
		return this.measureId;
	}

	public void setMeasureId(Long measureId) {
		this.measureId = measureId;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public PartialDate getDate() {
		return this.date;
	}

	public void setDate(PartialDate date) {
		this.date = (date != null) ? date : PartialDate.unknown();
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

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

}
