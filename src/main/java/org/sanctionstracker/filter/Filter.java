package org.sanctionstracker.filter;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * The filters shared by every data view and the API. Every field is optional
 * ({@code null} means "any").
 *
 * @param actorId the country or other actor
 * @param role in which role {@code actorId} must appear; {@code null} means either
 * @param coalitionId the coalition a measure was taken within
 * @param type the measure type
 * @param eventKind the lifecycle step
 * @param from the period's start: records whose date begins before it are left out
 * @param to the period's end: records whose date begins after its last day are left out
 * @param text words to look for in titles, notes, names and quotes
 */
public record Filter(Long actorId, CountryRole role, Long coalitionId, MeasureType type, EventKind eventKind,
		PartialDate from, PartialDate to, String text) {

	public static Filter none() {
		return new Filter(null, null, null, null, null, null, null, null);
	}

	public Filter withActor(Long actorId, CountryRole role) {
		return new Filter(actorId, role, this.coalitionId, this.type, this.eventKind, this.from, this.to, this.text);
	}

	public Filter withCoalition(Long coalitionId) {
		return new Filter(this.actorId, this.role, coalitionId, this.type, this.eventKind, this.from, this.to,
				this.text);
	}

	public Filter withType(MeasureType type) {
		return new Filter(this.actorId, this.role, this.coalitionId, type, this.eventKind, this.from, this.to,
				this.text);
	}

	public Filter withEventKind(EventKind eventKind) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, eventKind, this.from, this.to,
				this.text);
	}

	public Filter withPeriod(PartialDate from, PartialDate to) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, from, to, this.text);
	}

	public Filter withText(String text) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, this.from, this.to,
				text);
	}

	public CountryRole effectiveRole() {
		return (this.role != null) ? this.role : CountryRole.ANY;
	}

	public boolean hasPeriod() {
		return isKnown(this.from) || isKnown(this.to);
	}

	/**
	 * The text to look for as a lower-case SQL LIKE pattern, or {@code null}.
	 * @return the pattern with {@code %}, {@code _} and {@code \} escaped
	 */
	public String textPattern() {
		return TextSearch.containsPattern(this.text);
	}

	static boolean isKnown(PartialDate date) {
		return date != null && date.lowerBound() != null;
	}

}
