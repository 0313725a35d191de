package org.sanctionstracker.chronology;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The chronology queries on the embedded H2 database.
 */
@DataJpaTest
class ChronologyQueriesH2Tests extends ChronologyQueriesContract {

}
