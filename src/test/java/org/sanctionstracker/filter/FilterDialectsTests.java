package org.sanctionstracker.filter;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.dashboard.KeyFigures;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared filter's two forms agree: for each filter, the headline numbers the
 * dashboard counts in SQL ({@link SqlFilter}) equal the totals of the lists the API and
 * the country page page through ({@link FilterSpecifications}), on the seed dataset.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class FilterDialectsTests {

	@Autowired
	FilterService filters;

	@Autowired
	DashboardService dashboard;

	@Autowired
	ActorService actors;

	@Test
	void the_charts_count_what_the_lists_show_for_every_part_of_the_filter() {
		long japan = this.actors.resolve("JPN").orElseThrow().id();
		long korea = this.actors.resolve("KOR").orElseThrow().id();
		List<Filter> filters = List.of(Filter.none(), Filter.none().withActor(japan, CountryRole.IMPOSER),
				Filter.none().withActor(japan, CountryRole.TARGET), Filter.none().withActor(korea, CountryRole.ANY),
				Filter.none().withType(MeasureType.PORT_BAN), Filter.none().withEventKind(EventKind.IMPOSED),
				Filter.none().withEnforcementKind(EnforcementKind.DIPLOMATIC_REQUEST),
				Filter.none().withPeriod(PartialDate.parse("2008"), PartialDate.parse("2014-07")),
				Filter.none().withText("port"), Filter.none().withText("100%"),
				Filter.none().withActor(japan, CountryRole.ANY).withPeriod(PartialDate.parse("2016"), null));
		AsOf asOf = this.filters.asOf(Filter.none());
		for (Filter filter : filters) {
			KeyFigures counted = this.dashboard.keyFigures(filter, asOf.day());
			var everything = PageRequest.of(0, 1);

			assertThat(this.filters.measures(filter, everything).getTotalElements()).as("measures, " + filter)
				.isEqualTo(counted.measures());
			assertThat(this.filters.events(filter, everything).getTotalElements()).as("events, " + filter)
				.isEqualTo(counted.events());
			assertThat(this.filters.enforcementActions(filter, everything).getTotalElements())
				.as("enforcement actions, " + filter)
				.isEqualTo(counted.enforcementActions());
			assertThat(this.filters.figures(filter, everything).getTotalElements()).as("figures, " + filter)
				.isEqualTo(counted.figures());
		}
	}

}
