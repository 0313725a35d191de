package org.sanctionstracker.dashboard;

import java.util.List;

import org.sanctionstracker.actor.ActorRef;

/**
 * A lane of the timeline: the measures of one imposer, coalition or type, summed up as a
 * density strip (how many of them were on their bar in each period of the axis).
 *
 * @param key the lane's key in the address: an actor or coalition id, {@code none} for
 * measures taken within no coalition, a type's name, or {@link #OTHERS}
 * @param label the lane's name
 * @param actor the imposer, for lanes by imposer
 * @param measures how many measures the lane holds
 * @param density per period of the axis, how many of them were imposed and not lifted
 */
public record TimelineLane(String key, String label, ActorRef actor, int measures, List<Integer> density) {

	/** The key of the lane that holds the imposers past the busiest ones. */
	public static final String OTHERS = "others";

}
