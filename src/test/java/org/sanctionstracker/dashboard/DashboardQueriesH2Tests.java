package org.sanctionstracker.dashboard;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The dashboard aggregates on the embedded H2 database.
 */
@DataJpaTest
class DashboardQueriesH2Tests extends DashboardQueriesContract {

}
