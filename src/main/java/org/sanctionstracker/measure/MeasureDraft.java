package org.sanctionstracker.measure;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * A measure as its form edits it. A new measure is saved together with its first
 * lifecycle event (e.g. "imposed, Oct 2006"), in one transaction; later events have their
 * own form.
 */
public class MeasureDraft {

	private Long id;

	private long version;

	@NotNull(message = "Choose who imposes the measure")
	private ActorRef imposer;

	@NotNull(message = "Choose on whom the measure is imposed")
	private ActorRef target;

	@NotNull(message = "Choose a measure type")
	private MeasureType type;

	@NotBlank(message = "A title is required")
	@Size(max = Measure.TITLE_MAX_LENGTH, message = "At most {max} characters")
	private String title;

	@Size(max = Measure.DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	private String description;

	@Size(max = Measure.LEGAL_BASIS_MAX_LENGTH, message = "At most {max} characters")
	private String legalBasis;

	private CoalitionRef coalition;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	@NotNull(message = "Choose what the first lifecycle event is")
	private EventKind firstEventKind = EventKind.IMPOSED;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate firstEventDate = PartialDate.unknown();

	@Size(max = MeasureEvent.NOTE_MAX_LENGTH, message = "At most {max} characters")
	private String firstEventNote;

	public MeasureDraft() {
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

	public ActorRef getImposer() {
		return this.imposer;
	}

	public void setImposer(ActorRef imposer) {
		this.imposer = imposer;
	}

	public ActorRef getTarget() {
		return this.target;
	}

	public void setTarget(ActorRef target) {
		this.target = target;
	}

	public MeasureType getType() {
		return this.type;
	}

	public void setType(MeasureType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public CoalitionRef getCoalition() {
		return this.coalition;
	}

	public void setCoalition(CoalitionRef coalition) {
		this.coalition = coalition;
	}

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

	public EventKind getFirstEventKind() {
		return this.firstEventKind;
	}

	public void setFirstEventKind(EventKind firstEventKind) {
		this.firstEventKind = firstEventKind;
	}

	public PartialDate getFirstEventDate() {
		return this.firstEventDate;
	}

	public void setFirstEventDate(PartialDate firstEventDate) {
		this.firstEventDate = (firstEventDate != null) ? firstEventDate : PartialDate.unknown();
	}

	public String getFirstEventNote() {
		return this.firstEventNote;
	}

	public void setFirstEventNote(String firstEventNote) {
		this.firstEventNote = firstEventNote;
	}

}
