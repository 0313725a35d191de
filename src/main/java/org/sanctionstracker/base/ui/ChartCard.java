package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.chart.ChartJs;

/**
 * A titled chart with a "Show as table" switch that replaces the chart by a table of the
 * same numbers, for readers who cannot or prefer not to read the chart.
 */
public class ChartCard extends Composite<VerticalLayout> implements HasSize {

	private final ChartJs chart;

	private final Component table;

	private final Checkbox showAsTable = new Checkbox("Show as table");

	public ChartCard(String title, ChartJs chart, Component table) {
		this.chart = chart;
		this.table = table;
		H2 heading = new H2(title);
		heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
		HorizontalLayout header = new HorizontalLayout(heading, this.showAsTable);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

		this.table.setVisible(false);
		this.showAsTable.addValueChangeListener(event -> {
			this.chart.setVisible(!event.getValue());
			this.table.setVisible(event.getValue());
		});

		VerticalLayout card = getContent();
		card.add(header, chart, table);
		card.setPadding(true);
		card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
				LumoUtility.Background.BASE);
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

}
