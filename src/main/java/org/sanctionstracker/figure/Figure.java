package org.sanctionstracker.figure;

import java.math.BigDecimal;
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
import jakarta.validation.constraints.Pattern;
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
 * An amount of money a source names: revenue a closure cuts off, loans written off, wages
 * demanded. A range ("$70-80") has a maximum.
 */
@Entity
@Audited
@Table(name = "figure")
public class Figure implements CitesEvidence {

	public static final int LABEL_MAX_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_seq")
	@SequenceGenerator(name = "figure_seq", sequenceName = "figure_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@NotNull
	@Column(name = "amount", nullable = false, precision = 20, scale = 2)
	private BigDecimal amount;

	@Column(name = "amount_max", precision = 20, scale = 2)
	private BigDecimal amountMax;

	@NotNull(message = "A currency is required")
	@Pattern(regexp = "[A-Z]{3}", message = "An ISO 4217 currency code such as USD")
	@Column(name = "currency", nullable = false, length = 3)
	private String currency;

	@NotNull
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "period", nullable = false, length = 20)
	private FigurePeriod period;

	/** What the figure measures. */
	@NotBlank(message = "A label is required")
	@Size(max = LABEL_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
	private String label;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "measure_id")
	private Measure measure;

	@NotNull
	@Embedded
	private PartialDate date;

	@Size(max = 2000, message = "At most {max} characters")
	@Column(name = "date_basis", length = 2000)
	private String dateBasis;

	@ManyToMany
	@JoinTable(name = "figure_evidence", joinColumns = @JoinColumn(name = "figure_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected Figure() {
	}

	public Figure(BigDecimal amount, BigDecimal amountMax, String currency, FigurePeriod period, String label) {
		if (amount == null || currency == null || period == null) {
			throw new IllegalArgumentException("A figure needs an amount, a currency and a period");
		}
		String range = rangeProblem(amount, amountMax);
		if (range != null) {
			throw new IllegalArgumentException(range);
		}
		this.amount = amount;
		this.amountMax = amountMax;
		this.currency = currency;
		this.period = period;
		this.label = label;
		this.date = PartialDate.unknown();
	}

	/**
	 * Why these cannot be a figure's amount and range maximum, or {@code null} when they
	 * can.
	 * @param amount the amount (the minimum of a range), or {@code null}
	 * @param amountMax the maximum of a range, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String rangeProblem(BigDecimal amount, BigDecimal amountMax) {
		if (amount != null && amountMax != null && amountMax.compareTo(amount) < 0) {
			return "A range's maximum (" + amountMax.toPlainString() + ") cannot be below its minimum ("
					+ amount.toPlainString() + ")";
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

	public BigDecimal getAmount() {
		return this.amount;
	}

	public BigDecimal getAmountMax() {
		return this.amountMax;
	}

	public String getCurrency() {
		return this.currency;
	}

	public FigurePeriod getPeriod() {
		return this.period;
	}

	public String getLabel() {
		return this.label;
	}

	public Actor getActor() {
		return this.actor;
	}

	public void setActor(Actor actor) {
		this.actor = actor;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public void setMeasure(Measure measure) {
		this.measure = measure;
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

	@Override
	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Figure that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Figure.class.hashCode();
	}

}
