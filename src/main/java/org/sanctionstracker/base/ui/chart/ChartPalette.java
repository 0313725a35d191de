package org.sanctionstracker.base.ui.chart;

import java.util.List;

/**
 * Series colours that stay apart for colour-blind readers and on light and dark
 * backgrounds (Okabe–Ito, with grey last), and a longer ranked list for colouring actors.
 */
public final class ChartPalette {

	private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#999999");

	/**
	 * Okabe–Ito without its grey, then Paul Tol's "muted" scheme without its darkest
	 * colours: fifteen colours of medium lightness, readable on white and on Lumo's dark
	 * background.
	 */
	private static final List<String> RANKED = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#CC6677", "#44AA99", "#AA4499", "#DDCC77", "#999933", "#88CCEE", "#117733", "#882255");

	/** The colour of everything past the ranked list. */
	public static final String OTHER = "#999999";

	private ChartPalette() {
	}

	/**
	 * The colour for the actor (or other series) at a rank: each rank has its own colour
	 * up to fifteen, and the rest share grey.
	 * @param rank the rank, from 0
	 * @return a CSS hex colour
	 */
	public static String ranked(int rank) {
		return (rank >= 0 && rank < RANKED.size()) ? RANKED.get(rank) : OTHER;
	}

	/**
	 * A colour made translucent, for fills behind lines or hollow marks.
	 * @param hex a colour as {@code #RRGGBB}
	 * @param alpha opacity from 0 to 1
	 * @return the colour as {@code rgba(…)}
	 */
	public static String translucent(String hex, double alpha) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return "rgba(" + ((rgb >> 16) & 0xFF) + ", " + ((rgb >> 8) & 0xFF) + ", " + (rgb & 0xFF) + ", " + alpha + ")";
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
