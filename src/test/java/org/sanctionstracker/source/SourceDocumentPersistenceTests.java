package org.sanctionstracker.source;

import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The source-document persistence contract on the embedded H2 database, and on PostgreSQL
 * in the {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@DataJpaTest
@AlsoOnPostgres
class SourceDocumentPersistenceTests extends SourceDocumentPersistenceContract {

}
