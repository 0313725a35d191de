package org.sanctionstracker.chronology;

import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The chronology queries on the embedded H2 database, and on PostgreSQL in the
 * {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@DataJpaTest
@AlsoOnPostgres
class ChronologyQueriesTests extends ChronologyQueriesContract {

}
