package org.sanctionstracker.dashboard;

import org.sanctionstracker.AlsoOnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The read model equals a full recomputation, whatever writes it saw: on H2, and on
 * PostgreSQL in the {@code postgres-suite} execution ({@link AlsoOnPostgres}).
 */
@SpringBootTest(properties = "tracker.test.database=readmodel")
@AutoConfigureTestDatabase
@AlsoOnPostgres
class ReadModelEqualityTests extends ReadModelEqualityContract {

}
