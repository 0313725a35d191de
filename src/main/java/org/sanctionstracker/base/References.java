package org.sanctionstracker.base;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Finds the records that still reference a record about to be deleted and says which they
 * are, so a refused delete can name them. The queries are JPQL strings, so a feature can
 * ask about the features that depend on it without depending on their classes.
 */
@Component
public class References {

	private static final int NAMED = 3;

	private final EntityManager entityManager;

	References(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Describes the records a query finds, e.g. {@code 2 measures ("Port ban", "Entry
	 * ban")}.
	 * @param singular what one such record is called, e.g. "measure"
	 * @param plural what several are called, e.g. "measures"
	 * @param jpql a query selecting one display text per referencing record, with the
	 * parameter {@code :id}
	 * @param id the referenced record's id
	 * @return the description, or {@code null} when nothing references the record
	 */
	public String describe(String singular, String plural, String jpql, Object id) {
		List<String> labels = this.entityManager.createQuery(jpql, String.class)
			.setParameter("id", id)
			.setMaxResults(NAMED + 1)
			.getResultList();
		if (labels.isEmpty()) {
			return null;
		}
		String countQuery = "select count(*) " + jpql.substring(jpql.toLowerCase().indexOf(" from "));
		countQuery = countQuery.replaceAll("(?i) order by .*$", "");
		long count = this.entityManager.createQuery(countQuery, Long.class).setParameter("id", id).getSingleResult();
		String named = labels.stream()
			.limit(NAMED)
			.map((label) -> "\"" + label + "\"")
			.collect(Collectors.joining(", "));
		String more = (count > NAMED) ? " and " + (count - NAMED) + " more" : "";
		return count + " " + ((count == 1) ? singular : plural) + " (" + named + more + ")";
	}

	/**
	 * Refuses a delete when any description is present.
	 * @param what the record, e.g. {@code The actor "Japan"}
	 * @param descriptions results of {@link #describe}, {@code null} ones ignored
	 * @throws RecordInUseException naming what still references the record
	 */
	public static void refuseIfReferenced(String what, String... descriptions) {
		List<String> present = new ArrayList<>();
		for (String description : descriptions) {
			if (description != null) {
				present.add(description);
			}
		}
		if (!present.isEmpty()) {
			throw new RecordInUseException(what + " cannot be deleted: it is referenced by "
					+ String.join("; ", present) + ". Change or delete those first.");
		}
	}

}
