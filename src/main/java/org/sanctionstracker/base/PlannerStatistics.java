package org.sanctionstracker.base;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings PostgreSQL's planner statistics of tables up to date within the current
 * transaction, for code that writes many rows in one transaction and then reads them
 * (ANALYZE counts the transaction's own rows). Without it the planner takes a table that
 * has just received a hundred thousand rows for as empty as it was: it joins it by nested
 * loops and checks foreign keys against it with plans that scan it whole, and a bulk
 * import slows down as it goes ({@code docs/decisions/0019}). H2 plans by its indexes:
 * nothing is done there.
 */
public final class PlannerStatistics {

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	/**
	 * Statistics of the database the template writes to.
	 * @param jdbc the template
	 */
	public PlannerStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Analyses the tables, on PostgreSQL only.
	 * @param tables the tables' names
	 */
	public void analyze(String... tables) {
		if (!isPostgres()) {
			return;
		}
		for (String table : tables) {
			this.jdbc.execute("analyze " + table);
		}
	}

	private boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = DatabaseProduct.isPostgres(this.jdbc);
		}
		return this.postgres;
	}

}
