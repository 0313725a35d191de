package org.sanctionstracker.base.ui.chart;

import java.util.ArrayList;
import java.util.List;

import software.xdev.chartjs.model.dataset.BarDataset;

/**
 * A bar dataset with a tooltip text per bar. A {@code null} text leaves the bar out of
 * the tooltip (for example a zero in a stacked bar).
 */
public class TooltipBarDataset extends BarDataset {

	/** Read by {@code frontend/chart/sct-chart.js}; serialized by its field name. */
	@SuppressWarnings("unused")
	private final List<Object> tooltips = new ArrayList<>();

	/**
	 * Adds a bar with its tooltip.
	 * @param value the bar's value
	 * @param tooltip the text (a {@code String}, or a {@code List<String>} of lines), or
	 * {@code null}
	 * @return this
	 */
	public TooltipBarDataset addBar(Number value, Object tooltip) {
		addData(value);
		this.tooltips.add(tooltip);
		return this;
	}

	/**
	 * The tooltip texts, one per bar.
	 * @return the texts
	 */
	public List<Object> getTooltips() {
		return this.tooltips;
	}

}
