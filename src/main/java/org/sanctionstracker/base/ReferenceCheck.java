package org.sanctionstracker.base;

import java.util.List;

/**
 * Implemented by a feature whose records point at records of other features: says which
 * of its records reference a record about to be deleted, so the owning feature can refuse
 * the delete without knowing the features that depend on it ({@link ReferenceChecks}).
 * <p>
 * An implementation is a Spring bean with an
 * {@link org.springframework.core.annotation.Order} that fixes where its records stand in
 * the refusal: 10 actors, 20 coalitions and their memberships (as citing records), 30
 * measures and their lifecycle events, 35 coalition memberships (as members), 40
 * enforcement actions, 50 figures.
 */
public interface ReferenceCheck {

	/**
	 * This feature's records that reference a record.
	 * @param record the entity about to be deleted, of any feature
	 * @param find runs a query of this feature's records against the record
	 * @return one entry per kind of referencing record, those with none left out or
	 * empty; an empty list when this feature does not reference such records
	 */
	List<Referrers> referrersOf(Object record, Referrers.Finder find);

}
