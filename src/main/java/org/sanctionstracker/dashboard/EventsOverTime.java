package org.sanctionstracker.dashboard;

import java.util.List;

/**
 * Lifecycle events per period, imposer and kind: who imposed (relaxed, lifted …) what and
 * when.
 *
 * @param axis the periods charted, or {@code null} when no dated event matches
 * @param counts one row per period, imposer and kind that has events
 * @param undated matching events whose date is unknown (not charted)
 * @param yearOnly matching events dated only to a year, not charted on a monthly axis
 */
public record EventsOverTime(PeriodAxis axis, List<EventCount> counts, long undated, long yearOnly) {

}
