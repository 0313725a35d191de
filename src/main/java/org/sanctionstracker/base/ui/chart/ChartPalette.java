package org.sanctionstracker.base.ui.chart;

import java.util.List;

/**
 * Series colours that stay apart for colour-blind readers and on light and dark
 * backgrounds (Okabe–Ito, with grey last).
 */
public final class ChartPalette {

	private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#999999");

	private ChartPalette() {
	}

	/**
	 * The colour of the series at a position; positions past the palette wrap around.
	 * @param index the series' position, from 0
	 * @return a CSS hex colour
	 */
	public static String colour(int index) {
		return COLOURS.get(Math.floorMod(index, COLOURS.size()));
	}

}
