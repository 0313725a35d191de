package org.sanctionstracker.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.FieldChange;
import org.sanctionstracker.base.history.History;

/**
 * A record's history: every change, newest first, with who made it, when, and each
 * field's old and new value. Values are shown as text, whatever they contain.
 */
public class HistoryPanel extends Composite<VerticalLayout> {

	private static final int MAX_VISIBLE_ROWS = 12;

	private final Grid<Line> grid = new Grid<>();

	private final Paragraph empty = new Paragraph("No changes recorded yet.");

	/**
	 * One row: a field's change within a change, or the change itself when it has no
	 * fields.
	 *
	 * @param revision the revision number
	 * @param when when it was saved
	 * @param who who saved it
	 * @param what what happened to which record
	 * @param field the field
	 * @param before its old value
	 * @param after its new value
	 */
	public record Line(long revision, String when, String who, String what, String field, String before, String after) {

	}

	public HistoryPanel() {
		H3 title = new H3("History");
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
		this.grid.addColumn(Line::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(Line::who).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(Line::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(Line::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(Line::before).setHeader("Before").setFlexGrow(1);
		this.grid.addColumn(Line::after).setHeader("After").setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setWidthFull();
		this.empty.addClassName(LumoUtility.TextColor.SECONDARY);
		VerticalLayout layout = getContent();
		layout.setPadding(false);
		layout.add(title, this.empty, this.grid);
		setChanges(List.of());
	}

	/**
	 * Shows a record's changes.
	 * @param changes newest first
	 */
	public void setChanges(List<Change> changes) {
		List<Line> lines = lines(changes);
		this.grid.setItems(lines);
		this.grid.setAllRowsVisible(lines.size() <= MAX_VISIBLE_ROWS);
		if (lines.size() > MAX_VISIBLE_ROWS) {
			this.grid.setHeight("28em");
		}
		this.grid.setVisible(!lines.isEmpty());
		this.empty.setVisible(lines.isEmpty());
	}

	public Grid<Line> getGrid() {
		return this.grid;
	}

	static List<Line> lines(List<Change> changes) {
		List<Line> lines = new ArrayList<>();
		for (Change change : changes) {
			String when = History.MOMENT.format(change.at());
			String what = change.kind().label() + ": " + change.record();
			if (change.fields().isEmpty()) {
				lines.add(new Line(change.revision(), when, change.user(), what, "", "", ""));
			}
			for (FieldChange field : change.fields()) {
				lines.add(new Line(change.revision(), when, change.user(), what, field.field(), field.before(),
						field.after()));
			}
		}
		return lines;
	}

}
