package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * A sanctions measure or a related step: who imposed what kind of measure on whom,
 * optionally within a coalition. Its lifecycle (threatened, imposed, relaxed, lifted …)
 * is the list of its {@link MeasureEvent events}; whether it is in force is derived from
 * them.
 */
@Entity
@Audited
@Table(name = "measure")
public class Measure implements CitesEvidence {

	public static final int TITLE_MAX_LENGTH = 300;

	public static final int DESCRIPTION_MAX_LENGTH = 4000;

	public static final int LEGAL_BASIS_MAX_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
	@SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@NotNull(message = "An imposer is required")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "imposer_id", nullable = false)
	private Actor imposer;

	@NotNull(message = "A target is required")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "target_id", nullable = false)
	private Actor target;

	@NotNull(message = "A measure type is required")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "type", nullable = false, length = 30)
	private MeasureType type;

	@NotBlank(message = "A title is required")
	@Size(max = TITLE_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
	private String title;

	@Size(max = DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
	private String description;

	@Size(max = LEGAL_BASIS_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "legal_basis", length = LEGAL_BASIS_MAX_LENGTH)
	private String legalBasis;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "coalition_id")
	private Coalition coalition;

	@Valid
	@OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<MeasureEvent> events = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "measure_evidence", joinColumns = @JoinColumn(name = "measure_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected Measure() {
	}

	/**
	 * A new measure.
	 * @param imposer who imposes it
	 * @param target on whom
	 * @param type what kind of measure
	 * @param title a short title
	 * @throws IllegalArgumentException when imposer, target or type is missing, or the
	 * imposer is its own target
	 */
	public Measure(Actor imposer, Actor target, MeasureType type, String title) {
		if (type == null) {
			throw new IllegalArgumentException("A measure needs a type");
		}
		setParties(imposer, target);
		this.type = type;
		this.title = title;
	}

	/**
	 * Adds a lifecycle step, refusing one that cannot follow the steps already there
	 * (e.g. lifted before it was imposed).
	 * @param event the step
	 * @return the step
	 * @throws IllegalArgumentException when the order is impossible
	 */
	public MeasureEvent addEvent(MeasureEvent event) {
		List<Lifecycle.Step> steps = new ArrayList<>(steps());
		steps.add(event.step());
		Lifecycle.checkOrder(steps);
		event.setMeasure(this);
		this.events.add(event);
		return event;
	}

	/**
	 * Changes a lifecycle step's kind and date, refusing an impossible order.
	 * @param event one of this measure's steps
	 * @param kind its new kind
	 * @param date its new date
	 * @throws IllegalArgumentException when the order becomes impossible
	 */
	public void changeEvent(MeasureEvent event, EventKind kind, PartialDate date) {
		PlausibleDates.check(date);
		List<Lifecycle.Step> steps = new ArrayList<>(
				this.events.stream().filter((other) -> other != event).map(MeasureEvent::step).toList());
		steps.add(new Lifecycle.Step(kind, date));
		Lifecycle.checkOrder(steps);
		event.setKind(kind);
		event.setDate(date);
	}

	/**
	 * Removes a lifecycle step, refusing to leave the measure without steps or with an
	 * impossible order (e.g. a lifting left before the only remaining imposition).
	 * @param event one of this measure's steps
	 * @throws IllegalArgumentException when the removal is refused
	 */
	public void removeEvent(MeasureEvent event) {
		List<MeasureEvent> remaining = this.events.stream().filter((other) -> other != event).toList();
		if (remaining.isEmpty()) {
			throw new IllegalArgumentException(
					"A measure keeps at least one lifecycle event; delete the measure itself instead");
		}
		Lifecycle.checkOrder(remaining.stream().map(MeasureEvent::step).toList());
		this.events.remove(event);
	}

	/**
	 * The lifecycle steps, for the in-force derivation.
	 * @return one step per event
	 */
	public List<Lifecycle.Step> steps() {
		return this.events.stream().map(MeasureEvent::step).toList();
	}

	/**
	 * Whether the measure is in force on a day, derived from its events.
	 * @param day the day
	 * @return in force, not in force, or uncertain
	 */
	public MeasureStatus statusOn(LocalDate day) {
		return Lifecycle.statusOn(steps(), day);
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

	public Actor getImposer() {
		return this.imposer;
	}

	public Actor getTarget() {
		return this.target;
	}

	public MeasureType getType() {
		return this.type;
	}

	/**
	 * Sets who imposes the measure on whom.
	 * @param imposer the imposer
	 * @param target the target
	 * @throws IllegalArgumentException when one is missing or they are the same
	 */
	public void setParties(Actor imposer, Actor target) {
		if (imposer == null) {
			throw new IllegalArgumentException("A measure needs an imposer");
		}
		if (target == null) {
			throw new IllegalArgumentException("A measure needs a target");
		}
		String problem = partiesProblem(imposer, target);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		this.imposer = imposer;
		this.target = target;
	}

	/**
	 * Why these cannot be a measure's imposer and target, or {@code null} when they can
	 * (or one is not known yet).
	 * @param imposer the imposer, or {@code null}
	 * @param target the target, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String partiesProblem(Actor imposer, Actor target) {
		return (imposer != null && imposer.equals(target)) ? "The target must differ from the imposer" : null;
	}

	public void setType(MeasureType type) {
		if (type == null) {
			throw new IllegalArgumentException("A measure needs a type");
		}
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

	public Coalition getCoalition() {
		return this.coalition;
	}

	public void setCoalition(Coalition coalition) {
		this.coalition = coalition;
	}

	public List<MeasureEvent> getEvents() {
		return this.events;
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
		return other instanceof Measure that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Measure.class.hashCode();
	}

	@Override
	public String toString() {
		return this.title;
	}

}
