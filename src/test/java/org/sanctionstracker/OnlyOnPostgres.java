package org.sanctionstracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Marks a test class that checks something only PostgreSQL shows (several application
 * instances on one database, PostgreSQL's own transaction behaviour): it runs only in the
 * {@code postgres-suite} Surefire execution (tag {@value #TAG}), which the default
 * execution excludes, and is skipped when the JVM is not switched to PostgreSQL (in an
 * IDE, add {@code -Dtracker.test.database=postgres}). Its Spring contexts get fresh
 * databases of the shared embedded server like those of {@link AlsoOnPostgres} tests;
 * below Spring it asks {@link PostgresTestDatabase#fresh(String)}. Never start an
 * {@code EmbeddedPostgres} of your own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(OnlyOnPostgres.TAG)
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "(?i)postgres",
		disabledReason = "PostgreSQL only: runs in the postgres-suite execution (-Dtracker.test.database=postgres)")
public @interface OnlyOnPostgres {

	/**
	 * The JUnit tag the {@code postgres-suite} execution selects and the default one
	 * excludes.
	 */
	String TAG = "postgres-only";

}
