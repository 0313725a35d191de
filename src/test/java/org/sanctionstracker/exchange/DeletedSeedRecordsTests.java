package org.sanctionstracker.exchange;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shipped record an analyst deleted stays deleted when the seed dataset is loaded again
 * (on every start), while the rest of the dataset is still complete.
 *
 * <p>
 * It deletes a shipped measure for good, which the other writing tests may look up by its
 * key: it has a database of its own, so that the tests hold in whichever order and test
 * JVM they run.
 */
@TestPropertySource(properties = "tracker.test.database=writes-deleting-seeds")
class DeletedSeedRecordsTests extends WritingTests {

	@Autowired
	MeasureService measures;

	@Autowired
	SeedDatasetLoader loader;

	@Test
	void a_deleted_seeded_measure_is_not_loaded_again() {
		as("erin", "EDITOR");
		Long id = this.jdbc.queryForObject("""
				select min(m.id) from measure m where m.seed_key is not null
				and not exists (select 1 from enforcement_action a where a.measure_id = m.id)
				and not exists (select 1 from figure f where f.measure_id = m.id)""", Long.class);
		String seedKey = this.jdbc.queryForObject("select seed_key from measure where id = ?", String.class, id);
		long events = this.jdbc.queryForObject("select count(*) from measure_event where measure_id = ?", Long.class,
				id);

		this.measures.delete(id, this.measures.draft(id).orElseThrow().getVersion());
		int added = this.loader.load(SeedDatasetLoader.readFiles());

		assertThat(added).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from measure where seed_key = ?", Long.class, seedKey))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from deleted_seed_key where record_table = 'measure_event' and deleted_by = 'erin'",
				Long.class))
			.isGreaterThanOrEqualTo(events);
	}

}
