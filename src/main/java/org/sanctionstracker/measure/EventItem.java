package org.sanctionstracker.measure;

import java.util.List;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A lifecycle step inside a measure's details.
 *
 * @param id the event id
 * @param kind what happened
 * @param date when, at its precision
 * @param dateBasis where the date comes from when the source does not print it
 * @param note what the step consisted of
 * @param evidence the passages that name it
 */
public record EventItem(Long id, EventKind kind, PartialDate date, String dateBasis, String note,
		List<EvidenceItem> evidence) {

}
