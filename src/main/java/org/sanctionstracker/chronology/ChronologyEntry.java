package org.sanctionstracker.chronology;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.EvidenceItem;

/**
 * One row of the chronology: a lifecycle event of a measure or an enforcement action.
 *
 * @param record which of the two it is
 * @param id the event's or the action's id
 * @param date when, at its precision
 * @param kind the event kind or enforcement kind, as its enum name
 * @param kindLabel that kind for people ("Lifting promised", "Diplomatic request")
 * @param actor who took the step: the measure's imposer or the acting actor
 * @param target the measure's target or the actor targeted, if any
 * @param targetDescription a person, vessel or company targeted that is not an actor
 * @param measureId the measure the event belongs to or the action enforces, if any
 * @param measureTitle that measure's title
 * @param type that measure's type
 * @param text the event's note or the action's description
 * @param evidence the passages the record cites, in document order
 */
public record ChronologyEntry(Record record, Long id, PartialDate date, String kind, String kindLabel, ActorRef actor,
		ActorRef target, String targetDescription, Long measureId, String measureTitle, MeasureType type, String text,
		List<EvidenceItem> evidence) {

	/** What a chronology row is. */
	public enum Record {

		/** A step in a measure's lifecycle. */
		EVENT,
		/** An enforcement action. */
		ENFORCEMENT_ACTION

	}

	/**
	 * A key that tells rows apart across both kinds of record.
	 * @return e.g. {@code event-12} or {@code action-5}
	 */
	public String key() {
		return ((this.record == Record.EVENT) ? "event-" : "action-") + this.id;
	}

	/**
	 * What the row is about: the measure's title for an event, the description for an
	 * action.
	 * @return the headline
	 */
	public String headline() {
		return (this.record == Record.EVENT) ? this.measureTitle : this.text;
	}

	/**
	 * The first passage the record cites.
	 * @return the passage, or {@code null} when it cites none
	 */
	public EvidenceItem quote() {
		return this.evidence.isEmpty() ? null : this.evidence.get(0);
	}

	/**
	 * The same entry with its evidence.
	 * @param passages the passages it cites
	 * @return the entry
	 */
	ChronologyEntry withEvidence(List<EvidenceItem> passages) {
		return new ChronologyEntry(this.record, this.id, this.date, this.kind, this.kindLabel, this.actor, this.target,
				this.targetDescription, this.measureId, this.measureTitle, this.type, this.text, List.copyOf(passages));
	}

}
