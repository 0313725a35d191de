package org.sanctionstracker.base.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * The text of a chart card's table, column by column: what each cell says, kept with its
 * column so that the table and its CSV file ({@link ChartCard#setCsv}) are read from the
 * same place. A column gets its text when it is made ({@link #column}) or afterwards
 * ({@link #of}); a column without one (a button per row) is left out of the file.
 */
public final class TableText {

	/** Where a column keeps its text. */
	private static final String KEY = TableText.class.getName();

	private TableText() {
	}

	/**
	 * Adds a column of text to a grid.
	 * @param <T> the row type
	 * @param grid the table
	 * @param header the column's header
	 * @param text what a row's cell says ({@code null} for an empty cell)
	 * @return the column, for further settings
	 */
	public static <T> Grid.Column<T> column(Grid<T> grid, String header, SerializableFunction<T, ?> text) {
		return of(grid.addColumn((row) -> {
			Object value = text.apply(row);
			return (value != null) ? value.toString() : "";
		}).setHeader(header), text);
	}

	/**
	 * Gives a column (e.g. one drawn by a renderer) the text its cells stand for.
	 * @param <T> the row type
	 * @param column the column
	 * @param text what a row's cell says ({@code null} for an empty cell)
	 * @return the column
	 */
	public static <T> Grid.Column<T> of(Grid.Column<T> column, SerializableFunction<T, ?> text) {
		ComponentUtil.setData(column, KEY, text);
		return column;
	}

	/**
	 * A table as text: the headers of the visible columns that have a text, then a row of
	 * their cells for each row.
	 * @param <T> the row type
	 * @param grid the table
	 * @param rows its rows
	 * @return the header, then the rows
	 */
	@SuppressWarnings("unchecked")
	public static <T> List<List<String>> of(Grid<T> grid, Collection<T> rows) {
		List<Grid.Column<T>> columns = grid.getColumns()
			.stream()
			.filter((column) -> column.isVisible() && ComponentUtil.getData(column, KEY) != null)
			.toList();
		List<List<String>> table = new ArrayList<>();
		table.add(columns.stream()
			.map((column) -> (column.getHeaderText() != null) ? column.getHeaderText() : "")
			.toList());
		for (T row : rows) {
			List<String> cells = new ArrayList<>();
			for (Grid.Column<T> column : columns) {
				Object value = ((SerializableFunction<T, ?>) ComponentUtil.getData(column, KEY)).apply(row);
				cells.add((value != null) ? value.toString() : "");
			}
			table.add(cells);
		}
		return table;
	}

}
