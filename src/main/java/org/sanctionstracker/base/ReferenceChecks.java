package org.sanctionstracker.base;

import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses to delete a record that other records still reference, naming them. Each
 * feature whose records point at other features' records answers for its own records
 * ({@link ReferenceCheck}); the feature that owns the record asks them all here, so it
 * needs to know none of them.
 */
@Component
public class ReferenceChecks {

	private final ObjectProvider<ReferenceCheck> checks;

	private final EntityManager entityManager;

	/**
	 * @param checks every feature's check, asked in their {@code @Order}
	 * @param entityManager runs the checks' queries
	 */
	ReferenceChecks(ObjectProvider<ReferenceCheck> checks, EntityManager entityManager) {
		this.checks = checks;
		this.entityManager = entityManager;
	}

	/**
	 * Refuses a delete while any record references the record.
	 * @param what the record, e.g. {@code The actor "Japan"}
	 * @param record the entity about to be deleted
	 * @throws RecordInUseException naming what still references the record
	 */
	public void refuseIfReferenced(String what, Object record) {
		Referrers.Finder find = (singular, plural, label, from) -> Referrers.find(this.entityManager, singular, plural,
				label, from, record);
		String present = this.checks.orderedStream()
			.flatMap((check) -> check.referrersOf(record, find).stream())
			.filter((referrers) -> referrers.count() > 0)
			.map(Referrers::describe)
			.collect(Collectors.joining("; "));
		if (!present.isEmpty()) {
			throw new RecordInUseException(
					what + " cannot be deleted: it is referenced by " + present + ". Change or delete those first.");
		}
	}

}
