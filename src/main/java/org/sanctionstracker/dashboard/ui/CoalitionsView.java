package org.sanctionstracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.ui.AddressNotice;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.coalition.CoalitionDetails;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.MemberItem;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The coalitions: alliances, the UN regime, initiatives, talks frameworks and ad hoc
 * coalitions. {@code coalitions/{id}} shows one with its members (basis, joined, left),
 * which measure types its members had in force on a day, and the steps of the measures
 * taken within it.
 */
@Route("coalitions")
@PageTitle("Coalitions · Sanctions Coalition Tracker")
@Menu(order = 20, icon = "vaadin:group", title = "Coalitions")
@AnonymousAllowed
class CoalitionsView extends VerticalLayout implements HasUrlParameter<Long> {

	private final CoalitionService coalitions;

	private final DashboardService dashboard;

	private final MeasureService measures;

	private final ActorService actors;

	private final AddressNotice notice = new AddressNotice();

	private AsOf asOf;

	private final Grid<CoalitionDetails> list = new Grid<>();

	private final VerticalLayout detail = new VerticalLayout();

	CoalitionsView(CoalitionService coalitions, DashboardService dashboard, MeasureService measures,
			ActorService actors) {
		this.coalitions = coalitions;
		this.dashboard = dashboard;
		this.measures = measures;
		this.actors = actors;
		this.list.addColumn(CoalitionDetails::name)
			.setHeader("Coalition")
			.setKey("name")
			.setSortable(true)
			.setFlexGrow(3);
		this.list.addColumn((coalition) -> Labels.humanize(coalition.kind()))
			.setHeader("Kind")
			.setKey("kind")
			.setSortable(true)
			.setAutoWidth(true);
		this.list.addColumn((coalition) -> coalition.members().size())
			.setHeader("Members")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.list.setItems((query) -> coalitions
			.coalitions(null, null, null, PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name", "id")))
			.stream());
		this.list.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.list.setHeight("22rem");
		this.list.asSingleSelect().addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				this.notice.clear();
				show(event.getValue().id());
				getUI().ifPresent((ui) -> ui.getPage()
					.getHistory()
					.replaceState(null, new Location("coalitions/" + event.getValue().id(), QueryParameters.empty())));
			}
		});
		this.detail.setPadding(false);

		H2 heading = new H2("Coalitions");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Who belonged to which coalition, on what basis and when, and what its members"
				+ " did. Select a coalition.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		add(heading, intro, this.notice, this.list, this.detail);
		setPadding(true);
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter Long coalitionId) {
		this.detail.removeAll();
		List<String> problems = new ArrayList<>();
		LocalDate chosen = null;
		try {
			chosen = FilterParameters
				.asOf(event.getLocation().getQueryParameters().getSingleParameter(AsOf.PARAMETER).orElse(null));
		}
		catch (FilterParameters.InvalidParameterException ex) {
			problems.add(ex.getMessage());
		}
		this.asOf = this.measures.asOf(chosen);
		if (coalitionId != null && this.coalitions.coalition(coalitionId).isEmpty()) {
			problems.add("There is no coalition " + coalitionId + " (it may have been deleted); choose one below");
		}
		this.notice.show(problems);
		if (coalitionId != null) {
			show(coalitionId);
		}
	}

	private void show(long coalitionId) {
		this.detail.removeAll();
		Optional<CoalitionDetails> found = this.coalitions.coalition(coalitionId);
		if (found.isEmpty()) {
			return;
		}
		CoalitionDetails coalition = found.get();
		H3 name = new H3(coalition.name());
		name.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Bottom.NONE);
		Paragraph kind = new Paragraph(Labels.humanize(coalition.kind()) + " · " + coalition.members().size()
				+ ((coalition.members().size() == 1) ? " member" : " members"));
		kind.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		this.detail.add(name, kind);
		if (coalition.description() != null && !coalition.description().isBlank()) {
			this.detail.add(new Paragraph(coalition.description()));
		}
		if (coalition.basis() != null && !coalition.basis().isBlank()) {
			Paragraph basis = new Paragraph("Where the facts come from: " + coalition.basis());
			basis.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
			this.detail.add(basis);
		}
		this.detail.add(new Anchor("chronology?coalition=" + coalition.id(),
				"Chronology of the measures taken within this coalition"));
		this.detail.add(members(coalition.members()));

		ActorColours colours = new ActorColours(this.dashboard.actorsByActivity(), this.actors.colourSlots());
		CoalitionRef ref = new CoalitionRef(coalition.id(), coalition.name());
		AlignmentCard alignment = new AlignmentCard(this.coalitions, (selection) -> {
		}, (member) -> UI.getCurrent().navigate(org.sanctionstracker.actor.ui.ActorLink.href(member)));
		alignment.coalition.setReadOnly(true);
		LocalDate day = ((this.asOf != null) ? this.asOf : this.measures.asOf(null)).day();
		Runnable showAlignment = () -> this.dashboard.alignment(coalition.id(), alignment.day.getValue(), Filter.none())
			.ifPresent((result) -> alignment.show(result, colours));
		alignment.select(new AlignmentCard.Selection(ref, day));
		alignment.day.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				showAlignment.run();
			}
		});
		showAlignment.run();

		EventsCard events = new EventsCard(null);
		events.setTitle("Steps of measures taken within this coalition");
		Filter withinCoalition = Filter.none().withCoalition(coalition.id());
		events.show(this.dashboard.eventsChart(withinCoalition), () -> this.dashboard.eventsOverTime(withinCoalition),
				colours);

		Div charts = new Div(alignment, events);
		charts.setWidthFull();
		charts.addClassName("sct-cards");
		this.detail.add(charts);
	}

	private static Grid<MemberItem> members(List<MemberItem> members) {
		Grid<MemberItem> grid = new Grid<>();
		Tables.actorColumn(grid, "Member", MemberItem::actor);
		grid.addColumn((member) -> Labels.humanize(member.basis())).setHeader("Basis").setAutoWidth(true);
		grid.addColumn((member) -> member.joined().display()).setHeader("Joined").setAutoWidth(true);
		grid.addColumn((member) -> (member.left().lowerBound() != null) ? member.left().display() : "—")
			.setHeader("Left")
			.setAutoWidth(true);
		grid.addColumn((member) -> (member.note() != null) ? member.note() : "").setHeader("Note").setFlexGrow(3);
		grid.setItems(members);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.setWidthFull();
		return grid;
	}

}
