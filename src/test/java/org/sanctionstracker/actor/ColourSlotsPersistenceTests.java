package org.sanctionstracker.actor;

import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The colour-slot contract on the embedded H2 database, and on PostgreSQL in the
 * {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@DataJpaTest
@AlsoOnPostgres
class ColourSlotsPersistenceTests extends ColourSlotsContract {

}
