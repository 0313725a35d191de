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

	/** Read by {@code frontend/chart/sct-chart.js}: see {@link ChartJs}, tooltips. */
	@SuppressWarnings("unused")
	private String tooltipFormat;

	/** Read by {@code frontend/chart/sct-chart.js}: zeros stay out of the tooltip. */
	@SuppressWarnings("unused")
	private Boolean tooltipHidesZero;

	/**
	 * Read by {@code frontend/chart/sct-chart.js}: the words of {@link #tooltipCounts}.
	 */
	@SuppressWarnings("unused")
	private List<String> tooltipCountWords;

	/** Read by {@code frontend/chart/sct-chart.js}: per bar, a count per word. */
	@SuppressWarnings("unused")
	private final List<long[]> tooltipCounts = new ArrayList<>();

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
	 * Adds a bar whose tooltip the dataset's format writes ({@link #setTooltipFormat}).
	 * @param value the bar's value
	 * @return this
	 */
	public TooltipBarDataset addBar(Number value) {
		addData(value);
		return this;
	}

	/**
	 * Adds a bar whose tooltip says what it is made of, in the words set with
	 * {@link #setTooltipCountWords}: the format's {@code {counts}} becomes, for example,
	 * "3 imposed, 1 lifted" (the words with a count of 0 left out).
	 * @param value the bar's value
	 * @param counts a count per word, in the words' order
	 * @return this
	 */
	public TooltipBarDataset addBar(Number value, long[] counts) {
		addData(value);
		this.tooltipCounts.add(counts);
		return this;
	}

	/**
	 * The words of the counts that {@link #addBar(Number, long[])} gives each bar.
	 * @param words e.g. {@code imposed}, {@code lifted}
	 * @return this
	 */
	public TooltipBarDataset setTooltipCountWords(List<String> words) {
		this.tooltipCountWords = List.copyOf(words);
		return this;
	}

	/**
	 * Writes every bar's tooltip in the browser from one format instead of a text per
	 * bar: {@code "{label}: {value} in force"} ({@link ChartJs}, tooltips). Use either
	 * this or the texts per bar, not both.
	 * @param format the format
	 * @param hidesZero whether a bar of value 0 stays out of the tooltip
	 * @return this
	 */
	public TooltipBarDataset setTooltipFormat(String format, boolean hidesZero) {
		this.tooltipFormat = format;
		this.tooltipHidesZero = hidesZero ? Boolean.TRUE : null;
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
