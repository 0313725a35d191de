package org.sanctionstracker.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sanctionstracker.base.DataChanges;
import org.sanctionstracker.chronology.ChronologyService;

import org.springframework.context.annotation.Import;

/**
 * The read side's services on a {@code @DataJpaTest} slice: the dashboard with its
 * rollups and the chronology. The query contracts of both carry the same set, so they
 * share one cached Spring context (and, in the postgres-suite, one database) instead of
 * starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ DashboardService.class, AggregateCache.class, DataChanges.class, ReadModel.class, ChronologyService.class })
public @interface ReadSideSlice {

}
