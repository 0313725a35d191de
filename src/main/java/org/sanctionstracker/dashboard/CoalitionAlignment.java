package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.sanctionstracker.coalition.CoalitionRef;

/**
 * Which members of a coalition had which measure types in force on a day.
 *
 * @param coalition the coalition
 * @param day the day
 * @param members its members that day (joined on or before it, not yet left), by name
 * @param cells one per member and measure type with a measure in force or uncertain
 */
public record CoalitionAlignment(CoalitionRef coalition, LocalDate day, List<AlignmentMember> members,
		List<AlignmentCell> cells) {

}
