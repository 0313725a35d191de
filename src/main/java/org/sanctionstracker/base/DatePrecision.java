package org.sanctionstracker.base;

/**
 * How much of a date a source actually gives.
 */
public enum DatePrecision {

	/** A full calendar date. */
	DAY,
	/** Year and month only ("November 2008"). */
	MONTH,
	/** Only the year ("2009"). */
	YEAR,
	/** The source gives no date. */
	UNKNOWN

}
