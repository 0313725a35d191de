package org.sanctionstracker.enforcement.ui;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.enforcement.EnforcementService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The enforcement actions editors work on: a lazy, searchable grid; a row opens the
 * action's edit view.
 */
@Route("manage/enforcement")
@PageTitle("Edit enforcement · Sanctions Coalition Tracker")
@Menu(order = 53, icon = "vaadin:gavel", title = "Edit enforcement")
@RolesAllowed("EDITOR")
class EnforcementActionsView extends VerticalLayout {

	final TextField search = new TextField();

	final ComboBox<EnforcementKind> kind = Pickers.of(null, EnforcementKind.class, EnforcementKind::label);

	final Grid<EnforcementRow> grid = new Grid<>();

	final Button create = new Button("New enforcement action", VaadinIcon.PLUS.create());

	EnforcementActionsView(EnforcementService enforcement) {
		H2 heading = new H2("Enforcement actions");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search descriptions, actors");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("20em");
		this.kind.setPlaceholder("Any kind");
		this.kind.setClearButtonVisible(true);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));

		this.grid.addColumn((a) -> a.date().display())
			.setHeader("When")
			.setKey("date.lowerBound")
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((a) -> ActorPicker.label(a.actor()))
			.setHeader("Taken by")
			.setKey("actor.name")
			.setSortable(true);
		this.grid.addColumn((a) -> a.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
		this.grid.addColumn(EnforcementRow::description).setHeader("What happened").setFlexGrow(3);
		this.grid.addColumn(EnforcementRow::measureTitle).setHeader("Enforces").setFlexGrow(2);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setItems(
				(query) -> enforcement
					.list(this.search.getValue(), this.kind.getValue(),
							pageable(VaadinSpringDataHelpers.toSpringPageRequest(query)))
					.stream());
		this.grid.addItemClickListener((event) -> open(String.valueOf(event.getItem().id())));
		this.grid.setSizeFull();
		this.search.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());
		this.kind.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());

		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.kind, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(heading, toolbar, this.grid);
		setSizeFull();
	}

	private static Pageable pageable(Pageable asked) {
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id"))
				: Sort.by(Sort.Order.desc("date.lowerBound").nullsLast(), Sort.Order.asc("id"));
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(EnforcementEditView.class, new RouteParameters("id", id)));
	}

}
