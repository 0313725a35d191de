package org.sanctionstracker.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the timeline groups its measures into lanes.
 */
public enum TimelineGrouping {

	IMPOSER("imposer", "Imposer"), COALITION("coalition", "Coalition"), TYPE("type", "Measure type");

	private final String parameter;

	private final String label;

	TimelineGrouping(String parameter, String label) {
		this.parameter = parameter;
		this.label = label;
	}

	/**
	 * The value in the timeline's address ({@code by=coalition}).
	 * @return e.g. {@code imposer}
	 */
	public String parameter() {
		return this.parameter;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The grouping an address names.
	 * @param parameter e.g. {@code type}
	 * @return the grouping, if the text names one
	 */
	public static Optional<TimelineGrouping> fromParameter(String parameter) {
		return Arrays.stream(values()).filter((grouping) -> grouping.parameter.equals(parameter)).findFirst();
	}

}
