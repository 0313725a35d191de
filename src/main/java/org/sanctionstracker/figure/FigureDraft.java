package org.sanctionstracker.figure;

import java.math.BigDecimal;
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
 * A money figure as its form edits it. Whether the amounts and the currency can be a
 * figure's is {@link Figure#problems}, asked by the service as by the importer.
 */
public class FigureDraft {

	private Long id;

	private long version;

	@NotNull(message = "An amount is required")
	private BigDecimal amount;

	private BigDecimal amountMax;

	@NotBlank(message = Figure.CURRENCY_REQUIRED)
	private String currency;

	@NotNull(message = "Choose the period the amount is counted over")
	private FigurePeriod period;

	@NotBlank(message = "A label is required")
	@Size(max = Figure.LABEL_MAX_LENGTH, message = "At most {max} characters")
	private String label;

	private ActorRef actor;

	private MeasureRef measure;

	/** Never {@code null}: an unknown date is {@link PartialDate#unknown()}. */
	private PartialDate date = PartialDate.unknown();

	@Size(max = Figure.DATE_BASIS_MAX_LENGTH, message = "At most {max} characters")
	private String dateBasis;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public FigureDraft() {
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

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getAmountMax() {
		return this.amountMax;
	}

	public void setAmountMax(BigDecimal amountMax) {
		this.amountMax = amountMax;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public FigurePeriod getPeriod() {
		return this.period;
	}

	public void setPeriod(FigurePeriod period) {
		this.period = period;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public ActorRef getActor() {
		return this.actor;
	}

	public void setActor(ActorRef actor) {
		this.actor = actor;
	}

	public MeasureRef getMeasure() {
		return this.measure;
	}

	public void setMeasure(MeasureRef measure) {
		this.measure = measure;
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

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

}
