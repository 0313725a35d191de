package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.base.ui.TableText;
import org.sanctionstracker.base.ui.Dates;
import org.sanctionstracker.base.ui.chart.ChartJs;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.dashboard.AlignmentMember;
import org.sanctionstracker.dashboard.CoalitionAlignment;
import org.sanctionstracker.exchange.Csv;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * (4) Coalition alignment: for a chosen coalition and day, which members had which types
 * of measure in force. A filled circle is in force; a hollow one may or may not have been
 * (a deciding step is dated only to a month or a year containing the day).
 */
class AlignmentCard extends ChartCard {

	static final String TITLE = "Coalition alignment";

	/**
	 * What the card shows.
	 *
	 * @param coalition the coalition
	 * @param day the day
	 */
	record Selection(CoalitionRef coalition, LocalDate day) {

	}

	final ComboBox<CoalitionRef> coalition = new ComboBox<>("Coalition");

	final DatePicker day = new DatePicker("On");

	private final Grid<DashboardCharts.AlignmentRow> table;

	private List<DashboardCharts.AlignmentRow> rows = List.of();

	private List<AlignmentMember> members = List.of();

	private boolean quiet;

	AlignmentCard(CoalitionService coalitions, SerializableConsumer<Selection> onChange,
			SerializableConsumer<ActorRef> onMemberClick) {
		this(new ChartJs(), Tables.grid(), coalitions, onChange, onMemberClick);
	}

	private AlignmentCard(ChartJs chart, Grid<DashboardCharts.AlignmentRow> table, CoalitionService coalitions,
			SerializableConsumer<Selection> onChange, SerializableConsumer<ActorRef> onMemberClick) {
		super(TITLE, chart, table);
		this.table = table;
		chart.setWidthFull();
		chart.setHeight("340px");
		this.coalition.setItems((query) -> coalitions
			.refs(query.getFilter().orElse(null), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name")))
			.stream());
		this.coalition.setItemLabelGenerator(CoalitionRef::name);
		this.coalition.setWidth("18rem");
		this.day.setWidth("11rem");
		Dates.format(this.day);
		this.day.setHelperText("Members and measures on this day");
		addControls(this.coalition, this.day);
		this.coalition.addValueChangeListener((event) -> changed(onChange));
		this.day.addValueChangeListener((event) -> changed(onChange));

		Tables.actorColumn(table, "Member", DashboardCharts.AlignmentRow::member);
		TableText.column(table, "Basis", DashboardCharts.AlignmentRow::basis).setAutoWidth(true);
		TableText.column(table, "Measure type",
				(DashboardCharts.AlignmentRow row) -> (row.type() != null) ? row.type().label() : "nothing in force")
			.setAutoWidth(true);
		Tables.numberColumn(table, "In force", DashboardCharts.AlignmentRow::inForce);
		Tables.numberColumn(table, "Uncertain", DashboardCharts.AlignmentRow::uncertain);
		setCsv(Csv::bytes);
		if (onMemberClick != null) {
			chart.addChartClickListener((event) -> {
				List<String> labels = this.members.stream().map(DashboardCharts::memberLabel).distinct().toList();
				if (event.getDatasetIndex() < labels.size()) {
					String label = labels.get(event.getDatasetIndex());
					this.members.stream()
						.filter((member) -> DashboardCharts.memberLabel(member).equals(label))
						.findFirst()
						.ifPresent((member) -> onMemberClick.accept(member.actor()));
				}
			});
		}
	}

	/**
	 * Sets the pickers without reporting a change.
	 * @param selection what to show
	 */
	void select(Selection selection) {
		this.quiet = true;
		try {
			this.coalition.setValue(selection.coalition());
			this.day.setValue(selection.day());
		}
		finally {
			this.quiet = false;
		}
	}

	Selection selection() {
		return new Selection(this.coalition.getValue(), this.day.getValue());
	}

	void show(CoalitionAlignment alignment, ActorColours colours) {
		setTitle(TITLE + ": " + alignment.coalition().name() + " on " + Dates.day(alignment.day()));
		this.members = alignment.members();
		this.rows = DashboardCharts.alignmentRows(alignment);
		setTableRows(this.table, this::rows);
		if (alignment.members().isEmpty()) {
			getChart().clear();
			setEmptyMessage("The coalition had no members on " + Dates.day(alignment.day()) + ".");
			setNote(null);
			return;
		}
		if (alignment.cells().isEmpty()) {
			getChart().clear();
			setEmptyMessage("None of its members had a measure in force on " + Dates.day(alignment.day()) + ".");
			setNote(null);
			return;
		}
		getChart().setHeight(DashboardCharts.alignmentHeight(alignment));
		getChart().configure(DashboardCharts.alignmentChart(getTitle(), alignment, colours));
		setEmptyMessage(null);
		setNote("Every measure a member imposed counts, whatever coalition it was taken within. A hollow circle:"
				+ " may or may not have been in force that day (a deciding step is dated only to a month or year).");
	}

	void showNone(String message) {
		setTitle(TITLE);
		this.members = List.of();
		this.rows = List.of();
		setTableRows(this.table, this::rows);
		getChart().clear();
		setEmptyMessage(message);
		setNote(null);
	}

	List<DashboardCharts.AlignmentRow> rows() {
		return this.rows;
	}

	private void changed(SerializableConsumer<Selection> onChange) {
		if (!this.quiet && this.coalition.getValue() != null && this.day.getValue() != null) {
			onChange.accept(selection());
		}
	}

}
