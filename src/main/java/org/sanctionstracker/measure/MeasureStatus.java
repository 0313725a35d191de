package org.sanctionstracker.measure;

/**
 * Whether a measure is in force on a day, as far as its dated events tell.
 */
public enum MeasureStatus {

	IN_FORCE, NOT_IN_FORCE,
	/**
	 * A step that changes the answer may or may not have happened by that day (its date
	 * is a month or a year that contains the day).
	 */
	UNCERTAIN

}
