package org.sanctionstracker.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The dashboard aggregates counted from the status spans and the records alone, as for a
 * filter the rollups cannot answer (free text, a period ending inside a month): the same
 * hand-worked numbers as from the rollups. On H2, and on PostgreSQL in the
 * {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@DataJpaTest
@AlsoOnPostgres
class DashboardQueriesWithoutRollupsTests extends DashboardQueriesContract {

	@BeforeEach
	void countFromSpansAndRecords() {
		this.dashboard.setRollups(false);
	}

	@AfterEach
	void backToRollups() {
		this.dashboard.setRollups(true);
	}

}
