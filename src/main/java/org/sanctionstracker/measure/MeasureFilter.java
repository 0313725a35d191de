package org.sanctionstracker.measure;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.TextSearch;

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
public record MeasureFilter(Long actorId, CountryRole role, Long coalitionId, MeasureType type, EventKind eventKind,
		PartialDate from, PartialDate to, String text) {

	public static MeasureFilter none() {
		return new MeasureFilter(null, null, null, null, null, null, null, null);
	}

	public MeasureFilter withActor(Long actorId, CountryRole role) {
		return new MeasureFilter(actorId, role, this.coalitionId, this.type, this.eventKind, this.from, this.to,
				this.text);
	}

	public MeasureFilter withCoalition(Long coalitionId) {
		return new MeasureFilter(this.actorId, this.role, coalitionId, this.type, this.eventKind, this.from, this.to,
				this.text);
	}

	public MeasureFilter withType(MeasureType type) {
		return new MeasureFilter(this.actorId, this.role, this.coalitionId, type, this.eventKind, this.from, this.to,
				this.text);
	}

	public MeasureFilter withEventKind(EventKind eventKind) {
		return new MeasureFilter(this.actorId, this.role, this.coalitionId, this.type, eventKind, this.from, this.to,
				this.text);
	}

	public MeasureFilter withPeriod(PartialDate from, PartialDate to) {
		return new MeasureFilter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, from, to,
				this.text);
	}

	public MeasureFilter withText(String text) {
		return new MeasureFilter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, this.from,
				this.to, text);
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
