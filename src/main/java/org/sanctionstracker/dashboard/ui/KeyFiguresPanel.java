package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.dashboard.KeyFigures;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.measure.AsOf;

/**
 * (6) The headline numbers for the current filter, and the largest money figures the
 * sources name.
 */
class KeyFiguresPanel extends Composite<Div> {

	private final Div tiles = new Div();

	private final UnorderedList money = new UnorderedList();

	private final Div moneyBox = new Div();

	KeyFiguresPanel() {
		this.tiles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		H2 moneyTitle = new H2("Largest money figures named");
		moneyTitle.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
		this.money.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontSize.SMALL);
		this.moneyBox.add(moneyTitle, this.money);
		this.moneyBox.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
		getContent().add(this.tiles, this.moneyBox);
		getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE,
				LumoUtility.AlignItems.START);
		getContent().getElement().setAttribute("role", "region");
		getContent().getElement().setAttribute("aria-label", "Key figures");
	}

	/**
	 * Shows the numbers.
	 * @param figures the counts
	 * @param asOf the day the measures in force are counted on, for the label
	 * @param largest the largest money figures
	 * @param chronologyQuery the query string that opens the chronology with the same
	 * filter
	 */
	void show(KeyFigures figures, AsOf asOf, List<FigureRow> largest, String chronologyQuery) {
		this.tiles.removeAll();
		String chronology = "chronology" + (chronologyQuery.isEmpty() ? "" : "?" + chronologyQuery);
		this.tiles.add(tile(figures.measures(), "measures", null),
				tile(figures.events(), "lifecycle events", chronology),
				tile(figures.inForce(),
						"in force " + asOf.label()
								+ ((figures.uncertain() > 0) ? " (+" + figures.uncertain() + " uncertain)" : ""),
						null),
				tile(figures.imposers(), (figures.imposers() == 1) ? "imposer" : "imposers", null),
				tile(figures.enforcementActions(), "enforcement actions", chronology),
				tile(figures.figures(), "money figures", null));
		this.money.removeAll();
		largest.forEach((figure) -> {
			Span amount = new Span(Money.format(figure));
			amount.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
			this.money.add(new ListItem(amount, new Span(" — " + figure.label())));
		});
		this.moneyBox.setVisible(!largest.isEmpty());
	}

	private static Component tile(long value, String label, String link) {
		Span number = new Span(String.valueOf(value));
		number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.LineHeight.XSMALL);
		Span caption = new Span(label);
		caption.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		Div tile = new Div(number, caption);
		tile.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.SMALL,
				LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
				LumoUtility.Background.BASE);
		tile.getStyle().set("min-width", "8.5rem");
		tile.addClassName("key-figure");
		if (link == null) {
			return tile;
		}
		Anchor anchor = new Anchor(link, tile);
		anchor.getElement().setAttribute("aria-label", value + " " + label + ": open the chronology");
		anchor.addClassNames(LumoUtility.TextColor.BODY);
		anchor.getStyle().set("text-decoration", "none");
		return anchor;
	}

}
