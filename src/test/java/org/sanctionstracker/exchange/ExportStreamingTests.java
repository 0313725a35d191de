package org.sanctionstracker.exchange;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export of several pages streams: with three and a half pages of generated events
 * (3,500), every byte is written while no transaction (and so no persistence context) is
 * open, the records having been read page by page (the last page a partial one), and the
 * file holds every event. The same file then imports back as that many new events in one
 * commit. Rates are logged for the record ({@code ExportStreamingTests} in the test log);
 * throughput at 10,000 to 1,000,000 events is the benchmark's (src/bench, export and
 * import sections), not this test's.
 */
@SpringBootTest(properties = "tracker.test.database=import")
@AutoConfigureTestDatabase
@WithMockUser(roles = "EDITOR")
@AlsoOnPostgres
class ExportStreamingTests {

	private static final Logger log = LoggerFactory.getLogger(ExportStreamingTests.class);

	/**
	 * Three full pages and a partial one: enough to prove paging, the last page included.
	 */
	private static final int GENERATED = 3 * ExportService.PAGE_SIZE + ExportService.PAGE_SIZE / 2;

	@Autowired
	ExportService exports;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeGenerated() {
		deleteGenerated();
	}

	private void deleteGenerated() {
		this.jdbc.update("delete from measure_event_evidence where event_id in"
				+ " (select id from measure_event where seed_key like 'gen-%')");
		this.jdbc.update("delete from measure_event where seed_key like 'gen-%'");
	}

	@Test
	void several_pages_of_events_stream_out_page_by_page_and_import_back() {
		List<Long> measureIds = this.jdbc.queryForList("select id from measure order by id", Long.class);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < GENERATED; i++) {
			rows.add(new Object[] { "gen-" + i, measureIds.get(i % measureIds.size()),
					java.sql.Date.valueOf("2017-01-01").toLocalDate().plusDays(i % 3000), "Generated event " + i });
		}
		this.jdbc.batchUpdate("insert into measure_event (version, seed_key, measure_id, kind, date_from,"
				+ " date_precision, note) values (0, ?, ?, 'CONSIDERED', ?, 'DAY', ?)", rows);
		// each cites a stored passage, as every event must (docs/decisions/0010)
		this.jdbc.update("insert into measure_event_evidence (event_id, evidence_id)"
				+ " select e.id, (select min(id) from evidence where document_id is not null)"
				+ " from measure_event e where e.seed_key like 'gen-%'");
		int total = this.jdbc.queryForObject("select count(*) from measure_event", Integer.class);

		WatchingStream out = new WatchingStream();
		long start = System.nanoTime();
		this.exports.export(ExchangeKind.EVENTS, ExportFormat.CSV, ExportFilter.none(), out);
		double exportSeconds = (System.nanoTime() - start) / 1e9;
		String csv = out.bytes.toString(StandardCharsets.UTF_8);

		assertThat(out.writes).isGreaterThan(GENERATED / ExportService.PAGE_SIZE);
		assertThat(out.writesInTransaction).as("bytes written while a transaction was open").isZero();
		assertThat(csv.lines().filter((line) -> line.contains(",Generated event ")).count()).isEqualTo(GENERATED);
		log.info("Export: {} events as CSV ({} MB) in {} s = {} rows/s", total, csv.length() / 1_000_000,
				String.format("%.2f", exportSeconds), Math.round(total / exportSeconds));

		deleteGenerated();
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		start = System.nanoTime();
		ImportPlan plan = this.imports.preview("events.csv", file, ImportProgress.NONE);
		double previewSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(plan.preview().counts().get(ExchangeKind.EVENTS).get(ImportChange.NEW)).isEqualTo(GENERATED);
		start = System.nanoTime();
		ImportResult result = this.imports.commit(plan, ImportProgress.NONE);
		double commitSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(result.committed()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from measure_event", Integer.class)).isEqualTo(total);
		log.info("Import: {} events from CSV ({} new): preview {} s = {} rows/s, commit {} s = {} rows/s", total,
				GENERATED, String.format("%.2f", previewSeconds), Math.round(total / previewSeconds),
				String.format("%.2f", commitSeconds), Math.round(total / commitSeconds));
	}

	/** Records how often it was written to, and whether a transaction was open then. */
	private static final class WatchingStream extends OutputStream {

		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int writes;

		int writesInTransaction;

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.writes++;
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				this.writesInTransaction++;
			}
			this.bytes.write(b, off, len);
		}

	}

}
