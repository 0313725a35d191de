package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.Arrays;

import org.sanctionstracker.actor.ActorRef;

/**
 * How many of an imposer's measures were in force, or possibly so, on any day: the counts
 * change only on the days listed, and hold until the next.
 *
 * @param actor the imposer
 * @param firstDay the first day one of its measures was possibly in force
 * @param days the days a count changes (as epoch days), ascending
 * @param inForce measures in force from each of those days on
 * @param uncertain measures possibly in force from each of those days on
 */
public record ActorInForce(ActorRef actor, LocalDate firstDay, int[] days, int[] inForce, int[] uncertain) {

	/**
	 * The counts on a day.
	 * @param day the day
	 * @return measures in force, and measures possibly in force
	 */
	public Counts on(LocalDate day) {
		int position = Arrays.binarySearch(this.days, (int) day.toEpochDay());
		int index = (position >= 0) ? position : -position - 2;
		return (index < 0) ? new Counts(0, 0) : new Counts(this.inForce[index], this.uncertain[index]);
	}

	/**
	 * Measures in force and possibly in force on a day.
	 *
	 * @param inForce in force
	 * @param uncertain possibly in force (a deciding step is dated only to a month or a
	 * year that contains the day)
	 */
	public record Counts(int inForce, int uncertain) {

	}

}
