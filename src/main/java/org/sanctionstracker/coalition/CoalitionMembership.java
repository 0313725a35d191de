package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PartialDates;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * An actor's place in a coalition: on what basis, from when, until when.
 */
@Entity
@Audited
@Table(name = "coalition_membership")
public class CoalitionMembership implements CitesEvidence {

	public static final int TEXT_MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coalition_membership_seq")
	@SequenceGenerator(name = "coalition_membership_seq", sequenceName = "coalition_membership_seq",
			allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "coalition_id", nullable = false)
	private Coalition coalition;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id", nullable = false)
	private Actor actor;

	@NotNull
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "basis", nullable = false, length = 20)
	private MembershipBasis basis;

	@NotNull
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "lowerBound", column = @Column(name = "joined_from")),
			@AttributeOverride(name = "precision", column = @Column(name = "joined_precision", nullable = false)) })
	private PartialDate joined;

	@NotNull
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "lowerBound", column = @Column(name = "left_from")),
			@AttributeOverride(name = "precision", column = @Column(name = "left_precision", nullable = false)) })
	private PartialDate left;

	@Size(max = TEXT_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "date_basis", length = TEXT_MAX_LENGTH)
	private String dateBasis;

	@Size(max = TEXT_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "note", length = TEXT_MAX_LENGTH)
	private String note;

	@ManyToMany
	@JoinTable(name = "coalition_membership_evidence", joinColumns = @JoinColumn(name = "membership_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected CoalitionMembership() {
	}

	public CoalitionMembership(Actor actor, MembershipBasis basis, PartialDate joined, PartialDate left) {
		this.actor = actor;
		this.basis = basis;
		setPeriod(joined, left);
	}

	/**
	 * Sets when the actor joined and left.
	 * @param joined when it joined (unknown allowed)
	 * @param left when it left, unknown while it is still a member
	 * @throws IllegalArgumentException when it left before it joined
	 */
	public void setPeriod(PartialDate joined, PartialDate left) {
		PlausibleDates.check((joined != null) ? joined : PartialDate.unknown());
		PlausibleDates.check((left != null) ? left : PartialDate.unknown());
		String problem = periodProblem(joined, left);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		this.joined = (joined != null) ? joined : PartialDate.unknown();
		this.left = (left != null) ? left : PartialDate.unknown();
	}

	/**
	 * Why a membership cannot have this period, or {@code null} when it can.
	 * @param joined when the actor joined, or {@code null} when unknown
	 * @param left when it left, or {@code null} when unknown
	 * @return the reason, or {@code null}
	 */
	public static String periodProblem(PartialDate joined, PartialDate left) {
		PartialDate from = (joined != null) ? joined : PartialDate.unknown();
		PartialDate to = (left != null) ? left : PartialDate.unknown();
		if (PartialDates.certainlyBefore(to, from)) {
			return "An actor cannot leave (" + to.display() + ") before it joined (" + from.display() + ")";
		}
		return null;
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

	public Coalition getCoalition() {
		return this.coalition;
	}

	void setCoalition(Coalition coalition) {
		this.coalition = coalition;
	}

	public Actor getActor() {
		return this.actor;
	}

	/**
	 * Sets the member.
	 * @param actor the actor
	 * @throws IllegalArgumentException when it is missing
	 */
	public void setActor(Actor actor) {
		if (actor == null) {
			throw new IllegalArgumentException("A membership needs its member");
		}
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

	public PartialDate getLeft() {
		return this.left;
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
		return other instanceof CoalitionMembership that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return CoalitionMembership.class.hashCode();
	}

}
