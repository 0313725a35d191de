package org.sanctionstracker.base;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The JPA entity listener that reports every insert, update and delete of any entity to
 * {@link DataChanges}. It is registered for all entities as a default listener in
 * {@code META-INF/orm.xml}; Hibernate creates it through Spring, which injects
 * {@link DataChanges} (absent in test slices that do not need it).
 */
public class DataChangeListener {

	private final ObjectProvider<DataChanges> changes;

	public DataChangeListener(ObjectProvider<DataChanges> changes) {
		this.changes = changes;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		this.changes.ifAvailable(DataChanges::recordChange);
	}

}
