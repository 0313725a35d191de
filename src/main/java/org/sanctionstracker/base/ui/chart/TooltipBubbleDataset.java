package org.sanctionstracker.base.ui.chart;

import software.xdev.chartjs.model.dataset.BubbleDataset;

/**
 * A bubble dataset whose tooltips one format writes in the browser ({@code "{y} · {x}:
 * {value} {value:measure|measures}"}, see {@link ChartJs}, tooltips), so that a matrix of
 * hundreds of bubbles does not carry a text for each. A {@link MatrixPoint} with a text
 * of its own shows that text instead.
 */
public class TooltipBubbleDataset extends BubbleDataset {

	/** Read by {@code frontend/chart/sct-chart.js}; serialized by its field name. */
	@SuppressWarnings("unused")
	private String tooltipFormat;

	/**
	 * Sets the format of the bubbles' tooltips.
	 * @param format the format
	 * @return this
	 */
	public TooltipBubbleDataset setTooltipFormat(String format) {
		this.tooltipFormat = format;
		return this;
	}

}
