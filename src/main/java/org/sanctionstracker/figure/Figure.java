package org.sanctionstracker.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	public static final int DATE_BASIS_MAX_LENGTH = 2000;

	/** Digits an amount may have before its decimal point (the column's precision). */
	public static final int AMOUNT_INTEGER_DIGITS = 18;

	/** Digits an amount may have after its decimal point: cents. */
	public static final int AMOUNT_DECIMALS = 2;

	/** What every path says when a figure has no currency. */
	public static final String CURRENCY_REQUIRED = "A currency is required";

	/** What every path says when a currency is not written as three capital letters. */
	public static final String CURRENCY_FORMAT = "An ISO 4217 currency code such as USD";

	private static final java.util.regex.Pattern AMOUNT_TEXT = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

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

	@NotNull(message = CURRENCY_REQUIRED)
	@Pattern(regexp = "[A-Z]{3}", message = CURRENCY_FORMAT)
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

	@Size(max = DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "date_basis", length = DATE_BASIS_MAX_LENGTH)
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
		setAmounts(amount, amountMax);
		setCurrency(currency);
		this.period = period;
		this.label = label;
		this.date = PartialDate.unknown();
	}

	/**
	 * Why these cannot be a figure's amount, range maximum and currency, per field (the
	 * properties {@code amount}, {@code amountMax}, {@code currency}): the one check the
	 * form's service and the importer both make. A missing amount is not reported here
	 * (each path says that a required field is missing in its own terms).
	 * @param amount the amount, or {@code null}
	 * @param amountMax the maximum of a range, or {@code null}
	 * @param currency the currency code, or {@code null}
	 * @return the reasons, in reading order; empty when the values can be stored
	 */
	public static Map<String, String> problems(BigDecimal amount, BigDecimal amountMax, String currency) {
		Map<String, String> problems = new LinkedHashMap<>();
		String own = amountProblem(amount);
		if (own != null) {
			problems.put("amount", own);
		}
		String max = amountProblem(amountMax);
		if (max == null && own == null) {
			max = rangeProblem(amount, amountMax);
		}
		if (max != null) {
			problems.put("amountMax", max);
		}
		String code = currencyProblem(currency);
		if (code != null) {
			problems.put("currency", code);
		}
		return problems;
	}

	/**
	 * Reads an amount as written in a form's field or an import file: digits with an
	 * optional decimal point, no thousands separators (a comma would be read differently
	 * in different countries).
	 * @param text the amount as written
	 * @return the amount, or {@code null} when the text is blank
	 * @throws IllegalArgumentException with the reason in plain words when it is not an
	 * amount, or one a figure cannot have ({@link #amountProblem})
	 */
	public static BigDecimal parseAmount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String written = text.strip();
		if (!AMOUNT_TEXT.matcher(written).matches()) {
			throw new IllegalArgumentException(
					"'" + written + "' is not an amount such as 120000000 or 70.5: write digits only, without thousands"
							+ " separators or a currency sign, and a point before the cents");
		}
		BigDecimal amount = new BigDecimal(written);
		String problem = amountProblem(amount);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return amount;
	}

	/**
	 * Why an amount cannot be a figure's (its minimum or its range's maximum), or
	 * {@code null} when it can: it is negative, has more than two decimals or more digits
	 * than the database keeps.
	 * @param amount the amount, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String amountProblem(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		String written = amount.toPlainString();
		if (amount.signum() < 0) {
			return "'" + written + "' is negative: record the amount the source names (a loss as the amount lost)";
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		if (stripped.scale() > AMOUNT_DECIMALS) {
			return "'" + written + "' has more than " + AMOUNT_DECIMALS + " decimals: round it to cents";
		}
		if (stripped.precision() - stripped.scale() > AMOUNT_INTEGER_DIGITS) {
			return "'" + written + "' is too large: at most " + AMOUNT_INTEGER_DIGITS
					+ " digits before the decimal point";
		}
		return null;
	}

	/**
	 * Why a code cannot be a figure's currency, or {@code null} when it can: it must be a
	 * current or historic ISO 4217 code ({@link java.util.Currency} knows them), written
	 * in capitals.
	 * @param currency the code, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String currencyProblem(String currency) {
		if (currency == null || currency.isBlank()) {
			return CURRENCY_REQUIRED;
		}
		if (!currency.matches("[A-Z]{3}")) {
			return CURRENCY_FORMAT;
		}
		try {
			java.util.Currency.getInstance(currency);
			return null;
		}
		catch (IllegalArgumentException unknown) {
			return "'" + currency + "' is not an ISO 4217 currency code; use e.g. USD, EUR, JPY, KRW, CNY or KPW";
		}
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

	/**
	 * Sets the amount and the range's maximum together, as the range rule spans both.
	 * @param amount the amount, or the minimum of a range
	 * @param amountMax the maximum of a range, or {@code null}
	 * @throws IllegalArgumentException when the amount is missing, or they break
	 * {@link #amountProblem} or {@link #rangeProblem}
	 */
	public void setAmounts(BigDecimal amount, BigDecimal amountMax) {
		if (amount == null) {
			throw new IllegalArgumentException("A figure needs an amount");
		}
		for (String problem : new String[] { amountProblem(amount), amountProblem(amountMax),
				rangeProblem(amount, amountMax) }) {
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
		}
		this.amount = amount;
		this.amountMax = amountMax;
	}

	public String getCurrency() {
		return this.currency;
	}

	/**
	 * Sets the currency.
	 * @param currency an ISO 4217 code
	 * @throws IllegalArgumentException when it is not one ({@link #currencyProblem})
	 */
	public void setCurrency(String currency) {
		String problem = currencyProblem(currency);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		this.currency = currency;
	}

	public FigurePeriod getPeriod() {
		return this.period;
	}

	public void setPeriod(FigurePeriod period) {
		if (period == null) {
			throw new IllegalArgumentException("A figure needs a period");
		}
		this.period = period;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
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
