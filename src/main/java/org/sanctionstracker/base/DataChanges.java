package org.sanctionstracker.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
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

	private static final String INCREMENT = "update data_generation set generation = generation + 1 where id = 1";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final Executor late = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "data-changes");
		thread.setDaemon(true);
		return thread;
	});

	DataChanges(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		this.dataSource = dataSource;
		this.entityManagerFactory = entityManagerFactory;
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
	 * Records that data changed: at once outside a transaction, else as part of the
	 * current transaction, so the counter goes up exactly when the change commits (a
	 * rolled-back change changes nothing).
	 *
	 * <p>
	 * The counter is raised just before the commit, on the transaction's own connection,
	 * after flushing what the transaction still holds in memory: so no writing thread
	 * ever waits for a second pooled connection while holding one (with as many busy
	 * writers as pooled connections that wait would never end), and the counter's row is
	 * locked only for the moment of the commit. A change first reported during the commit
	 * itself gets its counter raised right after the commit, from another thread.
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

			private boolean raised;

			@Override
			public void beforeCommit(boolean readOnly) {
				EntityManagerFactory factory = DataChanges.this.entityManagerFactory.getIfAvailable();
				EntityManager entityManager = (factory != null)
						? EntityManagerFactoryUtils.getTransactionalEntityManager(factory) : null;
				if (entityManager != null) {
					entityManager.flush();
				}
				DataChanges.this.jdbc.sql(INCREMENT).update();
				this.raised = true;
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DIRTY);
				if (status == STATUS_COMMITTED && !this.raised) {
					DataChanges.this.late.execute(DataChanges.this::bump);
				}
			}

		});
	}

	/**
	 * Increments the counter on a connection of its own, outside any transaction.
	 */
	private void bump() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement update = connection.prepareStatement(INCREMENT)) {
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
