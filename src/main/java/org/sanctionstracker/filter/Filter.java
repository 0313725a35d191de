package org.sanctionstracker.filter;

import java.time.LocalDate;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * The filter every reading view and the API share, and the day their "in force" answers
 * are given for. Every field is optional ({@code null} means "any", or for {@code asOf}
 * "the default day", see {@code MeasureService#asOf}).
 *
 * @param actorId the country or other actor
 * @param role in which role {@code actorId} must appear; {@code null} means either
 * @param coalitionId the coalition a measure was taken within
 * @param type the measure type
 * @param eventKind the lifecycle step: keeps lifecycle events of this kind (and measures
 * that have one); enforcement actions are left out when it is set
 * @param enforcementKind keeps enforcement actions of this kind; lifecycle events are
 * left out when it is set
 * @param from the period's start: records whose date begins before it are left out
 * @param to the period's end: records whose date begins after its last day are left out
 * @param text words to look for in titles, notes, names and quotes
 * @param asOf the day "in force" is asked about, when the user chose one
 */
public record Filter(Long actorId, CountryRole role, Long coalitionId, MeasureType type, EventKind eventKind,
		EnforcementKind enforcementKind, PartialDate from, PartialDate to, String text, LocalDate asOf) {

	public static Filter none() {
		return new Filter(null, null, null, null, null, null, null, null, null, null);
	}

	public Filter withActor(Long actorId, CountryRole role) {
		return new Filter(actorId, role, this.coalitionId, this.type, this.eventKind, this.enforcementKind, this.from,
				this.to, this.text, this.asOf);
	}

	public Filter withCoalition(Long coalitionId) {
		return new Filter(this.actorId, this.role, coalitionId, this.type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public Filter withType(MeasureType type) {
		return new Filter(this.actorId, this.role, this.coalitionId, type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public Filter withEventKind(EventKind eventKind) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, eventKind, this.enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public Filter withEnforcementKind(EnforcementKind enforcementKind) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, enforcementKind,
				this.from, this.to, this.text, this.asOf);
	}

	public Filter withPeriod(PartialDate from, PartialDate to) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, this.enforcementKind,
				from, to, this.text, this.asOf);
	}

	/**
	 * The longest free-text search, in characters: longer than any phrase worth searching
	 * for, and short enough that the address that keeps it stays usable.
	 */
	public static final int MAX_TEXT = 200;

	public Filter withText(String text) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, this.enforcementKind,
				this.from, this.to, text, this.asOf);
	}

	public Filter withAsOf(LocalDate asOf) {
		return new Filter(this.actorId, this.role, this.coalitionId, this.type, this.eventKind, this.enforcementKind,
				this.from, this.to, this.text, asOf);
	}

	/**
	 * The filter without the kinds, e.g. for the money figures, which have none.
	 * @return the filter without event and enforcement kind
	 */
	public Filter withoutKinds() {
		return withEventKind(null).withEnforcementKind(null);
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
