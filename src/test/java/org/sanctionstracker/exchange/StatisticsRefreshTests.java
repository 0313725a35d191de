package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a streamed import refreshes PostgreSQL's statistics ({@code docs/decisions/0019}):
 * each time a kind of record has doubled, counted kind by kind, because a file lists its
 * records kind by kind and a table only starts to fill when its kind's turn comes.
 */
class StatisticsRefreshTests {

	@Test
	void a_file_of_measures_then_events_refreshes_as_each_kind_doubles() {
		long[] read = new long[8];
		long[] refreshed = new long[8];
		List<Integer> refreshedAfter = new ArrayList<>();
		// 16 batches of 1,000 measures, then 64 batches of 1,000 events
		for (int batch = 1; batch <= 80; batch++) {
			ImportFile file = new ImportFile();
			for (int i = 0; i < 1_000; i++) {
				if (batch <= 16) {
					file.measures.add(null);
				}
				else {
					file.events.add(null);
				}
			}
			if (Importer.grewTwofold(file, read, refreshed)) {
				refreshedAfter.add(batch);
				System.arraycopy(read, 0, refreshed, 0, read.length);
			}
		}

		// measures at 1k, 2k, 4k, 8k, 16k; events at 1k, 2k, 4k … 64k, though the
		// batch count was past 16 when the events began
		assertThat(refreshedAfter).containsExactly(1, 2, 4, 8, 16, 17, 18, 20, 24, 32, 48, 80);
		assertThat(read[3]).isEqualTo(16_000);
		assertThat(read[4]).isEqualTo(64_000);
	}

	@Test
	void a_small_file_never_refreshes() {
		ImportFile file = new ImportFile();
		for (int i = 0; i < 499; i++) {
			file.actors.add(null);
		}

		assertThat(Importer.grewTwofold(file, new long[8], new long[8])).isFalse();
	}

}
