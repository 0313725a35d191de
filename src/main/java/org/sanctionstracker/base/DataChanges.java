package org.sanctionstracker.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Knows when the domain data last changed, so that derived results (the dashboard's
 * aggregates) can be cached safely. A counter in the database ({@code data_generation})
 * goes up after every committed transaction that inserted, updated or deleted an entity
 * ({@link DataChangeListener} reports them); every application instance sharing the
 * database reads the same counter. A transaction that has changed data but not yet
 * committed is "dirty": inside it, caches must not be used.
 *
 * <p>
 * Code that changes the domain tables without going through JPA entities (bulk SQL) must
 * call {@link #recordChange()} itself.
 */
@Component
public class DataChanges {

	private static final Logger log = LoggerFactory.getLogger(DataChanges.class);

	private static final String DIRTY = DataChanges.class.getName() + ".dirty";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DataChanges(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * The current generation of the data.
	 * @return a number that is different after any committed change
	 */
	public long generation() {
		return this.jdbc.sql("select generation from data_generation where id = 1").query(Long.class).single();
	}

	/**
	 * Whether the current transaction has changed data it has not committed yet.
	 * @return {@code true} inside such a transaction
	 */
	public boolean inDirtyTransaction() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.hasResource(DIRTY);
	}

	/**
	 * Records that data changed: at once outside a transaction, else once the current
	 * transaction commits (a rolled-back change changes nothing).
	 */
	public void recordChange() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			bump();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(DIRTY)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(DIRTY, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DIRTY);
				if (status == STATUS_COMMITTED) {
					bump();
				}
			}

		});
	}

	/**
	 * Increments the counter on a connection of its own: the transaction that changed the
	 * data has committed by now.
	 */
	private void bump() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement update = connection
					.prepareStatement("update data_generation set generation = generation + 1 where id = 1")) {
			connection.setAutoCommit(true);
			update.executeUpdate();
		}
		catch (SQLException ex) {
			// caches keyed by the old generation would now serve stale results
			log.error("Could not record a data change; cached dashboard results may be stale", ex);
			throw new IllegalStateException("Could not record a data change", ex);
		}
	}

}
