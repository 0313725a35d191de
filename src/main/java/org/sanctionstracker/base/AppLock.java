package org.sanctionstracker.base;

import jakarta.persistence.EntityManager;

/**
 * Serialises start-up work between application instances that share one database: the
 * caller's transaction locks a named row of {@code app_lock} until it commits, so a
 * second instance starting at the same moment waits, then sees what the first one wrote.
 */
public final class AppLock {

	/**
	 * The lock held while start-up data is created: the first administrator, the seed
	 * documents and the seed dataset.
	 */
	public static final String SEED = "seed";

	private AppLock() {
	}

	/**
	 * Locks the named row for the rest of the current transaction.
	 * @param entityManager the entity manager of the current transaction
	 * @param name the lock's name, a row of {@code app_lock}
	 * @throws IllegalStateException when there is no such lock
	 */
	public static void acquire(EntityManager entityManager, String name) {
		var rows = entityManager.createNativeQuery("select name from app_lock where name = ? for update")
			.setParameter(1, name)
			.getResultList();
		if (rows.isEmpty()) {
			throw new IllegalStateException("There is no application lock named '" + name + "'");
		}
	}

}
