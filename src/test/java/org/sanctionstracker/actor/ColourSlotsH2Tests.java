package org.sanctionstracker.actor;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The colour-slot contract on the embedded H2 database.
 */
@DataJpaTest
class ColourSlotsH2Tests extends ColourSlotsContract {

}
