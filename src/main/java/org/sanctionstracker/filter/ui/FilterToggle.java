package org.sanctionstracker.filter.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import org.sanctionstracker.filter.FilterParameters;

/**
 * The "Filters" button that folds a view's {@link FilterBar} away so that the first
 * screen is for the charts: folded while no filter is set, opened when the address sets
 * one (also one that could not be used: its field says why) or has a value of the view's
 * own that could not be used (the notice about it sits in the bar). Its text says how
 * many filters are set. On a phone the bar folds itself ({@link FilterBar}): there the
 * button hides and the bar shows.
 */
public class FilterToggle extends Button {

	/** The parameters of the filter bar, whose presence in the address opens it. */
	private static final List<String> FILTER_PARAMETERS = List.of(FilterParameters.COUNTRY, FilterParameters.COALITION,
			FilterParameters.TYPE, FilterParameters.KIND, FilterParameters.FROM, FilterParameters.TO,
			FilterParameters.TEXT, FilterParameters.AS_OF);

	private final FilterBar bar;

	/** Whether the window is phone-narrow. */
	private boolean narrow;

	/**
	 * A toggle for a bar, which it folds.
	 * @param bar the view's filter bar
	 */
	public FilterToggle(FilterBar bar) {
		super("Filters", VaadinIcon.FILTER.create());
		this.bar = bar;
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		addClassName("sct-no-print");
		bar.setVisible(false);
		addClickListener((event) -> {
			bar.setVisible(!bar.isVisible());
			update();
		});
		bar.addFilterChangeListener((values) -> update());
		addAttachListener((event) -> event.getUI().getPage().retrieveExtendedClientDetails((client) -> {
			this.narrow = client.getWindowInnerWidth() < 700;
			update();
		}));
		update();
	}

	/**
	 * Opens the bar when the address sets a filter or has a value that could not be used;
	 * call it after {@link FilterBar#restore(Location)}.
	 * @param location the address
	 * @param problems the view's own parameters that could not be used
	 */
	public void followAddress(Location location, List<String> problems) {
		if (setFilters(this.bar.getValues()) > 0 || !problems.isEmpty() || FILTER_PARAMETERS.stream()
			.anyMatch((name) -> location.getQueryParameters().getParameters().containsKey(name))) {
			this.bar.setVisible(true);
		}
		update();
	}

	/** Shows the bar's state: how many filters are set, whether it is open. */
	private void update() {
		int set = setFilters(this.bar.getValues());
		if (this.narrow) {
			this.bar.setVisible(true);
		}
		setVisible(!this.narrow);
		setText((set == 0) ? "Filters" : "Filters (" + set + ")");
		getElement().setAttribute("aria-expanded", String.valueOf(this.bar.isVisible()));
		setTooltipText(this.bar.isVisible() ? "Hide the filters" : "Show the filters");
	}

	/**
	 * How many of the filter's parts are set (a period counts once).
	 * @param values the filter
	 * @return the number
	 */
	static int setFilters(FilterValues values) {
		int set = 0;
		for (Object part : new Object[] { values.country(), values.coalition(), values.type(), values.eventKind(),
				(values.from() != null) ? values.from() : values.to(), values.text() }) {
			if (part != null) {
				set++;
			}
		}
		return set;
	}

}
