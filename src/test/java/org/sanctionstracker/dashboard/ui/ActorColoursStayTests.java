package org.sanctionstracker.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ColourSlots;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.ChartCard;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An actor keeps its colour for ever: adding an actor that outdoes everyone (as adding
 * Australia once re-coloured the EU, the UN Security Council, Russia and China) or
 * filtering the dashboard changes no existing actor's colour in any chart.
 */
class ActorColoursStayTests extends EditingUiTests {

	@Autowired
	ActorService actors;

	@Autowired
	MeasureService measures;

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void adding_a_very_active_actor_or_filtering_recolours_nobody() {
		Map<String, String> before = coloursOnDashboard("");
		assertThat(before).containsKeys("Japan", "South Korea", "United States", "North Korea");

		boolean freeColour = this.jdbc.queryForObject("select count(distinct colour_slot) from actor",
				Long.class) < ColourSlots.COUNT;
		ActorRef newcomer = newActor("Newland Customs Union");
		List<MeasureRef> added = new ArrayList<>();
		try {
			// more measures than anyone in the seed: the most active actor from now on
			for (int n = 0; n < 14; n++) {
				added.add(this.measures.save(portBan(newcomer, "Newland port ban " + n)));
			}

			Map<String, String> after = coloursOnDashboard("");
			assertThat(after).containsKey(newcomer.name());
			before.forEach((actor, colour) -> assertThat(after.get(actor)).as(actor).isEqualTo(colour));
			if (freeColour) {
				assertThat(after.get(newcomer.name())).as("the newcomer takes a colour nobody has")
					.isNotIn(before.values());
			}

			Map<String, String> japan = coloursOnDashboard("?country=JPN&role=imposer");
			assertThat(japan).containsKey("Japan");
			japan.forEach((actor, colour) -> assertThat(colour).as(actor + " filtered").isEqualTo(after.get(actor)));
		}
		finally {
			for (MeasureRef measure : added) {
				this.measures.delete(measure.id(), version("measure", measure.id()));
			}
			this.actors.delete(newcomer.id(), version("actor", newcomer.id()));
		}
	}

	@Test
	void the_seed_actors_each_have_a_colour_of_their_own() {
		Long seedActors = this.jdbc.queryForObject("select count(*) from actor where seed_key is not null", Long.class);
		Long colours = this.jdbc
			.queryForObject("select count(distinct colour_slot) from actor where seed_key is not null", Long.class);
		assertThat(colours).isEqualTo(seedActors).isEqualTo(16L);
	}

	private ActorRef newActor(String name) {
		ActorDraft draft = new ActorDraft();
		draft.setName(name);
		draft.setKind(ActorKind.GROUPING);
		return this.actors.save(draft);
	}

	private MeasureDraft portBan(ActorRef imposer, String title) {
		MeasureDraft draft = new MeasureDraft();
		draft.setImposer(imposer);
		draft.setTarget(actor("PRK"));
		draft.setType(MeasureType.PORT_BAN);
		draft.setTitle(title);
		draft.setFirstEventKind(EventKind.IMPOSED);
		draft.setFirstEventDate(PartialDate.parse("2016-03"));
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/newland-port-ban")));
		return draft;
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	/** Each actor's colour in the dashboard's charts, checking it is the same in all. */
	private Map<String, String> coloursOnDashboard(String query) {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate("", com.vaadin.flow.router.QueryParameters.fromString(query.replaceFirst("^\\?", "")));
		Map<String, String> colours = new LinkedHashMap<>();
		for (ChartCard card : List.<ChartCard>of($(EventsCard.class).single(), $(InForceCard.class).single(),
				$(MatrixCard.class).single(), $(EnforcementCard.class).single())) {
			if (card.getChart().getConfiguration() == null) {
				continue;
			}
			JsonNode config = JsonMapper.shared().readTree(card.getChart().getConfiguration());
			for (JsonNode dataset : config.at("/data/datasets")) {
				String label = dataset.path("label").asString();
				if (label.endsWith("incl. uncertain") || label.startsWith("Other ")) {
					continue;
				}
				JsonNode border = dataset.path("borderColor");
				JsonNode colour = (border.isString() && !border.asString().isBlank()) ? border
						: dataset.path("backgroundColor");
				String value = colour.isArray() ? colour.get(0).asString() : colour.asString();
				String previous = colours.putIfAbsent(label, value);
				assertThat(value).as(label + " in " + card.getTitle()).isEqualTo((previous != null) ? previous : value);
			}
		}
		return colours;
	}

}
