package org.sanctionstracker.figure;

/**
 * The period a figure is counted over.
 */
public enum FigurePeriod {

	TOTAL, PER_YEAR, PER_MONTH

}
