package org.sanctionstracker.source.ui;

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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The source documents editors work on: add a document by pasting its text, correct a
 * document's metadata.
 */
@Route("manage/sources")
@PageTitle("Edit sources · Sanctions Coalition Tracker")
@Menu(order = 54, icon = "vaadin:file-text-o", title = "Edit sources")
@RolesAllowed("EDITOR")
class SourcesManageView extends VerticalLayout {

	final TextField search = new TextField();

	final Grid<SourceDocumentSummary> grid = new Grid<>();

	final Button create = new Button("New document", VaadinIcon.PLUS.create());

	SourcesManageView(SourceDocumentService documents) {
		H2 heading = new H2("Source documents");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search titles");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("20em");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));
		this.grid.addColumn(SourceDocumentSummary::title)
			.setHeader("Title")
			.setKey("title")
			.setSortable(true)
			.setFlexGrow(3);
		this.grid.addColumn(SourceDocumentSummary::author).setHeader("Author").setKey("author").setSortable(true);
		this.grid.addColumn((d) -> d.published().display())
			.setHeader("Published")
			.setKey("published.lowerBound")
			.setSortable(true);
		this.grid.addColumn((d) -> d.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems((query) -> documents
			.list(this.search.getValue(), pageable(VaadinSpringDataHelpers.toSpringPageRequest(query)))
			.stream());
		this.grid.addItemClickListener((event) -> open(String.valueOf(event.getItem().id())));
		this.grid.setSizeFull();
		this.search.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());
		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(heading, toolbar, this.grid);
		setSizeFull();
	}

	private static Pageable pageable(Pageable asked) {
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id")) : Sort.by("title", "id");
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(SourceEditView.class, new RouteParameters("id", id)));
	}

}
