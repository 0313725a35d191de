package org.sanctionstracker.dashboard;

/**
 * How finely a time axis is divided.
 */
public enum Granularity {

	YEAR, MONTH

}
