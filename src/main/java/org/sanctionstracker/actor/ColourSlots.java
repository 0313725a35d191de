package org.sanctionstracker.actor;

/**
 * The rule that gives each actor its colour for ever: when an actor is created it takes
 * the colour slot fewest actors have (the lowest such slot on a tie), and keeps it. The
 * charts draw an actor in its slot's colour (light or dark shade by theme), so adding,
 * importing or filtering data never re-colours an actor that is already there, and the
 * first {@link #COUNT} actors all differ.
 *
 * <p>
 * Every way an actor is created calls this rule: entities saved through JPA (forms,
 * import, seed loader) through {@link ColourSlot}, and the synthetic-data generator,
 * which writes rows with JDBC, directly. Existing actors got slots in the order they were
 * created ({@code V13__actor_colour_slot.sql}), which is what this rule gives when
 * nothing has been deleted.
 */
public final class ColourSlots {

	/** How many slots there are: the chart palette has a colour for each. */
	public static final int COUNT = 24;

	private ColourSlots() {
	}

	/**
	 * The slot a new actor takes.
	 * @param usage how many actors have each slot, indexed by slot ({@link #COUNT} long)
	 * @return the least used slot, the lowest on a tie
	 */
	public static int next(long[] usage) {
		if (usage.length != COUNT) {
			throw new IllegalArgumentException("Expected the use of " + COUNT + " slots, not " + usage.length);
		}
		int best = 0;
		for (int slot = 1; slot < COUNT; slot++) {
			if (usage[slot] < usage[best]) {
				best = slot;
			}
		}
		return best;
	}

}
