package org.sanctionstracker.actor;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An actor's colour slot on every supported database: given once when the actor is
 * created (the least used slot), kept when the actor changes, and given to the actors of
 * an existing database by the migration in the order they were created. Each database
 * gets a subclass that points the slice at it.
 */
@Transactional
abstract class ColourSlotsContract {

	@Autowired
	ActorRepository repository;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	DataSource dataSource;

	@Test
	void each_new_actor_takes_the_least_used_slot_and_keeps_it() {
		List<Actor> actors = new ArrayList<>();
		for (int n = 0; n < ColourSlots.COUNT + 2; n++) {
			actors.add(this.entityManager.persistAndFlush(new Actor("Actor " + n, ActorKind.GROUPING, null)));
		}
		assertThat(actors).extracting(Actor::getColourSlot)
			.containsExactlyElementsOf(slotsInOrder(ColourSlots.COUNT + 2));

		// a freed slot is the least used one now
		this.entityManager.remove(actors.get(5));
		this.entityManager.flush();
		Actor next = this.entityManager.persistAndFlush(new Actor("Next", ActorKind.GROUPING, null));
		assertThat(next.getColourSlot()).isEqualTo(5);

		// changing an actor leaves its colour alone
		Actor first = actors.get(0);
		first.setName("Renamed");
		first.setDescription("Changed");
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.repository.findById(first.getId()).orElseThrow().getColourSlot()).isZero();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED) // Flyway works on its own
															// connections
	void the_migration_gives_existing_actors_slots_in_the_order_they_were_created() {
		String schema = "colour_migration";
		// quoted, as Flyway names it, so that H2 and PostgreSQL both keep its case
		String table = "\"" + schema + "\".actor";
		Flyway before = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(schema)
			.target("12")
			.cleanDisabled(false)
			.load();
		before.clean();
		before.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		try {
			for (int n = 0; n < ColourSlots.COUNT + 3; n++) {
				jdbc.update("insert into " + table + " (version, name, kind) values (0, ?, 'GROUPING')", "Actor " + n);
			}
			// the second actor was deleted before the upgrade
			jdbc.update("delete from " + table + " where name = 'Actor 1'");

			Flyway.configure().dataSource(this.dataSource).schemas(schema).load().migrate();

			List<Integer> slots = jdbc.queryForList("select colour_slot from " + table + " order by id", Integer.class);
			assertThat(slots).containsExactlyElementsOf(slotsInOrder(ColourSlots.COUNT + 2));
		}
		finally {
			Flyway.configure().dataSource(this.dataSource).schemas(schema).cleanDisabled(false).load().clean();
		}
	}

	/** 0, 1, 2 … up to the last slot, then 0, 1 … again. */
	private static List<Integer> slotsInOrder(int actors) {
		return java.util.stream.IntStream.range(0, actors).map((n) -> n % ColourSlots.COUNT).boxed().toList();
	}

}
