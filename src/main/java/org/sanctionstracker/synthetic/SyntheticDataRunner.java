package org.sanctionstracker.synthetic;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.StartupTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code synthetic} profile, fills the database with a synthetic dataset on
 * start (once: a database that already holds synthetic data is left alone), for load
 * tests and demonstrations at scale:
 * {@code java -jar target/sanctions-coalition-tracker.jar --spring.profiles.active=synthetic --tracker.synthetic.events=100000 --tracker.synthetic.seed=1}.
 * Done before the web server accepts requests ({@link StartupTask}), after the seed data.
 */
@Component
@Profile("synthetic")
class SyntheticDataRunner implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

	private final SyntheticData data;

	private final long events;

	private final long seed;

	SyntheticDataRunner(DataSource dataSource, @Value("${tracker.synthetic.events:10000}") long events,
			@Value("${tracker.synthetic.seed:1}") long seed) {
		this.data = new SyntheticData(dataSource);
		this.events = events;
		this.seed = seed;
	}

	@Override
	public int getPhase() {
		return SYNTHETIC_DATA;
	}

	@Override
	public void runOnStart() {
		if (this.data.present()) {
			log.info("The database already holds synthetic data; nothing generated");
			return;
		}
		log.info("Generating synthetic data: {} events, seed {}", this.events, this.seed);
		this.data.generate(new SyntheticData.Size(this.events, this.seed));
	}

}
