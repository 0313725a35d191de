package org.sanctionstracker.enforcement;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * A step taken to make sanctions bite: an arrest, an inspection, a seizure, help for
 * others to enforce, a request to enforce, a monitoring report, or a refusal to enforce.
 */
@Entity
@Audited
@Table(name = "enforcement_action")
public class EnforcementAction implements CitesEvidence {

	public static final int TARGET_DESCRIPTION_MAX_LENGTH = 500;

	public static final int DESCRIPTION_MAX_LENGTH = 4000;

	public static final int DATE_BASIS_MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_action_seq")
	@SequenceGenerator(name = "enforcement_action_seq", sequenceName = "enforcement_action_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@NotNull(message = "An acting actor is required")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id", nullable = false)
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "target_id")
	private Actor target;

	/** A person, vessel or company targeted that is not an actor of its own. */
	@Size(max = TARGET_DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "target_description", length = TARGET_DESCRIPTION_MAX_LENGTH)
	private String targetDescription;

	@NotNull(message = "An enforcement kind is required")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "kind", nullable = false, length = 30)
	private EnforcementKind kind;

	@NotNull
	@Embedded
	private PartialDate date;

	@Size(max = DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "date_basis", length = DATE_BASIS_MAX_LENGTH)
	private String dateBasis;

	@NotBlank(message = "A description is required")
	@Size(max = DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "measure_id")
	private Measure measure;

	@ManyToMany
	@JoinTable(name = "enforcement_action_evidence", joinColumns = @JoinColumn(name = "action_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected EnforcementAction() {
	}

	public EnforcementAction(Actor actor, EnforcementKind kind, PartialDate date, String description) {
		if (actor == null) {
			throw new IllegalArgumentException("An enforcement action needs the actor that took it");
		}
		if (kind == null) {
			throw new IllegalArgumentException("An enforcement action needs a kind");
		}
		this.actor = actor;
		this.kind = kind;
		this.date = (date != null) ? PlausibleDates.check(date) : PartialDate.unknown();
		this.description = description;
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

	public Actor getActor() {
		return this.actor;
	}

	/**
	 * Sets who took the action.
	 * @param actor the actor
	 * @throws IllegalArgumentException when it is missing
	 */
	public void setActor(Actor actor) {
		if (actor == null) {
			throw new IllegalArgumentException("An enforcement action needs the actor that took it");
		}
		this.actor = actor;
	}

	public Actor getTarget() {
		return this.target;
	}

	public void setTarget(Actor target) {
		this.target = target;
	}

	/**
	 * Why an action by this actor cannot target that one, or {@code null} when it can.
	 * @param actor who took the action, or {@code null}
	 * @param target whom it targets, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String partiesProblem(Actor actor, Actor target) {
		return (actor != null && actor.equals(target)) ? "An actor does not enforce sanctions against itself" : null;
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
		if (kind == null) {
			throw new IllegalArgumentException("An enforcement action needs a kind");
		}
		this.kind = kind;
	}

	public PartialDate getDate() {
		return this.date;
	}

	public void setDate(PartialDate date) {
		this.date = (date != null) ? PlausibleDates.check(date) : PartialDate.unknown();
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

	public Measure getMeasure() {
		return this.measure;
	}

	public void setMeasure(Measure measure) {
		this.measure = measure;
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
		return other instanceof EnforcementAction that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return EnforcementAction.class.hashCode();
	}

}
