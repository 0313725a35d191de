package org.sanctionstracker.dashboard;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard's read model: each measure's status spans (computed by
 * {@code measure/Lifecycle.spans}) and the rollups the dashboard reads (events, measures
 * in force, measures, enforcement actions per period, actor and kind, in slices by
 * target, type, coalition and event kind). Tables in
 * {@code db/migration/V16__read_model.sql}.
 *
 * <p>
 * It is kept up to date in the transaction of every change, whatever made it: the JPA
 * listener {@link ReadModelListener} reports each measure, lifecycle event and
 * enforcement action written (by a form, the importer, the seed loader), and just before
 * the transaction commits the measures and actions it reported are refreshed
 * ({@link ReadModelUpdate#refresh}) under a lock that makes concurrent writers take
 * turns. Code that writes those tables with plain SQL (the synthetic data generator)
 * calls {@link #rebuild} or {@link ReadModelUpdate} itself. Readers inside a transaction
 * that changed data call {@link #catchUp} first, so that they see their own changes.
 */
@Component
public class ReadModel {

	private static final String PENDING = ReadModel.class.getName() + ".pending";

	/**
	 * From how many changed measures and actions on a transaction recomputes the whole
	 * read model rather than refreshing them one chunk at a time, as a share of the
	 * records: a refresh costs a few times what a recomputation costs per record (it
	 * takes out what was counted before adding, and names its records in lists), so
	 * beyond a quarter of the records the recomputation is the cheaper of the two. Both
	 * are the same code ({@link ReadModelUpdate}), with the same result.
	 */
	static final int REBUILD_SHARE = 4;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	ReadModel(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Records that a measure or its lifecycle changed (or the measure was deleted).
	 * @param measureId the measure
	 */
	void measureChanged(Long measureId) {
		if (measureId == null) {
			return;
		}
		Pending pending = pending();
		if (pending != null) {
			pending.note(pending.measures, measureId);
		}
		else {
			refresh(List.of(measureId), List.of());
		}
	}

	/**
	 * Records that an enforcement action changed or was deleted.
	 * @param actionId the action
	 */
	void actionChanged(Long actionId) {
		if (actionId == null) {
			return;
		}
		Pending pending = pending();
		if (pending != null) {
			pending.note(pending.actions, actionId);
		}
		else {
			refresh(List.of(), List.of(actionId));
		}
	}

	/**
	 * Brings the read model up to date with the changes the current transaction has made
	 * so far, so that it reads its own writes. Does nothing when it has made none.
	 */
	public void catchUp() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(PENDING) instanceof Pending pending) {
			pending.apply();
		}
	}

	/**
	 * Computes the whole read model from the records, in the current transaction.
	 */
	public void rebuild() {
		ReadModelUpdate update = new ReadModelUpdate(this.jdbc);
		update.lock();
		update.rebuild();
	}

	/**
	 * Computes the whole read model from the records on a connection, for code that
	 * writes the records with plain SQL (the synthetic data generator); the caller
	 * commits.
	 * @param connection the connection
	 */
	public static void rebuild(Connection connection) {
		ReadModelUpdate update = new ReadModelUpdate(
				new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		update.lock();
		update.rebuild();
	}

	/** The current transaction's pending changes, or {@code null} outside one. */
	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		if (TransactionSynchronizationManager.getResource(PENDING) instanceof Pending pending) {
			return pending;
		}
		Pending pending = new Pending();
		TransactionSynchronizationManager.bindResource(PENDING, pending);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private void refresh(List<Long> measureIds, List<Long> actionIds) {
		ReadModelUpdate update = new ReadModelUpdate(this.jdbc);
		update.lock();
		update.refresh(measureIds, actionIds);
	}

	/**
	 * What a transaction changed and has not yet brought into the read model.
	 */
	private class Pending implements TransactionSynchronization {

		final Set<Long> measures = new LinkedHashSet<>();

		final Set<Long> actions = new LinkedHashSet<>();

		/** Whether to recompute everything rather than refresh what changed. */
		boolean rebuild;

		/** The records the read model counted, once asked ({@link #manyChanged}). */
		private Long counted;

		/**
		 * Notes a changed measure or action. Once so many are noted that recomputing
		 * everything is the cheaper ({@link #manyChanged}), it stops noting them, so that
		 * a bulk import's ids do not pile up in memory: a thousand ids at most, or a
		 * quarter of the records.
		 */
		void note(Set<Long> ids, Long id) {
			if (this.rebuild || !ids.add(id)) {
				return;
			}
			if ((this.measures.size() + this.actions.size()) % ReadModelUpdate.CHUNK == 0 && manyChanged()) {
				this.rebuild = true;
				this.measures.clear();
				this.actions.clear();
			}
		}

		/** Flushes the transaction's entities, then refreshes what they changed. */
		void apply() {
			EntityManagerFactory factory = ReadModel.this.entityManagerFactory.getIfAvailable();
			EntityManager entityManager = (factory != null)
					? EntityManagerFactoryUtils.getTransactionalEntityManager(factory) : null;
			if (entityManager != null) {
				entityManager.flush();
			}
			refresh();
		}

		void refresh() {
			if (this.rebuild || manyChanged()) {
				this.rebuild = false;
				this.measures.clear();
				this.actions.clear();
				this.counted = null;
				ReadModel.this.rebuild();
				return;
			}
			while (!this.measures.isEmpty() || !this.actions.isEmpty()) {
				List<Long> measureIds = List.copyOf(this.measures);
				List<Long> actionIds = List.copyOf(this.actions);
				this.measures.clear();
				this.actions.clear();
				this.counted = null;
				ReadModel.this.refresh(measureIds, actionIds);
			}
		}

		/**
		 * Whether so many records changed ({@link #REBUILD_SHARE}) that recomputing
		 * everything is cheaper than refreshing them (a bulk import).
		 */
		private boolean manyChanged() {
			int changed = this.measures.size() + this.actions.size();
			if (changed < ReadModelUpdate.CHUNK) {
				return false;
			}
			if (this.counted == null) {
				Long records = ReadModel.this.jdbc.queryForObject(
						"select (select count(*) from counted_measure) + (select count(*) from counted_enforcement)"
								+ " from data_generation where id = 1",
						Long.class);
				this.counted = (records != null) ? records : 0;
			}
			return (long) changed * REBUILD_SHARE >= this.counted;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			apply();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
		}

		@Override
		public int getOrder() {
			// before base/DataChanges raises the data generation on the same row
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
