package org.sanctionstracker.filter.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PartialDates;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters.Kinds;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.measure.ui.AsOfField;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The filters every reading view shares: country (with its role), coalition, measure
 * type, event kind (and enforcement kind where enforcement actions are listed), period,
 * free text, and the "as of" day of every "in force" answer. The view's own address holds
 * the state: {@link #restore} reads it from the address the view was opened with (and
 * remembers that address's path), and every change the user makes replaces the query
 * string of that same path (no navigation, no reload) with the parameters the API takes,
 * so reloading or sharing the link reproduces the view. Values in the address that cannot
 * be used are explained in a notice above the filters and left out; a badly typed date is
 * explained next to its field.
 *
 * <p>
 * Views listen with {@link #addFilterChangeListener} and may add export links, which
 * point to {@code /api/v1/export/…} with the current parameters.
 */
public class FilterBar extends Composite<Div> {

	private static final String DATE_HINT = "2009, 2008-11 or 2016-02-10";

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final MeasureService measures;

	private final Kinds kinds;

	final ComboBox<ActorSummary> country = new ComboBox<>("Country");

	final Select<CountryRole> role = new Select<>();

	final ComboBox<CoalitionRef> coalition = new ComboBox<>("Coalition");

	final ComboBox<MeasureType> type = new ComboBox<>("Measure type");

	final ComboBox<EventKind> eventKind = new ComboBox<>("Event kind");

	final ComboBox<EnforcementKind> enforcementKind = new ComboBox<>("Enforcement kind");

	final TextField from = new TextField("From");

	final TextField to = new TextField("To");

	final AsOfField asOfField = new AsOfField();

	final TextField text = new TextField("Search");

	private final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());

	private final AddressNotice notice = new AddressNotice();

	private final Div exports = new Div();

	private final Details details = new Details();

	private final Span summary = new Span();

	private final List<ExportLink> exportLinks = new ArrayList<>();

	private final List<SerializableConsumer<FilterValues>> listeners = new ArrayList<>();

	private FilterValues values = FilterValues.none();

	private AsOf asOf;

	/** The path of the view's own address, e.g. {@code chronology} or {@code ""}. */
	private String path;

	private SerializableSupplier<Map<String, String>> extraParameters = Map::of;

	private boolean quiet;

	/**
	 * A link to download the records a view shows.
	 *
	 * @param label the link text, e.g. "Events CSV"
	 * @param path the export path under {@code api/v1/export/}, e.g. {@code events.csv}
	 * @param kinds the vocabulary the endpoint's {@code kind} parameter takes
	 * ({@link Kinds#EVENT} or {@link Kinds#ENFORCEMENT}); when the filter asks for a kind
	 * of the other vocabulary the endpoint has nothing to export and the link is hidden
	 */
	public record ExportLink(String label, String path, Kinds kinds) {

	}

	/**
	 * A filter bar.
	 * @param actors for the country field
	 * @param coalitions for the coalition field
	 * @param measures for the default "as of" day
	 * @param kinds the kinds offered: {@link Kinds#EVENT} for event kinds,
	 * {@link Kinds#EITHER} for event kinds and enforcement kinds
	 */
	public FilterBar(ActorService actors, CoalitionService coalitions, MeasureService measures, Kinds kinds) {
		this.actors = actors;
		this.coalitions = coalitions;
		this.measures = measures;
		this.kinds = kinds;

		this.country.setItems(
				(query) -> actors
					.list(query.getFilter().orElse(null), null,
							PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name", "id")))
					.stream());
		this.country.setItemLabelGenerator(
				(actor) -> (actor.iso3() != null) ? actor.name() + " (" + actor.iso3() + ")" : actor.name());
		this.country.setPlaceholder("Any");
		this.country.setClearButtonVisible(true);
		this.country.setWidth("15rem");
		// Enter on a typed name, code or alias chooses the best match
		this.country.setAllowCustomValue(true);
		this.country.addCustomValueSetListener((event) -> chooseCountry(event.getDetail()));

		this.role.setLabel("Country's role");
		this.role.setItems(CountryRole.values());
		this.role.setItemLabelGenerator(FilterBar::roleLabel);
		this.role.setValue(CountryRole.ANY);
		this.role.setEnabled(false);
		this.role.setWidth("10rem");

		this.coalition.setItems((query) -> coalitions
			.refs(query.getFilter().orElse(null), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name")))
			.stream());
		this.coalition.setItemLabelGenerator(CoalitionRef::name);
		this.coalition.setPlaceholder("Any");
		this.coalition.setClearButtonVisible(true);
		this.coalition.setWidth("15rem");

		this.type.setItems(MeasureType.values());
		this.type.setItemLabelGenerator(MeasureType::label);
		this.type.setPlaceholder("Any");
		this.type.setClearButtonVisible(true);
		this.type.setWidth("13rem");

		this.eventKind.setItems(EventKind.values());
		this.eventKind.setItemLabelGenerator(EventKind::label);
		this.enforcementKind.setItems(EnforcementKind.values());
		this.enforcementKind.setItemLabelGenerator(EnforcementKind::label);
		for (ComboBox<?> kind : List.of(this.eventKind, this.enforcementKind)) {
			kind.setPlaceholder("Any");
			kind.setClearButtonVisible(true);
			kind.setWidth("13rem");
		}
		this.eventKind.setVisible(kinds != Kinds.NONE && kinds != Kinds.ENFORCEMENT);
		this.enforcementKind.setVisible(kinds == Kinds.ENFORCEMENT || kinds == Kinds.EITHER);
		if (kinds == Kinds.EITHER) {
			this.eventKind.setHelperText("Lists steps of measures only");
			this.enforcementKind.setHelperText("Lists enforcement actions only");
		}

		for (TextField date : List.of(this.from, this.to)) {
			date.setPlaceholder((date == this.from) ? "e.g. 2008" : "e.g. 2016-02");
			date.setHelperText(DATE_HINT);
			date.setClearButtonVisible(true);
			date.setWidth("11.5rem");
			date.setMaxLength(10);
		}
		this.text.setPlaceholder("Words in titles, notes, quotes");
		this.text.setClearButtonVisible(true);
		this.text.setMaxLength(Filter.MAX_TEXT);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.setValueChangeTimeout(500);
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setWidth("16rem");

		this.country.addValueChangeListener((event) -> {
			this.role.setEnabled(event.getValue() != null);
			changed();
		});
		this.role.addValueChangeListener((event) -> changed());
		this.coalition.addValueChangeListener((event) -> changed());
		this.type.addValueChangeListener((event) -> changed());
		// a chronology row is a step or an action: one kind at a time
		this.eventKind.addValueChangeListener((event) -> {
			if (event.getValue() != null && !this.quiet) {
				quietly(() -> this.enforcementKind.clear());
			}
			changed();
		});
		this.enforcementKind.addValueChangeListener((event) -> {
			if (event.getValue() != null && !this.quiet) {
				quietly(() -> this.eventKind.clear());
			}
			changed();
		});
		this.from.addValueChangeListener((event) -> changed());
		this.to.addValueChangeListener((event) -> changed());
		this.text.addValueChangeListener((event) -> changed());
		this.asOfField.addAsOfChangeListener((day) -> {
			if (!this.quiet) {
				commit(this.values.withAsOf(day));
			}
		});

		this.clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.clear.addClickListener((event) -> apply(FilterValues.none(), true));

		FlexLayout fields = new FlexLayout(this.country, this.role, this.coalition, this.type, this.eventKind,
				this.enforcementKind, this.from, this.to, this.asOfField, this.text, this.clear);
		fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.addClassNames(LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL);

		this.exports.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.FontSize.SMALL);
		this.details.setSummary(this.summary);
		this.details.add(fields, this.exports);
		this.details.setOpened(true);
		this.details.setWidthFull();
		this.summary.setText("Filters");
		this.summary.addClassName("sct-filter-summary");
		Div bar = getContent();
		bar.add(this.notice, this.details);
		// on a phone the filters would fill the first screen: start them folded there
		addAttachListener((event) -> event.getUI()
			.getPage()
			.retrieveExtendedClientDetails((client) -> this.details.setOpened(client.getWindowInnerWidth() >= 700)));
		bar.setWidthFull();
		bar.getElement().setAttribute("role", "search");
		bar.getElement().setAttribute("aria-label", "Filters");
	}

	/**
	 * Adds export links; they follow the filter.
	 * @param links the links
	 */
	public void setExportLinks(List<ExportLink> links) {
		this.exportLinks.clear();
		this.exportLinks.addAll(links);
		renderExports();
	}

	/**
	 * Listens to filter changes made by the user (not to {@link #restore}).
	 * @param listener receives the new values
	 */
	public void addFilterChangeListener(SerializableConsumer<FilterValues> listener) {
		this.listeners.add(listener);
	}

	/**
	 * The current values.
	 * @return the values
	 */
	public FilterValues getValues() {
		return this.values;
	}

	/**
	 * The current values as the shared filter.
	 * @return the filter
	 */
	public Filter getFilter() {
		return this.values.toFilter();
	}

	/**
	 * The day the view's "in force" answers are for: the one chosen, or the default.
	 * @return the day
	 */
	public AsOf getAsOf() {
		if (this.asOf == null) {
			this.asOf = this.measures.asOf(this.values.asOf());
		}
		return this.asOf;
	}

	/**
	 * Sets the fields from the address the view was opened with (the API's parameter
	 * names), without notifying listeners or touching the address; remembers the
	 * address's path as the view's own. Values that cannot be used are explained in the
	 * notice above the filters and left out; the rest apply.
	 * @param location the view's address
	 * @return the values now set
	 */
	public FilterValues restore(Location location) {
		this.path = location.getPath();
		Map<String, String> single = new LinkedHashMap<>();
		location.getQueryParameters().getParameters().forEach((name, list) -> {
			if (!list.isEmpty()) {
				single.put(name, list.get(0));
			}
		});
		FilterParameters.Reading reading = FilterParameters.read(single::get, this.actors, this.kinds);
		Map<String, String> problems = new LinkedHashMap<>(reading.problems());
		Filter filter = reading.filter();
		ActorSummary actor = (filter.actorId() != null) ? this.actors.get(filter.actorId()).orElse(null) : null;
		CoalitionRef coalitionRef = null;
		if (filter.coalitionId() != null) {
			coalitionRef = this.coalitions.ref(filter.coalitionId()).orElse(null);
			if (coalitionRef == null) {
				problems.put(FilterParameters.COALITION, "There is no coalition " + filter.coalitionId());
			}
		}
		FilterValues restored = new FilterValues(actor, filter.role(), coalitionRef, filter.type(), filter.eventKind(),
				filter.enforcementKind(), filter.from(), filter.to(), filter.text(), filter.asOf());
		this.quiet = true;
		try {
			apply(restored, false);
			// show what was typed in a date that could not be read, with the reason
			for (String dateParameter : List.of(FilterParameters.FROM, FilterParameters.TO)) {
				if (problems.containsKey(dateParameter) && single.get(dateParameter) != null) {
					TextField field = FilterParameters.FROM.equals(dateParameter) ? this.from : this.to;
					field.setValue(single.get(dateParameter));
					field.setErrorMessage(problems.get(dateParameter));
					field.setInvalid(true);
				}
			}
		}
		finally {
			this.quiet = false;
		}
		this.values = restored;
		this.asOf = null;
		this.asOfField.show(getAsOf());
		renderExports();
		this.notice.show(problems.values());
		return restored;
	}

	/**
	 * Adds to the notice a value of the view's own parameters (beyond the filter) that
	 * could not be used.
	 * @param reasons plain sentences, one per value left out
	 */
	public void reportAddressProblems(List<String> reasons) {
		this.notice.addProblems(reasons);
	}

	/**
	 * Sets the filter as if the user had chosen these values: the address and the
	 * listeners follow.
	 * @param newValues the values
	 */
	public void setValues(FilterValues newValues) {
		apply(newValues, true);
	}

	private void apply(FilterValues newValues, boolean notify) {
		boolean wasQuiet = this.quiet;
		this.quiet = true;
		try {
			this.country.setValue(newValues.country());
			this.role.setEnabled(newValues.country() != null);
			this.role.setValue((newValues.role() != null) ? newValues.role() : CountryRole.ANY);
			this.coalition.setValue(newValues.coalition());
			this.type.setValue(newValues.type());
			this.eventKind.setValue(newValues.eventKind());
			this.enforcementKind.setValue(newValues.enforcementKind());
			this.from.setValue((newValues.from() != null) ? newValues.from().iso() : "");
			this.to.setValue((newValues.to() != null) ? newValues.to().iso() : "");
			this.text.setValue((newValues.text() != null) ? newValues.text() : "");
			this.from.setInvalid(false);
			this.to.setInvalid(false);
		}
		finally {
			this.quiet = wasQuiet;
		}
		if (notify) {
			changed(newValues.asOf());
		}
	}

	private void changed() {
		changed(this.values.asOf());
	}

	private void changed(LocalDate chosenAsOf) {
		if (this.quiet) {
			return;
		}
		PartialDate fromDate = readDate(this.from);
		PartialDate toDate = readDate(this.to);
		if (fromDate != null && toDate != null && PartialDates.certainlyBefore(toDate, fromDate)) {
			this.to.setErrorMessage(
					"The period ends (" + toDate.display() + ") before it starts (" + fromDate.display() + ")");
			this.to.setInvalid(true);
			toDate = null;
		}
		String query = this.text.getValue();
		commit(new FilterValues(this.country.getValue(),
				(this.country.getValue() != null && this.role.getValue() != CountryRole.ANY) ? this.role.getValue()
						: null,
				this.coalition.getValue(), this.type.getValue(), this.eventKind.getValue(),
				this.enforcementKind.getValue(), fromDate, toDate,
				(query == null || query.isBlank()) ? null : query.strip(), chosenAsOf));
	}

	/** Takes values the user chose: the address, the notice and the listeners follow. */
	private void commit(FilterValues next) {
		if (next.equals(this.values)) {
			return;
		}
		this.values = next;
		this.asOf = null;
		quietly(() -> this.asOfField.show(getAsOf()));
		this.notice.clear();
		renderExports();
		updateAddress();
		this.listeners.forEach((listener) -> listener.accept(next));
	}

	/**
	 * Chooses the country a typed text names best: an ISO code, name, alias or id, else
	 * the first actor (by name) whose name, alias or code contains the text.
	 */
	private void chooseCountry(String typed) {
		if (typed == null || typed.isBlank()) {
			this.country.clear();
			return;
		}
		Optional<ActorSummary> match = this.actors.resolve(typed)
			.flatMap((ref) -> this.actors.get(ref.id()))
			.or(() -> this.actors.list(typed.strip(), null, PageRequest.of(0, 1, Sort.by("name", "id")))
				.stream()
				.findFirst());
		if (match.isPresent()) {
			this.country.setInvalid(false);
			this.country.setValue(match.get());
		}
		else {
			this.country.setErrorMessage("No country or actor is called '" + typed.strip()
					+ "': type a name, an ISO code (JPN) or an alias (Tokyo)");
			this.country.setInvalid(true);
		}
	}

	private void quietly(Runnable change) {
		boolean wasQuiet = this.quiet;
		this.quiet = true;
		try {
			change.run();
		}
		finally {
			this.quiet = wasQuiet;
		}
	}

	/** The date in a field, or {@code null} when it is empty or cannot be read. */
	private static PartialDate readDate(TextField field) {
		String value = field.getValue();
		if (value == null || value.isBlank()) {
			field.setInvalid(false);
			return null;
		}
		try {
			PartialDate date = PartialDate.parse(value);
			field.setInvalid(false);
			return date;
		}
		catch (IllegalArgumentException ex) {
			field.setErrorMessage(ex.getMessage());
			field.setInvalid(true);
			return null;
		}
	}

	/**
	 * Adds a view's own parameters (beyond the filter) to the address the bar writes.
	 * @param extra the parameters, read each time the address is written
	 */
	public void setExtraParameters(SerializableSupplier<Map<String, String>> extra) {
		this.extraParameters = extra;
	}

	/**
	 * Replaces the query string of the view's own address with the filter and the view's
	 * own parameters, without navigating. Call it after the user changed something, not
	 * while the view is being navigated to (the address is the one it was opened with).
	 */
	public void updateAddress() {
		getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent((ui) -> {
			String own = (this.path != null) ? this.path : ui.getActiveViewLocation().getPath();
			Map<String, String> parameters = new LinkedHashMap<>(this.values.toParameters());
			parameters.putAll(this.extraParameters.get());
			String query = FilterValues.queryString(parameters);
			String target = own + (query.isEmpty() ? "" : "?" + query);
			// "." is the application root: an empty address would keep the old query
			ui.getPage().getHistory().replaceState(null, target.isEmpty() ? "." : target);
		});
	}

	/** The folded bar's title: what the filter is set to, in words. */
	private void renderSummary() {
		List<String> parts = new ArrayList<>();
		FilterValues v = this.values;
		if (v.country() != null) {
			parts.add(v.country().name() + ((v.role() != null && v.role() != CountryRole.ANY)
					? " as " + v.role().name().toLowerCase(Locale.ROOT) : ""));
		}
		if (v.coalition() != null) {
			parts.add(v.coalition().name());
		}
		if (v.type() != null) {
			parts.add(v.type().label());
		}
		if (v.eventKind() != null) {
			parts.add(v.eventKind().label());
		}
		if (v.enforcementKind() != null) {
			parts.add(v.enforcementKind().label() + " (enforcement)");
		}
		if (v.from() != null || v.to() != null) {
			parts.add(((v.from() != null) ? v.from().display() : "…") + " – "
					+ ((v.to() != null) ? v.to().display() : "…"));
		}
		if (v.text() != null) {
			parts.add("“" + v.text() + "”");
		}
		String filters = parts.isEmpty() ? "Filters: none" : "Filters: " + String.join(" · ", parts);
		this.summary.setText(filters + " · in force " + getAsOf().label());
	}

	private void renderExports() {
		renderSummary();
		this.exports.removeAll();
		for (ExportLink link : this.exportLinks) {
			if (link.kinds() == Kinds.EVENT && this.values.enforcementKind() != null
					|| link.kinds() == Kinds.ENFORCEMENT && this.values.eventKind() != null) {
				continue;
			}
			// an export has no "in force" column: the day is not one of its parameters
			Map<String, String> parameters = new LinkedHashMap<>(this.values.withAsOf(null).toParameters());
			Anchor anchor = new Anchor(exportHref(link.path(), parameters), link.label());
			anchor.getElement().setAttribute("download", "");
			anchor.setRouterIgnore(true);
			anchor.getElement().setAttribute("aria-label", "Export " + link.label() + " of the filtered records");
			this.exports.add(anchor);
		}
		this.exports.setVisible(!this.exports.getChildren().findAny().isEmpty());
	}

	static String exportHref(String path, Map<String, String> parameters) {
		String query = new QueryParameters(parameters.entrySet()
			.stream()
			.collect(LinkedHashMap<String, List<String>>::new,
					(map, entry) -> map.put(entry.getKey(), List.of(entry.getValue())), Map::putAll))
			.getQueryString();
		return "api/v1/export/" + path + (query.isEmpty() ? "" : "?" + query);
	}

	private static String roleLabel(CountryRole role) {
		return switch (role) {
			case IMPOSER -> "As imposer";
			case TARGET -> "As target";
			case ANY -> "Either role";
		};
	}

}
