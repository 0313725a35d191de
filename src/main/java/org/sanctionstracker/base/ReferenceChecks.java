package org.sanctionstracker.base;

import java.util.stream.Collectors;

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

	/**
	 * @param checks every feature's check, asked in their {@code @Order}
	 */
	ReferenceChecks(ObjectProvider<ReferenceCheck> checks) {
		this.checks = checks;
	}

	/**
	 * Refuses a delete while any record references the record.
	 * @param what the record, e.g. {@code The actor "Japan"}
	 * @param record the entity about to be deleted
	 * @throws RecordInUseException naming what still references the record
	 */
	public void refuseIfReferenced(String what, Object record) {
		String present = this.checks.orderedStream()
			.flatMap((check) -> check.referrersOf(record).stream())
			.filter((referrers) -> referrers.count() > 0)
			.map(Referrers::describe)
			.collect(Collectors.joining("; "));
		if (!present.isEmpty()) {
			throw new RecordInUseException(
					what + " cannot be deleted: it is referenced by " + present + ". Change or delete those first.");
		}
	}

}
