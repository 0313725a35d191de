package org.sanctionstracker.base.ui.chart;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Series colours for both themes. Each colour slot has a shade for the light theme and
 * one for the dark theme, handed to the browser as one CSS {@code light-dark(…)} colour
 * that the chart element resolves for the theme shown (and again when the theme changes),
 * so a series keeps its hue in both themes.
 *
 * <p>
 * The first seven slots are Okabe–Ito's colours, which stay apart for colour-blind
 * readers; each later one was picked to lie as far as possible from all earlier ones in
 * both themes (OKLab distance), so the first actors differ most. Twenty-four slots give
 * the shipped dataset's sixteen actors and the next eight their own colours before any
 * repeats. Every shade has at least 3:1 contrast with its theme's background (white in
 * the light theme, Lumo's {@code #233348} in the dark one), as marks on a chart need;
 * that is why Okabe–Ito's yellow, orange and sky blue are darker in the light theme.
 */
public final class ChartPalette {

	/** How many colour slots there are. */
	public static final int SLOTS = 24;

	private static final List<String> LIGHT = List.of("#0072B2", "#C68906", "#009E73", "#CC79A7", "#3D9DD1", "#D55E00",
			"#9E9505", "#6731A8", "#605601", "#AC7BF7", "#926460", "#9E0146", "#F66370", "#6684FB", "#368705",
			"#9189B1", "#255F61", "#B78B7A", "#50A729", "#A840A2", "#819C78", "#743F6F", "#04A3A7", "#D76CCF");

	private static final List<String> DARK = List.of("#1F81C2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#9361DA", "#8A7D07", "#BD96FE", "#9E6F6C", "#D54771", "#FE838A", "#6684FB", "#388C02",
			"#9189B1", "#4B8485", "#D0A290", "#6FC74D", "#BB52B4", "#9CB793", "#A0689B", "#04A3A7", "#EB7FE3");

	private static final Pattern HEX = Pattern.compile("#([0-9A-Fa-f]{6})");

	/** The colour of series summed as "others": grey in both themes. */
	public static final String OTHER = "light-dark(#858585, #9A9A9A)";

	private ChartPalette() {
	}

	/**
	 * The colour of a slot, for the theme shown.
	 * @param slot the slot, from 0; slots past the palette wrap around
	 * @return a CSS colour, {@code light-dark(#light, #dark)}
	 */
	public static String slot(int slot) {
		int index = Math.floorMod(slot, SLOTS);
		return "light-dark(" + LIGHT.get(index) + ", " + DARK.get(index) + ")";
	}

	/**
	 * The light theme's shade of a slot.
	 * @param slot the slot, from 0
	 * @return a CSS hex colour
	 */
	public static String light(int slot) {
		return LIGHT.get(Math.floorMod(slot, SLOTS));
	}

	/**
	 * The dark theme's shade of a slot.
	 * @param slot the slot, from 0
	 * @return a CSS hex colour
	 */
	public static String dark(int slot) {
		return DARK.get(Math.floorMod(slot, SLOTS));
	}

	/**
	 * A colour made translucent, for fills behind lines or hollow marks.
	 * @param colour a colour as {@code #RRGGBB}, or a {@code light-dark(…)} of two such
	 * colours (as {@link #slot} gives)
	 * @param alpha opacity from 0 to 1
	 * @return the colour with each {@code #RRGGBB} written as {@code rgba(…)}
	 */
	public static String translucent(String colour, double alpha) {
		Matcher hex = HEX.matcher(colour);
		StringBuilder result = new StringBuilder();
		while (hex.find()) {
			int rgb = Integer.parseInt(hex.group(1), 16);
			hex.appendReplacement(result, "rgba(" + ((rgb >> 16) & 0xFF) + ", " + ((rgb >> 8) & 0xFF) + ", "
					+ (rgb & 0xFF) + ", " + alpha + ")");
		}
		hex.appendTail(result);
		return result.toString();
	}

}
