package org.sanctionstracker.measure;

import org.sanctionstracker.base.PartialDate;

/**
 * A lifecycle step as a measure's edit view lists it.
 *
 * @param id the event id
 * @param version its version, for refusing a delete against a changed row
 * @param kind what happened
 * @param date when
 * @param dateBasis where the date comes from
 * @param note what the step consisted of
 * @param citations how many passages it cites
 */
public record EventLine(Long id, long version, EventKind kind, PartialDate date, String dateBasis, String note,
		int citations) {

}
