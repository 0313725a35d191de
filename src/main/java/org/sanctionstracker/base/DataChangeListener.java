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

	private volatile DataChanges resolved;

	public DataChangeListener(ObjectProvider<DataChanges> changes) {
		this.changes = changes;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		DataChanges found = this.resolved;
		if (found == null) {
			// looked up once: a lookup per written row cost a bulk import a tenth of its
			// flush
			found = this.changes.getIfAvailable();
			this.resolved = found;
		}
		if (found != null) {
			found.recordChange();
		}
	}

}
