package org.sanctionstracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says, with the reason, why a test class that starts a Spring application context does
 * not run on PostgreSQL. Every such class must carry {@link AlsoOnPostgres},
 * {@link OnlyOnPostgres} or this annotation ({@code TestConventionTests} checks it), so a
 * test never leaves the PostgreSQL run by oversight. Browserless view tests
 * ({@code SpringBrowserlessTest}) need none of the three: they never run on PostgreSQL.
 * Inherited, like the other two.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface NotOnPostgres {

	/**
	 * Why the outcome does not depend on the database, or where the same queries are
	 * tested on PostgreSQL.
	 * @return the reason, in plain words
	 */
	String value();

}
