package org.sanctionstracker.filter.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PartialDates;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The filters every data view shares: country (with its role), coalition, measure type,
 * kind, period and free text. The bar keeps the address bar in step: every change
 * replaces the query string (no navigation, no reload) with the same parameters the API
 * takes, and {@link #restore} reads them back, so reloading or sharing the link
 * reproduces the view. Bad values (a malformed date, an unknown country) are explained
 * next to the field or in a notification and leave the rest of the filter working.
 *
 * <p>
 * Views listen with {@link #addFilterChangeListener} and may add export links, which
 * point to {@code /api/v1/export/…} with the current parameters.
 */
public class FilterBar extends Composite<Div> {

	private static final String DATE_HINT = "2009, 2008-11 or 2016-02-10";

	private final ActorService actors;

	private final CoalitionService coalitions;

	private final List<? extends Enum<?>> kinds;

	final ComboBox<ActorSummary> country = new ComboBox<>("Country");

	final Select<CountryRole> role = new Select<>();

	final ComboBox<CoalitionRef> coalition = new ComboBox<>("Coalition");

	final ComboBox<MeasureType> type = new ComboBox<>("Measure type");

	final ComboBox<Enum<?>> kind;

	final TextField from = new TextField("From");

	final TextField to = new TextField("To");

	final TextField text = new TextField("Search");

	private final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());

	private final Div exports = new Div();

	private final Details details = new Details();

	private final Span summary = new Span();

	private final List<ExportLink> exportLinks = new ArrayList<>();

	private final List<SerializableConsumer<FilterValues>> listeners = new ArrayList<>();

	private FilterValues values = FilterValues.none();

	private SerializableSupplier<Map<String, String>> extraParameters = Map::of;

	private boolean quiet;

	/**
	 * A link to download the records a view shows.
	 *
	 * @param label the link text, e.g. "Events CSV"
	 * @param path the export path under {@code api/v1/export/}, e.g. {@code events.csv}
	 * @param kindType the vocabulary the endpoint's {@code kind} parameter takes; when
	 * the filter's kind is of another vocabulary the endpoint has nothing to export and
	 * the link is hidden
	 */
	public record ExportLink(String label, String path, Class<? extends Enum<?>> kindType) {

	}

	/**
	 * A filter bar.
	 * @param actors for the country field
	 * @param coalitions for the coalition field
	 * @param kinds the kinds offered (event kinds, and enforcement kinds where the view
	 * lists enforcement actions)
	 * @param kindLabel how to name a kind
	 */
	public FilterBar(ActorService actors, CoalitionService coalitions, List<? extends Enum<?>> kinds,
			Function<Enum<?>, String> kindLabel) {
		this.actors = actors;
		this.coalitions = coalitions;
		this.kinds = List.copyOf(kinds);
		this.kind = new ComboBox<>("Event kind");

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

		this.kind.setItems(new ArrayList<Enum<?>>(this.kinds));
		this.kind.setItemLabelGenerator(kindLabel::apply);
		this.kind.setPlaceholder("Any");
		this.kind.setClearButtonVisible(true);
		this.kind.setWidth("13rem");

		for (TextField date : List.of(this.from, this.to)) {
			date.setPlaceholder((date == this.from) ? "e.g. 2008" : "e.g. 2016-02");
			date.setHelperText(DATE_HINT);
			date.setClearButtonVisible(true);
			date.setWidth("11.5rem");
			date.setMaxLength(10);
		}
		this.text.setPlaceholder("Words in titles, notes, quotes");
		this.text.setClearButtonVisible(true);
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
		this.kind.addValueChangeListener((event) -> changed());
		this.from.addValueChangeListener((event) -> changed());
		this.to.addValueChangeListener((event) -> changed());
		this.text.addValueChangeListener((event) -> changed());

		this.clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.clear.addClickListener((event) -> apply(FilterValues.none(), true));

		FlexLayout fields = new FlexLayout(this.country, this.role, this.coalition, this.type, this.kind, this.from,
				this.to, this.text, this.clear);
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
		Div bar = getContent();
		bar.add(this.details);
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
		return this.values.toMeasureFilter();
	}

	/**
	 * Sets the fields from query parameters (the API's names), without notifying
	 * listeners or touching the address. Values that cannot be used are reported and left
	 * out; the rest apply.
	 * @param parameters the query parameters of the address
	 * @return the values now set
	 */
	public FilterValues restore(QueryParameters parameters) {
		Map<String, String> single = new LinkedHashMap<>();
		parameters.getParameters().forEach((name, list) -> {
			if (!list.isEmpty()) {
				single.put(name, list.get(0));
			}
		});
		FilterParameters.Reading reading = FilterParameters.read(single::get, this.actors);
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
		Enum<?> kindValue = null;
		String kindText = single.get(FilterParameters.KIND);
		if (kindText != null && !kindText.isBlank()) {
			String name = kindText.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			kindValue = this.kinds.stream().filter((k) -> k.name().equals(name)).findFirst().orElse(null);
			if (kindValue == null) {
				problems.put(FilterParameters.KIND, "'" + kindText + "' is not a kind this view knows");
			}
		}
		FilterValues restored = new FilterValues(actor, filter.role(), coalitionRef, filter.type(), kindValue,
				filter.from(), filter.to(), filter.text());
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
		renderExports();
		if (!problems.isEmpty()) {
			Notification notification = Notification.show(
					"Some filters in the address could not be used: " + String.join("; ", problems.values()), 8000,
					Notification.Position.BOTTOM_START);
			notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
		}
		return restored;
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
			this.kind.setValue(newValues.kind());
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
			changed();
		}
	}

	private void changed() {
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
		FilterValues next = new FilterValues(this.country.getValue(),
				(this.country.getValue() != null && this.role.getValue() != CountryRole.ANY) ? this.role.getValue()
						: null,
				this.coalition.getValue(), this.type.getValue(), this.kind.getValue(), fromDate, toDate,
				(query == null || query.isBlank()) ? null : query.strip());
		if (next.equals(this.values)) {
			return;
		}
		this.values = next;
		renderExports();
		updateAddress();
		this.listeners.forEach((listener) -> listener.accept(next));
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
	 * Replaces the address's query string with the filter and the view's own parameters,
	 * without navigating.
	 */
	public void updateAddress() {
		getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent((ui) -> {
			String path = ui.getActiveViewLocation().getPath();
			Map<String, String> parameters = new LinkedHashMap<>(this.values.toParameters());
			parameters.putAll(this.extraParameters.get());
			String query = FilterValues.queryString(parameters);
			String target = path + (query.isEmpty() ? "" : "?" + query);
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
		if (v.kind() != null) {
			parts.add(this.kind.getItemLabelGenerator().apply(v.kind()));
		}
		if (v.from() != null || v.to() != null) {
			parts.add(((v.from() != null) ? v.from().display() : "…") + " – "
					+ ((v.to() != null) ? v.to().display() : "…"));
		}
		if (v.text() != null) {
			parts.add("“" + v.text() + "”");
		}
		this.summary.setText(parts.isEmpty() ? "Filters: none" : "Filters: " + String.join(" · ", parts));
	}

	private void renderExports() {
		renderSummary();
		this.exports.removeAll();
		for (ExportLink link : this.exportLinks) {
			Enum<?> chosenKind = this.values.kind();
			if (chosenKind != null && !link.kindType().isInstance(chosenKind)) {
				continue;
			}
			Map<String, String> parameters = new LinkedHashMap<>(this.values.toParameters());
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
