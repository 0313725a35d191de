package org.sanctionstracker.dashboard;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The read model equals a full recomputation on H2, whatever writes it saw.
 */
@SpringBootTest(properties = "tracker.test.database=readmodel")
@AutoConfigureTestDatabase
class ReadModelEqualityH2Tests extends ReadModelEqualityContract {

}
