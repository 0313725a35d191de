package org.sanctionstracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose outcome depends on the database: it runs on H2 with the rest
 * of the suite and a second time on PostgreSQL, in the {@code postgres-suite} Surefire
 * execution, which selects exactly the classes carrying tag {@value #TAG}. There every
 * Spring application context gets a fresh database of one embedded PostgreSQL server per
 * test JVM ({@link PostgresTestDatabase}); a test that works below Spring asks
 * {@link PostgresTestDatabase#fresh(String)} for one.
 *
 * <p>
 * Use it for persistence and query contracts ({@code @DataJpaTest}), tests that write
 * through services (constraints, locking, revisions), import and export, the API's
 * queries, the dashboard's and the chronology's SQL, migrations and the seed load. Leave
 * it off browserless view tests, pure unit tests and fuzzing loops: the queries under a
 * view are tested by its feature's tests. Inherited: a subclass of a marked base class
 * (e.g. {@link WritingTests}) is marked too. See
 * {@code docs/decisions/0012-which-tests-run-on-postgresql.md}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(AlsoOnPostgres.TAG)
public @interface AlsoOnPostgres {

	/** The JUnit tag the {@code postgres-suite} execution selects. */
	String TAG = "postgres";

}
