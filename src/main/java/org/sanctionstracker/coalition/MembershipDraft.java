package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * A membership as its form edits it: who belonged to which coalition, on what basis, from
 * when until when. The service refuses a membership that ends before it starts.
 */
public class MembershipDraft {

	private Long id;

	private long version;

	private Long coalitionId;

	@NotNull(message = "Choose the member")
	private ActorRef actor;

	@NotNull(message = "A basis is required")
	private MembershipBasis basis = MembershipBasis.MEMBER;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate joined = PartialDate.unknown();

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate left = PartialDate.unknown();

	@Size(max = CoalitionMembership.TEXT_MAX_LENGTH, message = "At most {max} characters")
	private String dateBasis;

	@Size(max = CoalitionMembership.TEXT_MAX_LENGTH, message = "At most {max} characters")
	private String note;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public MembershipDraft() {
	}

	/**
	 * A new membership of a coalition.
	 * @param coalitionId the coalition
	 * @return the draft
	 */
	public static MembershipDraft of(long coalitionId) {
		MembershipDraft draft = new MembershipDraft();
		draft.coalitionId = coalitionId;
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

	public Long getCoalitionId() {
		return this.coalitionId;
	}

	public void setCoalitionId(Long coalitionId) {
		this.coalitionId = coalitionId;
	}

	public ActorRef getActor() {
		return this.actor;
	}

	public void setActor(ActorRef actor) {
		this.actor = actor;
	}

	public MembershipBasis getBasis() {
		return this.basis;
	}

	public void setBasis(MembershipBasis basis) {
		this.basis = basis;
	}

	public PartialDate getJoined() {
		return this.joined;
	}

	public void setJoined(PartialDate joined) {
		this.joined = (joined != null) ? joined : PartialDate.unknown();
	}

	public PartialDate getLeft() {
		return this.left;
	}

	public void setLeft(PartialDate left) {
		this.left = (left != null) ? left : PartialDate.unknown();
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
