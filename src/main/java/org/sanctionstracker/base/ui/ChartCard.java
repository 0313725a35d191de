package org.sanctionstracker.base.ui;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.chart.ChartJs;

/**
 * A titled chart with a "Show as table" switch that replaces the chart by a table of the
 * same numbers, for readers who cannot or prefer not to read the chart. A note under the
 * chart says what it leaves out; when there is nothing to chart, a message takes the
 * chart's place instead of an empty canvas. Every card downloads its chart as a PNG file,
 * and its table as CSV ({@link #setCsv}): the same columns and rows as the table, read
 * from its columns' {@link TableText}. The print stylesheet leaves these controls out.
 */
public class ChartCard extends Composite<VerticalLayout> implements HasSize {

	private final ChartJs chart;

	private final Component table;

	private final H2 heading = new H2();

	private final Checkbox showAsTable = new Checkbox("Show as table");

	private final Paragraph note = new Paragraph();

	private final Paragraph empty = new Paragraph();

	private final HorizontalLayout controls = new HorizontalLayout();

	private final Button png = new Button("PNG", VaadinIcon.DOWNLOAD_ALT.create());

	private final Anchor csv = new Anchor();

	/**
	 * Writes the table's text as the CSV file, or {@code null} when the card offers none.
	 */
	private SerializableFunction<List<List<String>>, byte[]> csvWriter;

	/** Fills the table with the rows of the data shown; run when the table is shown. */
	private Runnable fillTable;

	/** The table's text for the data shown: the header, then the rows. */
	private Supplier<List<List<String>>> tableText = List::of;

	public ChartCard(String title, ChartJs chart, Component table) {
		this.chart = chart;
		this.table = table;
		this.heading.setText(title);
		this.heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
		this.png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.png.setAriaLabel("Download the chart " + title + " as PNG");
		this.png.addClassName("sct-no-print");
		this.png.addClickListener((event) -> this.chart.downloadPng(fileName(getTitle()) + ".png"));
		this.csv.setText("CSV");
		this.csv.setVisible(false);
		this.csv.addClassNames("sct-no-print", LumoUtility.FontSize.SMALL);
		HorizontalLayout header = new HorizontalLayout(this.heading, this.showAsTable, this.png, this.csv);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.addClassNames(LumoUtility.FlexWrap.WRAP);

		this.table.setVisible(false);
		this.showAsTable.addValueChangeListener(event -> showTable(event.getValue()));

		this.note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
		this.note.setVisible(false);
		this.empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.LARGE);
		this.empty.setVisible(false);
		this.controls.setVisible(false);
		this.controls.addClassNames(LumoUtility.FlexWrap.WRAP);
		this.controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		VerticalLayout card = getContent();
		card.add(header, this.controls, chart, table, this.empty, this.note);
		card.setPadding(true);
		card.setSpacing(false);
		card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
				LumoUtility.Background.BASE, LumoUtility.Gap.SMALL);
		card.getElement().setAttribute("role", "region");
		card.getElement().setAttribute("aria-label", title);
	}

	public ChartJs getChart() {
		return this.chart;
	}

	public Component getTable() {
		return this.table;
	}

	public Checkbox getShowAsTable() {
		return this.showAsTable;
	}

	/**
	 * Gives the table the rows of the data now shown. The rows are made only when the
	 * reader shows the table (and again if the data changes while it is shown), so that a
	 * dashboard read as charts keeps no rows in its session.
	 * @param <T> the row type
	 * @param grid the card's table
	 * @param rows makes the rows
	 */
	protected final <T> void setTableRows(Grid<T> grid, Supplier<? extends Collection<T>> rows) {
		this.fillTable = () -> grid.setItems(rows.get());
		this.tableText = () -> TableText.of(grid, rows.get());
		grid.setItems(List.of());
		if (this.table.isVisible()) {
			fillTableOnce();
		}
	}

	private void fillTableOnce() {
		if (this.fillTable != null) {
			Runnable fill = this.fillTable;
			this.fillTable = null;
			fill.run();
		}
	}

	/**
	 * Offers the table as a CSV file, made when it is downloaded from the table's text
	 * ({@link #getTableText}): the same columns and rows the table shows.
	 * @param writer writes the header and rows as a file ({@code exchange/Csv.bytes}
	 * writes them as every export does)
	 */
	public void setCsv(SerializableFunction<List<List<String>>, byte[]> writer) {
		this.csvWriter = writer;
		this.csv.setHref(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = getCsvFile();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(getTitle()) + ".csv",
					"text/csv;charset=UTF-8", bytes.length);
		}));
		this.csv.getElement().setAttribute("download", true);
		this.csv.getElement().setAttribute("aria-label", "Download the table " + getTitle() + " as CSV");
		this.csv.setVisible(true);
	}

	/**
	 * The CSV file the card offers, as the download gives it.
	 * @return its bytes, or {@code null} when the card offers none
	 */
	public byte[] getCsvFile() {
		return (this.csvWriter != null) ? this.csvWriter.apply(getTableText()) : null;
	}

	/**
	 * The table's text for the data now shown, whether or not the table is shown.
	 * @return the header, then a row for each of the table's rows; empty when the card
	 * has no table rows yet
	 */
	public List<List<String>> getTableText() {
		return this.tableText.get();
	}

	/** A file name from a title: lower case words joined by hyphens. */
	static String fileName(String title) {
		String name = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "chart" : name;
	}

	/**
	 * Changes the title.
	 * @param title the new title
	 */
	public void setTitle(String title) {
		this.heading.setText(title);
		getContent().getElement().setAttribute("aria-label", title);
		if (this.csv.isVisible()) {
			this.csv.getElement().setAttribute("aria-label", "Download the table " + title + " as CSV");
		}
	}

	public String getTitle() {
		return this.heading.getText();
	}

	/**
	 * Sets the note under the chart, e.g. what it leaves out.
	 * @param text the note, or {@code null} for none
	 */
	public void setNote(String text) {
		this.note.setText((text != null) ? text : "");
		this.note.setVisible(text != null && !text.isBlank());
	}

	public String getNote() {
		return this.note.getText();
	}

	/**
	 * Adds controls (pickers that change what the chart shows) under the title.
	 * @param components the controls
	 */
	public void addControls(Component... components) {
		this.controls.add(components);
		this.controls.setVisible(true);
	}

	/**
	 * Shows a message in place of the chart and its table, or (with {@code null}) the
	 * chart again.
	 * @param message why there is nothing to chart, or {@code null}
	 */
	public void setEmptyMessage(String message) {
		boolean isEmpty = message != null;
		this.empty.setText(isEmpty ? message : "");
		this.empty.setVisible(isEmpty);
		this.showAsTable.setEnabled(!isEmpty);
		if (isEmpty) {
			this.chart.setVisible(false);
			this.table.setVisible(false);
		}
		else {
			showTable(this.showAsTable.getValue());
		}
	}

	/**
	 * The message shown in place of the chart.
	 * @return the message, or {@code null} when the chart is shown
	 */
	public String getEmptyMessage() {
		return this.empty.isVisible() ? this.empty.getText() : null;
	}

	private void showTable(boolean asTable) {
		if (this.empty.isVisible()) {
			return;
		}
		this.chart.setVisible(!asTable);
		this.table.setVisible(asTable);
		if (asTable) {
			fillTableOnce();
		}
	}

}
