package org.sanctionstracker.figure.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

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
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.figure.FigureService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The money figures editors work on: a lazy, searchable grid; a row opens the figure's
 * edit view.
 */
@Route("manage/figures")
@PageTitle("Edit figures · Sanctions Coalition Tracker")
@Menu(order = 53.5, icon = "vaadin:money", title = "Edit figures")
@RolesAllowed("EDITOR")
class FiguresView extends VerticalLayout {

	final TextField search = new TextField();

	final ComboBox<FigurePeriod> period = Pickers.of(null, FigurePeriod.class, FigurePeriod::label);

	final Grid<FigureRow> grid = new Grid<>();

	final Button create = new Button("New figure", VaadinIcon.PLUS.create());

	FiguresView(FigureService figures) {
		H2 heading = new H2("Money figures");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.search.setPlaceholder("Search labels, actors");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setWidth("20em");
		this.period.setPlaceholder("Any period");
		this.period.setClearButtonVisible(true);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> open("new"));

		this.grid.addColumn((f) -> f.date().display())
			.setHeader("When")
			.setKey("date.lowerBound")
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(FiguresView::amount)
			.setHeader("Amount")
			.setKey("amount")
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((f) -> f.period().label())
			.setHeader("Counted")
			.setKey("period")
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(FigureRow::label)
			.setHeader("What it measures")
			.setKey("label")
			.setSortable(true)
			.setFlexGrow(3);
		this.grid.addColumn((f) -> ActorPicker.label(f.actor())).setHeader("Actor").setFlexGrow(1);
		this.grid.addColumn(FigureRow::measureTitle).setHeader("Measure").setFlexGrow(2);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setItems(
				(query) -> figures
					.list(this.search.getValue(), this.period.getValue(),
							pageable(VaadinSpringDataHelpers.toSpringPageRequest(query)))
					.stream());
		this.grid.addItemClickListener((event) -> open(String.valueOf(event.getItem().id())));
		this.grid.setSizeFull();
		this.search.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());
		this.period.addValueChangeListener((event) -> this.grid.getDataProvider().refreshAll());

		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.period, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(heading, toolbar, this.grid);
		setSizeFull();
	}

	/** An amount as the list shows it: "USD 70–80", "USD 120,000,000". */
	static String amount(FigureRow figure) {
		String amount = number(figure.amount());
		if (figure.amountMax() != null) {
			amount += "\u2013" + number(figure.amountMax());
		}
		return figure.currency() + " " + amount;
	}

	private static String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private static Pageable pageable(Pageable asked) {
		Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id"))
				: Sort.by(Sort.Order.desc("date.lowerBound").nullsLast(), Sort.Order.asc("id"));
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(FigureEditView.class, new RouteParameters("id", id)));
	}

}
