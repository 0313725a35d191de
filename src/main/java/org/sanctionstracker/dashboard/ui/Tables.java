package org.sanctionstracker.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ui.ActorLink;
import org.sanctionstracker.base.ui.TableText;

/**
 * The tables behind the charts' "Show as table" switch: compact, as tall as the chart,
 * with actor names linking to their profiles. Every column carries its cells' text
 * ({@link TableText}), which the card's CSV file holds.
 */
final class Tables {

	private Tables() {
	}

	static <T> Grid<T> grid() {
		Grid<T> grid = new Grid<>();
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setHeight("340px");
		grid.setWidthFull();
		return grid;
	}

	/**
	 * A column of actor names linking to their profiles, like {@link ActorLink}, drawn in
	 * the browser from two values per row rather than a server-side component per row.
	 * Lit's bindings set text and attributes, so a name is never read as markup.
	 */
	static <T> Grid.Column<T> actorColumn(Grid<T> grid, String header, SerializableFunction<T, ActorRef> actor) {
		Grid.Column<T> column = grid
			.addColumn(LitRenderer.<T>of("<a href=\"${item.href}\" title=\"Profile of ${item.name}\">${item.name}</a>")
				.withProperty("href", (row) -> ActorLink.href(actor.apply(row)))
				.withProperty("name", (row) -> actor.apply(row).name()))
			.setHeader(header)
			.setComparator((row) -> actor.apply(row).name())
			.setSortable(true)
			.setAutoWidth(true);
		return TableText.of(column, (row) -> actor.apply(row).name());
	}

	static <T> Grid.Column<T> numberColumn(Grid<T> grid, String header, SerializableFunction<T, Long> value) {
		return TableText.column(grid, header, value)
			.setTextAlign(ColumnTextAlign.END)
			.setSortable(true)
			.setComparator(value::apply)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
