package org.sanctionstracker.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations written as maps and lists, for the charts chartjs-java-model
 * cannot describe ({@link ChartJs#configureJson}).
 */
public final class ChartJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ChartJson() {
	}

	/**
	 * A JSON object, its keys in the order given.
	 * @param keysAndValues key, value, key, value …; {@code null} values are left out
	 * @return the object
	 */
	public static Map<String, Object> object(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				object.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return object;
	}

	/**
	 * The configuration as JSON text.
	 * @param configuration maps, lists, texts, numbers and booleans
	 * @return the JSON
	 */
	public static String write(Object configuration) {
		return MAPPER.writeValueAsString(configuration);
	}

}
