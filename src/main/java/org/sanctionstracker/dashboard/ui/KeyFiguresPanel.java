package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * (6) The headline numbers for the current filter, as one compact strip that leaves the
 * first screen to the charts: each a number and what it counts ("1 measure", "36
 * measures"), some linking to the chronology of what they count.
 */
class KeyFiguresPanel extends Composite<Div> {

	/**
	 * One number of the strip.
	 *
	 * @param value the number
	 * @param text what it counts, with the number ("36 lifecycle events")
	 * @param link where it leads, or {@code null}
	 */
	record Figure(long value, String text, String link) {

		String caption() {
			String number = String.valueOf(this.value);
			return this.text.startsWith(number + " ") ? this.text.substring(number.length() + 1) : this.text;
		}

	}

	KeyFiguresPanel() {
		getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Column.MEDIUM,
				LumoUtility.Gap.Row.XSMALL, LumoUtility.AlignItems.BASELINE);
		getContent().addClassName("key-figures");
		getContent().getElement().setAttribute("role", "region");
		getContent().getElement().setAttribute("aria-label", "Key figures");
	}

	/**
	 * Shows the numbers.
	 * @param figures the numbers, in order
	 */
	void show(List<Figure> figures) {
		getContent().removeAll();
		figures.forEach((figure) -> getContent().add(figure(figure)));
	}

	/**
	 * The numbers shown, as text, for tests and screen readers.
	 * @return e.g. "36 measures"
	 */
	List<String> texts() {
		return getContent().getChildren().map((child) -> child.getElement().getTextRecursively()).toList();
	}

	private static Component figure(Figure figure) {
		Span number = new Span(String.valueOf(figure.value()));
		number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.LineHeight.XSMALL);
		Span caption = new Span(" " + figure.caption());
		caption.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		Div chip = new Div(number, caption);
		chip.addClassName("key-figure");
		if (figure.link() == null) {
			return chip;
		}
		Anchor anchor = new Anchor(figure.link(), chip);
		anchor.getElement().setAttribute("aria-label", figure.text() + ": open the chronology");
		anchor.addClassNames(LumoUtility.TextColor.BODY);
		anchor.getStyle().set("text-decoration", "none");
		return anchor;
	}

}
