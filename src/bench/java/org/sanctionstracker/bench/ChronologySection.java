package org.sanctionstracker.bench;

import java.util.List;

import org.sanctionstracker.measure.CountryRole;
import org.sanctionstracker.measure.MeasureFilter;
import org.sanctionstracker.measure.MeasureService;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The chronology grid's first page: 50 rows, a country filter, sorted by date, as the
 * grid asks for it when the view opens.
 */
final class ChronologySection {

	private ChronologySection() {
	}

	static void run(ConfigurableApplicationContext context, Settings settings, ObjectNode out) {
		MeasureService service = context.getBean(MeasureService.class);
		var jdbc = AppContexts.jdbc(context);
		Long japan = jdbc.queryForObject("select id from actor where iso3 = 'JPN'", Long.class);
		// the actor with the most measures, as imposer or target
		Long busiest = jdbc.queryForObject("select actor_id from (select imposer_id as actor_id from measure"
				+ " union all select target_id from measure) m group by actor_id order by count(*) desc, actor_id"
				+ " fetch first 1 rows only", Long.class);
		PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Order.asc("date.lowerBound")));
		for (var country : List.of(new Object[] { "JPN", japan }, new Object[] { "busiest", busiest })) {
			MeasureFilter filter = MeasureFilter.none().withActor((Long) country[1], CountryRole.ANY);
			Timing.Samples samples = Timing.time(settings.warmups(), settings.runs(),
					() -> service.events(filter, firstPage));
			ObjectNode node = samples.json(out.putObject("first_page_" + country[0]));
			node.put("actor_id", (Long) country[1]);
			node.put("rows", service.events(filter, firstPage).getNumberOfElements());
			node.put("service", "MeasureService.events");
		}
	}

}
