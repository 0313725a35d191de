package org.sanctionstracker.enforcement;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * An enforcement action as its form edits it.
 */
public class EnforcementDraft {

	private Long id;

	private long version;

	@NotNull(message = "Choose who took the action")
	private ActorRef actor;

	private ActorRef target;

	@Size(max = EnforcementAction.TARGET_DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	private String targetDescription;

	@NotNull(message = "Choose what kind of action it was")
	private EnforcementKind kind;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate date = PartialDate.unknown();

	@Size(max = EnforcementAction.DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	private String dateBasis;

	@NotBlank(message = "A description is required")
	@Size(max = EnforcementAction.DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	private String description;

	private MeasureRef measure;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public EnforcementDraft() {
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

	public ActorRef getActor() {
		return this.actor;
	}

	public void setActor(ActorRef actor) {
		this.actor = actor;
	}

	public ActorRef getTarget() {
		return this.target;
	}

	public void setTarget(ActorRef target) {
		this.target = target;
	}

	public String getTargetDescription() {
		return this.targetDescription;
	}

	public void setTargetDescription(String targetDescription) {
		this.targetDescription = targetDescription;
	}

	public EnforcementKind getKind() {
		return this.kind;
	}

	public void setKind(EnforcementKind kind) {
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public MeasureRef getMeasure() {
		return this.measure;
	}

	public void setMeasure(MeasureRef measure) {
		this.measure = measure;
	}

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

}
