package org.sanctionstracker.coalition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.coalition.CoalitionDetails;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.source.ui.PassageLinks;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The coalitions editors work on: a lazy, searchable grid; a row opens the coalition's
 * edit view with its memberships.
 */
@Route("manage/coalitions")
@PageTitle("Edit coalitions · Sanctions Coalition Tracker")
@Menu(order = 52, icon = "vaadin:group", title = "Edit coalitions")
@RolesAllowed("EDITOR")
class CoalitionsManageView extends VerticalLayout implements BeforeEnterObserver {

	private QueryParameters carried = QueryParameters.empty();

	private final Paragraph passageHint = PassageLinks.choose("the coalition the new membership belongs to");

	final TextField search = new TextField();

	final Grid<CoalitionDetails> grid = new Grid<>();

	final Button create = new Button("New coalition", VaadinIcon.PLUS.create());

	CoalitionsManageView(CoalitionService coalitions) {
		H2 heading = new H2("Coalitions");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search names, descriptions");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("20em");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));

		this.grid.addColumn(CoalitionDetails::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
		this.grid.addColumn((c) -> c.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
		this.grid.addColumn((c) -> c.members().size()).setHeader("Memberships").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems(
				(query) -> coalitions
					.coalitions(null, null, this.search.getValue(),
							pageable(VaadinSpringDataHelpers.toSpringPageRequest(query)))
					.stream());
		this.grid.addItemClickListener((event) -> open(String.valueOf(event.getItem().id())));
		this.grid.setSizeFull();
		this.search.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());

		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.passageHint.setVisible(false);
		add(heading, this.passageHint, toolbar, this.grid);
		setSizeFull();
	}

	private static Pageable pageable(Pageable asked) {
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id")) : Sort.by("name", "id");
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New coalition membership from this passage": the coalition chosen here opens
		// with it
		this.carried = PassageLinks.carried(event);
		this.passageHint.setVisible(!this.carried.getParameters().isEmpty());
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(CoalitionEditView.class, new RouteParameters("id", id), this.carried));
	}

}
