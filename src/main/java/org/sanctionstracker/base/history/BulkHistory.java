package org.sanctionstracker.base.history;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.sanctionstracker.base.BulkWrite;
import org.sanctionstracker.base.PlannerStatistics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The history of records written in bulk (a streamed import, which publishes
 * {@link BulkWrite}): the same audit rows Hibernate Envers writes, in the same one
 * revision of the transaction, but written just before the commit with one
 * {@code insert … select} per audit table instead of one work unit per record held in
 * memory until the commit. See {@code docs/decisions/0019}, "History of a bulk import".
 *
 * <p>
 * When a transaction announces a bulk write, the largest id of every audited table is
 * noted (its mark). A record whose id is above its table's mark was created by this
 * transaction (or by one that committed since, which wrote its own audit rows); Envers'
 * listeners ({@link HistoryListeners}) leave such records and their collections to this
 * class, which at commit copies their final state as created ({@code revtype} 0), as
 * Envers does for a record created and changed in one transaction. A new record whose
 * parent has a collection of it (an event of a measure, a member of a coalition) and was
 * there before the import is left to Envers, which also records the parent as changed.
 * Records that were there before (changed by the import) go through Envers as always.
 */
@Component
public class BulkHistory {

	private static final String MARKS = BulkHistory.class.getName() + ".marks";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final PlannerStatistics statistics;

	private volatile Plan plan;

	BulkHistory(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.statistics = new PlannerStatistics(this.jdbc);
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Notes the marks of the current transaction, which is about to write in bulk, and
	 * writes the audit rows of what it creates just before it commits.
	 */
	@EventListener(BulkWrite.class)
	public void bulkWrite() {
		if (!HistoryListeners.registered || !TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(MARKS)) {
			return;
		}
		Plan plan = plan();
		Map<String, Long> marks = new HashMap<>();
		plan.entities.values()
			.forEach((entity) -> marks.put(entity.name,
					this.jdbc.queryForObject("select coalesce(max(id), 0) from " + entity.table, Long.class)));
		Marks bound = new Marks(plan, marks);
		TransactionSynchronizationManager.bindResource(MARKS, bound);
		TransactionSynchronizationManager.registerSynchronization(bound);
	}

	/**
	 * Whether Envers leaves a record to the bulk history of the current transaction.
	 * @param persister the record's entity
	 * @param entity the record
	 * @param id its id
	 * @param session the session
	 * @return {@code true} when this class writes its audit rows
	 */
	static boolean leaves(EntityPersister persister, Object entity, Object id,
			SharedSessionContractImplementor session) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !(TransactionSynchronizationManager.getResource(MARKS) instanceof Marks marks)) {
			return false;
		}
		return marks.leaves(persister, entity, id, session);
	}

	/**
	 * On PostgreSQL, brings the planner's statistics of every audited table and its
	 * collection tables up to date within the current transaction, for a bulk writer
	 * whose tables grow by hundreds of thousands of rows in it. PostgreSQL checks each
	 * foreign key of an inserted row with a plan it made once and keeps; made while the
	 * statistics still said the referenced table was empty, that plan scans the whole
	 * table for every row. ANALYZE counts the transaction's own rows and makes PostgreSQL
	 * plan again. Does nothing on H2, which plans by its indexes.
	 */
	public void refreshStatistics() {
		for (AuditedEntity entity : plan().entities.values()) {
			this.statistics.analyze(entity.table);
			entity.collections.forEach((collection) -> this.statistics.analyze(collection.table));
		}
	}

	private Plan plan() {
		Plan found = this.plan;
		if (found == null) {
			found = Plan.of(this.entityManagerFactory.getObject().unwrap(SessionFactoryImplementor.class),
					this.jdbc.getDataSource());
			this.plan = found;
		}
		return found;
	}

	/**
	 * The marks of one transaction, and its writing of the audit rows before it commits.
	 */
	private final class Marks implements TransactionSynchronization {

		private final Plan plan;

		private final Map<String, Long> marks;

		Marks(Plan plan, Map<String, Long> marks) {
			this.plan = plan;
			this.marks = marks;
		}

		boolean leaves(EntityPersister persister, Object entity, Object id, SharedSessionContractImplementor session) {
			AuditedEntity audited = this.plan.entities.get(persister.getEntityName());
			if (audited == null || !(id instanceof Long value) || value <= this.marks.get(audited.name)) {
				return false;
			}
			for (Parent parent : audited.parents) {
				Object owner = (entity != null) ? persister.getValue(entity, parent.index) : null;
				if (owner != null) {
					LazyInitializer proxy = HibernateProxy.extractLazyInitializer(owner);
					Object ownerId = (proxy != null) ? proxy.getInternalIdentifier()
							: session.getFactory()
								.getMappingMetamodel()
								.getEntityDescriptor(parent.entity)
								.getIdentifier(owner, session);
					if (ownerId instanceof Long ownerValue && ownerValue <= this.marks.get(parent.entity)) {
						return false;
					}
				}
			}
			return true;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			EntityManagerFactory factory = BulkHistory.this.entityManagerFactory.getObject();
			EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
			entityManager.flush();
			if (this.plan.entities.values()
				.stream()
				.noneMatch((entity) -> BulkHistory.this.jdbc.queryForObject(
						"select min(id) from " + entity.table + " where id > ?", Long.class,
						this.marks.get(entity.name)) != null)) {
				// nothing created: no revision, as Envers makes none for a transaction
				// that changed nothing it audits
				return;
			}
			Revision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
			entityManager.flush();
			long rev = revision.getId();
			for (AuditedEntity entity : this.plan.entities.values()) {
				String created = created(entity, "o");
				// the not exists of created() on tables this transaction filled: without
				// fresh statistics PostgreSQL scanned the audit table per record
				BulkHistory.this.statistics.analyze(entity.table, entity.table + "_aud");
				BulkHistory.this.jdbc.update(
						"insert into " + entity.table + "_aud (" + entity.columns + ", rev, revtype) select "
								+ prefixed("o", entity.columns) + ", ?, 0 from " + entity.table + " o where " + created,
						rev, rev);
				// the collections' inserts ask the audit table just filled whether a
				// record is new: its statistics must know it is no longer nearly empty
				BulkHistory.this.statistics.analyze(entity.table + "_aud");
				for (AuditedCollection collection : entity.collections) {
					BulkHistory.this.statistics.analyze(collection.table);
					BulkHistory.this.jdbc.update("insert into " + collection.table + "_aud (" + collection.columns
							+ ", rev, revtype) select " + prefixed("c", collection.columns) + ", ?, 0 from "
							+ collection.table + " c join " + entity.table + " o on o.id = c." + collection.key
							+ " where " + created, rev, rev);
				}
			}
		}

		/**
		 * Which rows of an entity's table (aliased) this transaction created and leaves
		 * to this class: the SQL of {@link #leaves}, with the one revision as parameter.
		 */
		private String created(AuditedEntity entity, String alias) {
			StringBuilder where = new StringBuilder(alias + ".id > " + this.marks.get(entity.name));
			for (Parent parent : entity.parents) {
				where.append(" and (" + alias + "." + parent.column + " is null or " + alias + "." + parent.column
						+ " > " + this.marks.get(parent.entity) + ")");
			}
			where.append(" and not exists (select 1 from " + entity.table + "_aud a where a.id = " + alias
					+ ".id and a.rev <> ?)");
			return where.toString();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(MARKS);
		}

	}

	private static String prefixed(String alias, String columns) {
		return List.of(columns.split(", ")).stream().map((c) -> alias + "." + c).collect(Collectors.joining(", "));
	}

	/** What the bulk history writes: the audited entities with a table of their own. */
	private record Plan(Map<String, AuditedEntity> entities) {

		static Plan of(SessionFactoryImplementor factory, DataSource dataSource) {
			Map<String, AuditedEntity> entities = new LinkedHashMap<>();
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				DatabaseMetaData metadata = connection.getMetaData();
				factory.getMappingMetamodel().forEachEntityDescriptor((persister) -> {
					if (!(persister instanceof AbstractEntityPersister entity)
							|| persister.getIdentifierType().getReturnedClass() != Long.class) {
						return;
					}
					String table = entity.getTableName().toLowerCase(Locale.ROOT);
					List<String> columns = auditColumns(metadata, table);
					if (columns != null) {
						entities.put(persister.getEntityName(), new AuditedEntity(persister.getEntityName(), table,
								String.join(", ", columns), new ArrayList<>(), new ArrayList<>()));
					}
				});
				factory.getMappingMetamodel().forEachCollectionDescriptor((collection) -> {
					AuditedEntity owner = entities.get(collection.getOwnerEntityPersister().getEntityName());
					if (owner == null) {
						return;
					}
					if (collection.isInverse()) {
						parent(entities, owner, collection);
						return;
					}
					String table = collection.getTableName().toLowerCase(Locale.ROOT);
					List<String> columns = auditColumns(metadata, table);
					if (columns != null && collection instanceof AbstractCollectionPersister persister
							&& persister.getKeyColumnNames().length == 1) {
						owner.collections()
							.add(new AuditedCollection(table, persister.getKeyColumnNames()[0].toLowerCase(Locale.ROOT),
									String.join(", ", columns)));
					}
				});
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read the audit tables", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
			return new Plan(entities);
		}

		/** An inverse one-to-many (a measure's events): the element's parent. */
		private static void parent(Map<String, AuditedEntity> entities, AuditedEntity owner,
				CollectionPersister collection) {
			if (!collection.isOneToMany() || collection.getElementPersister() == null
					|| collection.getMappedByProperty() == null) {
				return;
			}
			AuditedEntity child = entities.get(collection.getElementPersister().getEntityName());
			if (child == null || !(collection.getElementPersister() instanceof AbstractEntityPersister persister)) {
				return;
			}
			String property = collection.getMappedByProperty();
			child.parents()
				.add(new Parent(owner.name(), property, persister.getPropertyIndex(property),
						persister.getPropertyColumnNames(property)[0].toLowerCase(Locale.ROOT)));
		}

		/**
		 * The columns of {@code
		 *
		<table>
		 * _aud} apart from the revision, when all are columns of the table; {@code null}
		 * when there is no such audit table or it has other columns (then Envers writes
		 * it as always).
		 */
		private static List<String> auditColumns(DatabaseMetaData metadata, String table) {
			Set<String> audit = columns(metadata, table + "_aud");
			if (audit.isEmpty()) {
				return null;
			}
			audit.remove("rev");
			audit.remove("revtype");
			Set<String> base = columns(metadata, table);
			return base.containsAll(audit) ? List.copyOf(audit) : null;
		}

		private static Set<String> columns(DatabaseMetaData metadata, String table) {
			try {
				return readColumns(metadata, table);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read the columns of " + table, ex);
			}
		}

		private static Set<String> readColumns(DatabaseMetaData metadata, String table) throws SQLException {
			Set<String> columns = new LinkedHashSet<>();
			for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
				try (ResultSet rows = metadata.getColumns(null, null, name, null)) {
					while (rows.next()) {
						String schema = rows.getString("TABLE_SCHEM");
						if (schema == null || schema.equalsIgnoreCase("public")) {
							columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
						}
					}
				}
				if (!columns.isEmpty()) {
					break;
				}
			}
			return columns;
		}

	}

	private record AuditedEntity(String name, String table, String columns, List<AuditedCollection> collections,
			List<Parent> parents) {

	}

	private record AuditedCollection(String table, String key, String columns) {

	}

	/**
	 * A to-one property of an entity whose target has an inverse collection of it.
	 */
	private record Parent(String entity, String property, int index, String column) {

	}

}
