package org.sanctionstracker.bench;

import java.util.List;

import org.sanctionstracker.chronology.ChronologyService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterSpecifications;
import org.sanctionstracker.measure.MeasureService;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The chronology grid's first page: 50 rows, a country filter, sorted by date, as the
 * grid asks {@link ChronologyService} for it when the view opens; and for comparison the
 * events list of the JSON API ({@link MeasureService#events}, which also counts the
 * matches for its page total).
 */
final class ChronologySection {

	private ChronologySection() {
	}

	static void run(ConfigurableApplicationContext context, Settings settings, ObjectNode out) {
		ChronologyService chronology = context.getBean(ChronologyService.class);
		MeasureService measures = context.getBean(MeasureService.class);
		var jdbc = AppContexts.jdbc(context);
		Long japan = jdbc.queryForObject("select id from actor where iso3 = 'JPN'", Long.class);
		// the actor with the most measures, as imposer or target
		Long busiest = jdbc.queryForObject("select actor_id from (select imposer_id as actor_id from measure"
				+ " union all select target_id from measure) m group by actor_id order by count(*) desc, actor_id"
				+ " fetch first 1 rows only", Long.class);
		PageRequest grid = PageRequest.of(0, 50, Sort.by(Sort.Order.asc("date")));
		PageRequest api = PageRequest.of(0, 50, Sort.by(Sort.Order.asc("date.lowerBound")));
		for (var country : List.of(new Object[] { "JPN", japan }, new Object[] { "busiest", busiest })) {
			Filter filter = Filter.none().withActor((Long) country[1], CountryRole.ANY);
			ObjectNode node = Timing
				.time(settings.warmups(), settings.runs(), () -> chronology.entries(filter, grid))
				.json(out.putObject("first_page_" + country[0]));
			node.put("actor_id", (Long) country[1]);
			node.put("rows", chronology.entries(filter, grid).size());
			node.put("service", "ChronologyService.entries");
			ObjectNode events = Timing
				.time(settings.warmups(), settings.runs(), () -> measures.events(FilterSpecifications.events(filter), api))
				.json(out.putObject("api_events_" + country[0]));
			events.put("rows", measures.events(FilterSpecifications.events(filter), api).getNumberOfElements());
			events.put("service", "MeasureService.events");
		}
	}

}
