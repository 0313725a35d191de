package org.sanctionstracker.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that picks a new actor's colour slot.
 */
class ColourSlotsTests {

	@Test
	void a_new_actor_takes_the_least_used_slot_the_lowest_on_a_tie() {
		long[] usage = new long[ColourSlots.COUNT];
		assertThat(ColourSlots.next(usage)).isZero();
		usage[0] = 1;
		assertThat(ColourSlots.next(usage)).isEqualTo(1);
		java.util.Arrays.fill(usage, 2);
		usage[9] = 1;
		usage[4] = 1;
		assertThat(ColourSlots.next(usage)).isEqualTo(4);
	}

}
