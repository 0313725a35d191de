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

	/** Read by {@code frontend/chart/sct-chart.js}: see {@link ChartJs}, tooltips. */
	@SuppressWarnings("unused")
	private String tooltipFormat;

	/** Read by {@code frontend/chart/sct-chart.js}: zeros stay out of the tooltip. */
	@SuppressWarnings("unused")
	private Boolean tooltipHidesZero;

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
	 * Adds a point whose tooltip the dataset's format writes ({@link #setTooltipFormat}).
	 * @param value the point's value
	 * @return this
	 */
	public TooltipLineDataset addPoint(Number value) {
		addData(value);
		return this;
	}

	/**
	 * Writes every point's tooltip in the browser from one format instead of a text per
	 * point: {@code "{label}: {value} in force"} ({@link ChartJs}, tooltips). Use either
	 * this or the texts per point, not both.
	 * @param format the format
	 * @param hidesZero whether a point of value 0 stays out of the tooltip
	 * @return this
	 */
	public TooltipLineDataset setTooltipFormat(String format, boolean hidesZero) {
		this.tooltipFormat = format;
		this.tooltipHidesZero = hidesZero ? Boolean.TRUE : null;
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
