package org.sanctionstracker.dashboard;

import java.time.LocalDate;

/**
 * The headline numbers for a filter.
 *
 * @param measures matching measures
 * @param events matching lifecycle events
 * @param inForce matching measures in force on {@code day}
 * @param uncertain matching measures whose status on {@code day} is uncertain
 * @param day the day {@code inForce} is counted on
 * @param imposers distinct actors that imposed a matching measure
 * @param enforcementActions matching enforcement actions
 * @param figures matching money figures the sources name
 */
public record KeyFigures(long measures, long events, long inForce, long uncertain, LocalDate day, long imposers,
		long enforcementActions, long figures) {

}
