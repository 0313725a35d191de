package org.sanctionstracker.base;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports, once at start-up, records stored before the date range of
 * {@link PlausibleDates} was enforced that lie outside it (a year 1 typed as "0000", a
 * step dated in the future): each is named in the log with its table, id and date, so an
 * editor can correct it. Nothing is changed and start-up goes on; such a record cannot be
 * saved again until its date is corrected. See {@code docs/decisions/0009-date-range.md}.
 */
@Component
class DateRangeReport {

	private static final Logger log = LoggerFactory.getLogger(DateRangeReport.class);

	/** The dated columns of every record kind: table, first-day column. */
	private static final List<String[]> COLUMNS = List.of(new String[] { "measure_event", "date_from" },
			new String[] { "enforcement_action", "date_from" }, new String[] { "figure", "date_from" },
			new String[] { "coalition_membership", "joined_from" },
			new String[] { "coalition_membership", "left_from" }, new String[] { "source_document", "published_from" });

	private static final int SHOWN = 50;

	private final JdbcClient jdbc;

	DateRangeReport(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		LocalDate today = PlausibleDates.today();
		for (String[] column : COLUMNS) {
			String where = " where " + column[1] + " < :earliest or " + column[1] + " > :today";
			long count = this.jdbc.sql("select count(*) from " + column[0] + where)
				.param("earliest", PlausibleDates.EARLIEST)
				.param("today", today)
				.query(Long.class)
				.single();
			if (count == 0) {
				continue;
			}
			List<String> rows = this.jdbc
				.sql("select id, " + column[1] + " as day from " + column[0] + where + " order by id fetch first "
						+ SHOWN + " rows only")
				.param("earliest", PlausibleDates.EARLIEST)
				.param("today", today)
				.query((rs, row) -> "id " + rs.getLong("id") + " (" + rs.getDate("day") + ")")
				.list();
			log.warn("{} row(s) of {} have a {} outside {} .. {}, which can no longer be entered; correct them: {}{}",
					count, column[0], column[1], PlausibleDates.EARLIEST, today, String.join(", ", rows),
					(count > SHOWN) ? " …" : "");
		}
	}

}
