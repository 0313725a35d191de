package org.sanctionstracker.measure.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.ui.PassageLinks;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The measures editors work on: a lazy, sortable, searchable grid; a row opens the
 * measure's edit view, "New measure" an empty one.
 */
@Route("manage/measures")
@PageTitle("Edit measures · Sanctions Coalition Tracker")
@Menu(order = 50, icon = "vaadin:edit", title = "Edit measures")
@RolesAllowed("EDITOR")
class MeasuresView extends VerticalLayout implements BeforeEnterObserver {

	private QueryParameters carried = QueryParameters.empty();

	private final Paragraph passageHint = PassageLinks.choose("the measure the new lifecycle step belongs to");

	final TextField search = new TextField();

	final ComboBox<MeasureType> type = Pickers.of(null, MeasureType.class, MeasureType::label);

	final Grid<MeasureDetails> grid = new Grid<>();

	final Button create = new Button("New measure", VaadinIcon.PLUS.create());

	final AsOfField asOfField = new AsOfField();

	private final AddressNotice notice = new AddressNotice();

	private final MeasureService measures;

	private final Grid.Column<MeasureDetails> status;

	private AsOf asOf;

	MeasuresView(MeasureService measures) {
		this.measures = measures;
		this.asOf = measures.asOf(null);
		H2 heading = new H2("Measures");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search titles, descriptions, parties");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("22em");
		this.type.setPlaceholder("Any type");
		this.type.setClearButtonVisible(true);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));

		this.grid.addColumn(MeasureDetails::title).setHeader("Title").setKey("title").setSortable(true).setFlexGrow(3);
		this.grid.addColumn((m) -> ActorPicker.label(m.imposer()))
			.setHeader("Imposed by")
			.setKey("imposer.name")
			.setSortable(true);
		this.grid.addColumn((m) -> ActorPicker.label(m.target()))
			.setHeader("Imposed on")
			.setKey("target.name")
			.setSortable(true);
		this.grid.addColumn((m) -> m.type().label()).setHeader("Type").setKey("type").setSortable(true);
		this.grid.addColumn((m) -> (m.coalition() != null) ? m.coalition().name() : "").setHeader("Coalition");
		this.status = this.grid.addColumn((m) -> status(m.status())).setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((m) -> m.events().isEmpty() ? "" : m.events().get(0).date().display())
			.setHeader("First event")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setItems(
				(query) -> measures
					.list(this.search.getValue(), this.type.getValue(),
							pageable(VaadinSpringDataHelpers.toSpringPageRequest(query)), this.asOf.day())
					.stream());
		this.grid.addItemClickListener((event) -> open(String.valueOf(event.getItem().id())));
		this.grid.setSizeFull();
		this.search.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());
		this.type.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());

		this.asOfField.addAsOfChangeListener((day) -> {
			showAsOf(measures.asOf(day));
			this.notice.clear();
			getUI().ifPresent((ui) -> ui.getPage()
				.getHistory()
				.replaceState(null, new Location("manage/measures", (day != null)
						? QueryParameters.of(AsOf.PARAMETER, this.asOf.day().toString()) : QueryParameters.empty())));
			this.grid.getDataProvider().refreshAll();
		});
		showAsOf(this.asOf);

		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.type, this.asOfField, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.passageHint.setVisible(false);
		add(heading, this.notice, this.passageHint, toolbar, this.grid);
		setSizeFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New lifecycle step from this passage": the measure chosen here opens with it
		this.carried = PassageLinks.carried(event);
		this.passageHint.setVisible(!this.carried.getParameters().isEmpty());
		LocalDate chosen = null;
		try {
			chosen = AsOf
				.parse(event.getLocation().getQueryParameters().getSingleParameter(AsOf.PARAMETER).orElse(null));
			this.notice.clear();
		}
		catch (IllegalArgumentException ex) {
			this.notice.show(List.of("Parameter '" + AsOf.PARAMETER + "': " + ex.getMessage()));
		}
		showAsOf(this.measures.asOf(chosen));
		this.grid.getDataProvider().refreshAll();
	}

	/** The status column says which day it is for: never a silent "today". */
	private void showAsOf(AsOf day) {
		this.asOf = day;
		this.asOfField.show(day);
		this.status.setHeader("In force on " + day.display());
	}

	private static Pageable pageable(Pageable asked) {
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id")) : Sort.by("title", "id");
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(MeasureEditView.class, new RouteParameters("id", id), this.carried));
	}

	static String status(MeasureStatus status) {
		return switch (status) {
			case IN_FORCE -> "In force";
			case NOT_IN_FORCE -> "Not in force";
			case UNCERTAIN -> "Uncertain";
		};
	}

}
