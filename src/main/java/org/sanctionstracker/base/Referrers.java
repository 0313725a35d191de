package org.sanctionstracker.base;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * The records of one kind that reference a record about to be deleted: how many, and the
 * first few by name, e.g. {@code 2 measures ("Port ban", "Entry ban")}.
 *
 * @param singular what one such record is called, e.g. "measure"
 * @param plural what several are called, e.g. "measures"
 * @param count how many there are
 * @param named the display texts of the first few
 */
public record Referrers(String singular, String plural, long count, List<String> named) {

	/** How many referencing records a refusal names before it says "and n more". */
	static final int NAMED = 3;

	/**
	 * Finds the records of one kind that reference the record about to be deleted, in the
	 * referring feature's own entities.
	 */
	@FunctionalInterface
	public interface Finder {

		/**
		 * @param singular what one such record is called, e.g. "measure"
		 * @param plural what several are called, e.g. "measures"
		 * @param label the JPQL expression of a record's display text, e.g.
		 * {@code m.title}
		 * @param from the JPQL {@code from … where …} clause selecting the referencing
		 * records, with the parameter {@code :record} for the record about to be deleted
		 * @return the referencing records (a count of 0 when there are none)
		 */
		Referrers find(String singular, String plural, String label, String from);

	}

	static Referrers find(EntityManager entityManager, String singular, String plural, String label, String from,
			Object record) {
		List<String> labels = entityManager.createQuery("select " + label + " " + from, String.class)
			.setParameter("record", record)
			.setMaxResults(NAMED + 1)
			.getResultList();
		long count = labels.isEmpty() ? 0
				: entityManager.createQuery("select count(*) " + from, Long.class)
					.setParameter("record", record)
					.getSingleResult();
		return new Referrers(singular, plural, count, labels.stream().limit(NAMED).toList());
	}

	/**
	 * Says which records these are, e.g. {@code 5 measures ("A", "B", "C" and 2 more)}.
	 * @return the description
	 */
	public String describe() {
		String names = this.named.stream().map((label) -> "\"" + label + "\"").collect(Collectors.joining(", "));
		String more = (this.count > NAMED) ? " and " + (this.count - NAMED) + " more" : "";
		return this.count + " " + ((this.count == 1) ? this.singular : this.plural) + " (" + names + more + ")";
	}

}
