package org.sanctionstracker.base.ui.chart;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ColourSlots;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palette gives every actor colour slot one hue with a shade per theme, each readable
 * on its theme's background.
 */
class ChartPaletteTests {

	/** Lumo's background: {@code --lumo-base-color: light-dark(#fff, #233348)}. */
	private static final String LIGHT_BACKGROUND = "#FFFFFF";

	private static final String DARK_BACKGROUND = "#233348";

	@Test
	void there_is_a_colour_for_every_actor_colour_slot() {
		assertThat(ChartPalette.SLOTS).isEqualTo(ColourSlots.COUNT);
	}

	@Test
	void every_shade_stands_out_from_its_themes_background_by_three_to_one() {
		IntStream.range(0, ChartPalette.SLOTS).forEach((slot) -> {
			assertThat(contrast(ChartPalette.light(slot), LIGHT_BACKGROUND)).as("slot %d light", slot)
				.isGreaterThanOrEqualTo(3.0);
			assertThat(contrast(ChartPalette.dark(slot), DARK_BACKGROUND)).as("slot %d dark", slot)
				.isGreaterThanOrEqualTo(3.0);
		});
	}

	@Test
	void the_slots_differ_in_each_theme() {
		Set<String> light = new HashSet<>();
		Set<String> dark = new HashSet<>();
		IntStream.range(0, ChartPalette.SLOTS).forEach((slot) -> {
			light.add(ChartPalette.light(slot));
			dark.add(ChartPalette.dark(slot));
		});
		assertThat(light).hasSize(ChartPalette.SLOTS);
		assertThat(dark).hasSize(ChartPalette.SLOTS);
	}

	@Test
	void a_slot_is_one_css_colour_for_both_themes_and_can_be_made_translucent() {
		assertThat(ChartPalette.slot(0)).isEqualTo("light-dark(#0072B2, #1F81C2)");
		assertThat(ChartPalette.translucent(ChartPalette.slot(0), 0.5))
			.isEqualTo("light-dark(rgba(0, 114, 178, 0.5), rgba(31, 129, 194, 0.5))");
		assertThat(ChartPalette.translucent("#0072B2", 0.1)).isEqualTo("rgba(0, 114, 178, 0.1)");
	}

	/** WCAG contrast ratio of two sRGB colours. */
	private static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
