package org.sanctionstracker.actor.ui;

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
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ActorSummary;
import org.sanctionstracker.base.ui.Pickers;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The actors editors work on: a lazy, searchable grid; a row opens the actor's edit view.
 */
@Route("manage/actors")
@PageTitle("Edit actors · Sanctions Coalition Tracker")
@Menu(order = 51, icon = "vaadin:flag-o", title = "Edit actors")
@RolesAllowed("EDITOR")
class ActorsView extends VerticalLayout {

	final TextField search = new TextField();

	final ComboBox<ActorKind> kind = Pickers.of(null, ActorKind.class, ActorKind::label);

	final Grid<ActorSummary> grid = new Grid<>();

	final Button create = new Button("New actor", VaadinIcon.PLUS.create());

	ActorsView(ActorService actors) {
		H2 heading = new H2("Actors");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search names, aliases, codes");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("20em");
		this.kind.setPlaceholder("Any kind");
		this.kind.setClearButtonVisible(true);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));

		this.grid.addColumn(ActorSummary::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
		this.grid.addColumn((a) -> a.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
		this.grid.addColumn(ActorSummary::iso3).setHeader("Code").setKey("iso3").setSortable(true);
		this.grid.addColumn((a) -> String.join(", ", a.aliases())).setHeader("Also called").setFlexGrow(2);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setItems(
				(query) -> actors
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
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id")) : Sort.by("name", "id");
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(ActorEditView.class, new RouteParameters("id", id)));
	}

}
