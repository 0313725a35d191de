package org.sanctionstracker.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed reader of large import files ({@link ImportStream}) on its own: it hands
 * out the records a batch at a time and never holds more than a batch (plus the events of
 * the record that filled it), wherever the file is cut; it reports a part out of the
 * export's order and a file that is not JSON, as the in-memory reader words it.
 */
class ImportStreamReaderTests {

	@Test
	void a_file_of_many_records_is_read_a_batch_at_a_time() {
		StringBuilder json = new StringBuilder("{\"format\": \"" + InterchangeJson.FORMAT + "\", \"version\": "
				+ InterchangeJson.VERSION + ", \"actors\": [");
		for (int i = 0; i < 1_000; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"key\": \"a-%d\", \"name\": \"Actor %d\", \"kind\": \"STATE\"}".formatted(i, i));
		}
		json.append("], \"measures\": [");
		for (int i = 0; i < 300; i++) {
			json.append((i > 0) ? "," : "")
				.append(("{\"key\": \"m-%d\", \"imposer\": \"a-1\", \"target\": \"a-2\", \"type\": \"OTHER\", \"title\": \"M\","
						+ " \"events\": [{\"key\": \"m-%d-a\", \"kind\": \"IMPOSED\", \"date\": \"2005\"},"
						+ " {\"key\": \"m-%d-b\", \"kind\": \"LIFTED\", \"date\": \"2006\"}]}")
					.formatted(i, i, i));
		}
		json.append("]}");
		List<Integer> sizes = new ArrayList<>();
		int actors = 0;
		int measures = 0;
		try (ImportStream stream = new ImportStream(
				new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), 50, (bytes) -> {
				})) {
			ImportFile batch;
			while ((batch = stream.next()) != null) {
				assertThat(batch.issues).isEmpty();
				sizes.add(batch.recordCount());
				actors += batch.actors.size();
				measures += batch.measures.size();
			}
			assertThat(stream.mostHeld()).isEqualTo(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow());
		}
		assertThat(actors).isEqualTo(1_000);
		assertThat(measures).isEqualTo(300);
		// a measure holds three records (itself and two events): a batch ends at 50 or 51
		assertThat(sizes.subList(0, sizes.size() - 1)).allSatisfy((size) -> assertThat(size).isBetween(50, 52));
		assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000 + 300 * 3);
	}

	@Test
	void a_part_out_of_the_exports_order_and_a_broken_file_are_reported() {
		String json = "{\"measures\": [], \"actors\": [{\"key\": \"a\", \"name\": \"A\", \"kind\": \"STATE\"}], \"oops\": 1, ";
		List<ImportIssue> issues = new ArrayList<>();
		try (ImportStream stream = new ImportStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 50,
				(bytes) -> {
				})) {
			ImportFile batch;
			while ((batch = stream.next()) != null) {
				issues.addAll(batch.issues);
				assertThat(batch.actors).isEmpty();
			}
		}
		assertThat(issues).extracting(ImportIssue::location).containsExactly("$.actors", "$.oops", "file");
		assertThat(issues.get(0).reason()).contains("comes after measures").contains("the export's order");
		assertThat(issues.get(2).reason()).startsWith("the file is not valid JSON");
	}

}
