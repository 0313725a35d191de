package org.sanctionstracker.source.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.ReadableText;
import org.sanctionstracker.source.ui.PassageLinks.Target;

/**
 * What an editor can record from the passage selected in a document: "New measure /
 * lifecycle step / enforcement action / figure / coalition membership from this passage",
 * each a link to its form with the passage in the address ({@link PassageLinks}). Hidden
 * while nothing is selected. Sticks to the bottom of the view, so it stays in reach on a
 * phone.
 */
class PassageActions extends Composite<Div> {

	private final Span quote = new Span();

	private final Div links = new Div();

	private PassagePick passage;

	PassageActions() {
		Div box = getContent();
		box.addClassName("passage-actions");
		box.getElement().setAttribute("role", "region");
		box.getElement().setAttribute("aria-label", "Record the selected passage");
		box.getStyle()
			.set("position", "sticky")
			.set("bottom", "0")
			.set("z-index", "2")
			.set("background", "var(--lumo-base-color)")
			.set("border-top", "1px solid var(--lumo-contrast-20pct)")
			.set("box-shadow", "0 -2px 6px var(--lumo-shade-10pct)")
			.set("padding", "var(--lumo-space-s)")
			.set("width", "100%")
			.set("box-sizing", "border-box");
		Span label = new Span("From this passage: ");
		label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
		this.quote.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		this.quote.getStyle().set("font-style", "italic").set("overflow-wrap", "anywhere");
		Div said = new Div(label, this.quote);
		this.links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
				LumoUtility.Margin.Top.XSMALL);
		box.add(said, this.links);
		box.setVisible(false);
	}

	/**
	 * Offers the links for a passage.
	 * @param passage the passage, offsets in the stored text
	 * @param text the passage's stored text
	 */
	void show(PassagePick passage, String text) {
		this.passage = passage;
		String shown = ReadableText.plain(text).replaceAll("\\s+", " ").strip();
		this.quote.setText("\u201C" + ((shown.length() > 160) ? shown.substring(0, 159) + "\u2026" : shown) + "\u201D");
		this.links.removeAll();
		for (Target target : Target.values()) {
			Anchor link = new Anchor(target.href(passage), target.label());
			link.addClassName("passage-" + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			link.getElement().setAttribute("theme", "badge contrast");
			link.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
			this.links.add(link);
		}
		getContent().setVisible(true);
	}

	/** Hides the links: nothing is selected. */
	void clear() {
		this.passage = null;
		getContent().setVisible(false);
	}

	PassagePick passage() {
		return this.passage;
	}

	Div links() {
		return this.links;
	}

}
