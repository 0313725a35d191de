package org.sanctionstracker.source;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The persistence contract on H2, the default database (in memory here, file mode in the
 * app).
 */
@DataJpaTest
class SourceDocumentPersistenceH2Tests extends SourceDocumentPersistenceContract {

}
