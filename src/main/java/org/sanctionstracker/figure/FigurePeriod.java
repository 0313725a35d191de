package org.sanctionstracker.figure;

/**
 * The period a figure is counted over.
 */
public enum FigurePeriod {

	TOTAL("In total"), PER_YEAR("Per year"), PER_MONTH("Per month");

	private final String label;

	FigurePeriod(String label) {
		this.label = label;
	}

	/**
	 * How forms and lists name the period.
	 * @return e.g. "Per year"
	 */
	public String label() {
		return this.label;
	}

}
