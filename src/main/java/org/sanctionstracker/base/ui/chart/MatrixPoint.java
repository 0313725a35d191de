package org.sanctionstracker.base.ui.chart;

/**
 * A bubble on a chart whose two axes are both categories (a matrix drawn as a bubble
 * chart), with its tooltip text.
 *
 * @param x the column's category label
 * @param y the row's category label
 * @param r the bubble's radius in pixels
 * @param value the number the bubble stands for
 * @param tooltip the text shown on hover
 */
public record MatrixPoint(String x, String y, double r, long value, String tooltip) {

}
