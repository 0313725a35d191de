package org.sanctionstracker.measure;

import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The domain persistence contract on the embedded H2 database, and on PostgreSQL in the
 * {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@DataJpaTest
@AlsoOnPostgres
class DomainPersistenceTests extends DomainPersistenceContract {

}
