package org.sanctionstracker.dashboard;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.sanctionstracker.enforcement.EnforcementAction;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureEvent;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The JPA entity listener that reports every written measure, lifecycle event and
 * enforcement action to the {@link ReadModel}, whichever code wrote it. It is registered
 * for all entities in {@code META-INF/orm.xml}; Hibernate creates it through Spring,
 * which injects the read model (absent in test slices that do not need it).
 */
public class ReadModelListener {

	private final ObjectProvider<ReadModel> readModel;

	private volatile ReadModel resolved;

	public ReadModelListener(ObjectProvider<ReadModel> readModel) {
		this.readModel = readModel;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		if (!(entity instanceof Measure || entity instanceof MeasureEvent || entity instanceof EnforcementAction)) {
			return;
		}
		ReadModel model = this.resolved;
		if (model == null) {
			// looked up once, not per written row (a bulk import writes hundreds of
			// thousands)
			model = this.readModel.getIfAvailable();
			this.resolved = model;
		}
		if (model == null) {
			return;
		}
		if (entity instanceof Measure measure) {
			model.measureChanged(measure.getId());
		}
		else if (entity instanceof MeasureEvent event && event.getMeasure() != null) {
			model.measureChanged(event.getMeasure().getId());
		}
		else if (entity instanceof EnforcementAction action) {
			model.actionChanged(action.getId());
		}
	}

}
