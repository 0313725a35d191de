package org.sanctionstracker.figure;

import java.math.BigDecimal;
import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A figure as lists and the API show it.
 *
 * @param id the id
 * @param amount the amount, or the low end of a range
 * @param amountMax the high end of a range, or {@code null}
 * @param currency ISO 4217 code
 * @param period what period the amount is counted over
 * @param label what it measures
 * @param actor the actor it concerns, if any
 * @param measureId the measure it concerns, if any
 * @param measureTitle that measure's title
 * @param date the date it applies to, at its precision
 * @param dateBasis where the date comes from
 * @param evidence the passages that name it
 */
public record FigureRow(Long id, BigDecimal amount, BigDecimal amountMax, String currency, FigurePeriod period,
		String label, ActorRef actor, Long measureId, String measureTitle, PartialDate date, String dateBasis,
		List<EvidenceItem> evidence) {

}
