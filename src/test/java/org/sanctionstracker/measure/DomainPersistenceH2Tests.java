package org.sanctionstracker.measure;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The domain persistence contract on the embedded H2 database.
 */
@DataJpaTest
class DomainPersistenceH2Tests extends DomainPersistenceContract {

}
