package org.sanctionstracker.base.ui.chart;

import java.util.ArrayList;
import java.util.List;

import software.xdev.chartjs.model.dataset.LineDataset;

/**
 * A line dataset with a tooltip text per point. A {@code null} text leaves the point out
 * of the tooltip.
 */
public class TooltipLineDataset extends LineDataset {

	/** Read by {@code frontend/chart/sct-chart.js}; serialized by its field name. */
	@SuppressWarnings("unused")
	private final List<Object> tooltips = new ArrayList<>();

	/**
	 * Adds a point with its tooltip.
	 * @param value the point's value
	 * @param tooltip the text (a {@code String}, or a {@code List<String>} of lines), or
	 * {@code null}
	 * @return this
	 */
	public TooltipLineDataset addPoint(Number value, Object tooltip) {
		addData(value);
		this.tooltips.add(tooltip);
		return this;
	}

	/**
	 * The tooltip texts, one per point.
	 * @return the texts
	 */
	public List<Object> getTooltips() {
		return this.tooltips;
	}

}
