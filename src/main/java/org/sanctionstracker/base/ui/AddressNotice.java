package org.sanctionstracker.base.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * How every view says that part of its address could not be used (an unknown type, a
 * record that does not exist, a date that is not a real one): a message at the top of the
 * view, inside the layout, naming each value left out and why, while the view shows
 * itself without those values. Hidden while there is nothing to say.
 */
public class AddressNotice extends Div {

	private final Span text = new Span();

	private final List<String> problems = new ArrayList<>();

	public AddressNotice() {
		addClassName("address-notice");
		addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.START,
				LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.FontSize.SMALL);
		getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))");
		getElement().setAttribute("role", "status");
		// a value of 10,000 characters without a space wraps inside the screen
		this.text.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere");
		setWidthFull();
		add(VaadinIcon.WARNING.create(), this.text);
		setVisible(false);
	}

	/**
	 * Replaces what the notice says.
	 * @param reasons one plain sentence per value left out; none hides the notice
	 */
	public void show(Collection<String> reasons) {
		this.problems.clear();
		addProblems(reasons);
	}

	/**
	 * Adds to what the notice says.
	 * @param reasons one plain sentence per value left out
	 */
	public void addProblems(Collection<String> reasons) {
		this.problems.addAll(reasons);
		this.text.setText(this.problems.isEmpty() ? ""
				: "Part of this address could not be used, so the view is shown without it: "
						+ String.join(" ", this.problems.stream().map(AddressNotice::sentence).toList()));
		setVisible(!this.problems.isEmpty());
	}

	/** Hides the notice (the user changed the view, so the address is theirs now). */
	public void clear() {
		show(List.of());
	}

	private static String sentence(String reason) {
		String trimmed = reason.strip();
		return trimmed.endsWith(".") ? trimmed : trimmed + ".";
	}

}
