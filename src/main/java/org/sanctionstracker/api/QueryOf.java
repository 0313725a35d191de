package org.sanctionstracker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link ApiQuery} argument of a handler method with the endpoint whose
 * parameters it reads: the request is checked against them before the method runs
 * ({@link ApiWebConfiguration}), and the OpenAPI description documents them
 * ({@link ApiDocumentation}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface QueryOf {

	ApiEndpoint value();

}
