package org.sanctionstracker.base.ui.chart;

/**
 * A bubble on a chart whose two axes are both categories (a matrix drawn as a bubble
 * chart). Its column and row are positions in the axes' labels
 * ({@code options.scales.x.labels}, {@code .y.labels}), which the browser turns into the
 * labels: a matrix of hundreds of bubbles would otherwise repeat each label hundreds of
 * times in its configuration.
 *
 * @param x the column: position in the x axis's labels, from 0
 * @param y the row: position in the y axis's labels, from 0
 * @param r the bubble's radius in pixels
 * @param value the number the bubble stands for
 * @param tooltip the text shown on hover, or {@code null} for the text the dataset's
 * format writes ({@link TooltipBubbleDataset})
 */
public record MatrixPoint(int x, int y, double r, long value, String tooltip) {

}
