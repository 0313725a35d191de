package org.sanctionstracker.base;

/**
 * Comparisons between partial dates that only claim what their precision allows.
 */
public final class PartialDates {

	private PartialDates() {
	}

	/**
	 * Whether {@code later} is certainly before {@code earlier}: the last day
	 * {@code later} can mean comes before the first day {@code earlier} can mean. Unknown
	 * dates are never certainly before anything.
	 * @param later the date that should come second
	 * @param earlier the date that should come first
	 * @return {@code true} only when the order is certainly wrong
	 */
	public static boolean certainlyBefore(PartialDate later, PartialDate earlier) {
		if (later == null || earlier == null || later.precision() == DatePrecision.UNKNOWN
				|| earlier.precision() == DatePrecision.UNKNOWN) {
			return false;
		}
		return later.upperBound().isBefore(earlier.lowerBound());
	}

}
