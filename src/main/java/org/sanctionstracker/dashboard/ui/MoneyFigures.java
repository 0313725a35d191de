package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.figure.FigureRow;

/**
 * The largest money figures the sources name for the current filter, e.g. "$2.5 billion —
 * Loans to North Korea that Seoul will have to write off".
 */
class MoneyFigures extends Composite<Div> {

	private final UnorderedList money = new UnorderedList();

	MoneyFigures() {
		H2 title = new H2("Largest money figures named");
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		this.money.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontSize.SMALL);
		getContent().add(title, this.money);
		getContent().addClassNames(LumoUtility.Padding.Horizontal.SMALL);
		getContent().getElement().setAttribute("role", "region");
		getContent().getElement().setAttribute("aria-label", "Largest money figures named");
		getContent().setWidthFull();
	}

	/**
	 * Shows the figures, or hides the list when there are none.
	 * @param largest the largest money figures
	 */
	void show(List<FigureRow> largest) {
		this.money.removeAll();
		largest.forEach((figure) -> {
			Span amount = new Span(Money.format(figure));
			amount.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
			this.money.add(new ListItem(amount, new Span(" — " + figure.label())));
		});
		setVisible(!largest.isEmpty());
	}

}
