package org.sanctionstracker.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test that takes much longer than most: {@link RunningApp} lends it a browser
 * lane before the others, so that the lanes end together instead of one lane running a
 * long test that began last while the other stands idle.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RunsLong {

}
