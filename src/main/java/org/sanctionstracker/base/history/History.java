package org.sanctionstracker.base.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.sanctionstracker.base.RecordChangedException;

import org.springframework.stereotype.Component;

/**
 * Reads the revisions Hibernate Envers keeps for every domain entity and turns them into
 * {@link Change}s: who changed which fields of a record, when, from what to what. Each
 * feature says how its records read ({@code describe}: field label → display value); this
 * class only compares consecutive states. Call it inside a read-only transaction.
 */
@Component
public class History {

	/** How the history panel and messages write a moment: "23 Nov 2026, 14:05". */
	public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	private final EntityManager entityManager;

	History(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The changes of one record, oldest first.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the record's id
	 * @param label what to call the record in the panel, e.g. "Measure"
	 * @param describe the record's fields as labelled display values
	 * @return the changes
	 */
	public <T> List<Change> of(Class<T> type, Object id, Function<T, String> label,
			Function<T, Map<String, String>> describe) {
		AuditQuery query = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc());
		return changes(query.getResultList(), label, describe);
	}

	/**
	 * The changes of the records that belong to an owner through a many-to-one relation,
	 * including those since deleted, oldest first.
	 * @param <T> the entity type
	 * @param type the entity class, e.g. the lifecycle event class
	 * @param relation the property pointing to the owner, e.g. {@code measure}
	 * @param ownerId the owner's id
	 * @param label what to call each record in the panel
	 * @param describe the record's fields as labelled display values
	 * @return the changes
	 */
	public <T> List<Change> ofRelated(Class<T> type, String relation, Object ownerId, Function<T, String> label,
			Function<T, Map<String, String>> describe) {
		AuditQuery query = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.relatedId(relation).eq(ownerId))
			.addOrder(AuditEntity.revisionNumber().asc())
			// the parts changed in one revision in the order they were created, on every
			// database (not in the order the database happens to read its audit rows)
			.addOrder(AuditEntity.id().asc());
		return changes(query.getResultList(), label, describe);
	}

	/**
	 * The last revision of a record: who saved it and when.
	 * @param type the entity class
	 * @param id the record's id
	 * @return the revision, if the record has one
	 */
	public Optional<Revision> lastRevision(Class<?> type, Object id) {
		List<?> rows = reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return rows.stream().map((row) -> (Revision) ((Object[]) row)[1]).findFirst();
	}

	/**
	 * The refusal of a save or delete against a record that changed after the form read
	 * it, naming the record by a text that may be long (cut to 60 characters).
	 * @param type the entity class
	 * @param id the record's id
	 * @param kind the kind of record as users know it, e.g. {@code The figure}
	 * @param name its label, title or description
	 * @return the exception to throw
	 */
	public RecordChangedException changedSince(Class<?> type, Object id, String kind, String name) {
		return changedSince(type, id, kind + " \"" + shorten(name) + "\"");
	}

	/**
	 * A text a message quotes, cut to 60 characters.
	 * @param text e.g. a long description
	 * @return the text, or its first 59 characters and an ellipsis
	 */
	static String shorten(String text) {
		return (text == null || text.length() <= 60) ? text : text.substring(0, 59) + "\u2026";
	}

	/**
	 * The refusal of a save or delete against a record that changed after the form read
	 * it, naming who changed it and when.
	 * @param type the entity class
	 * @param id the record's id
	 * @param what the record as users know it, e.g. {@code The measure "Port ban"}
	 * @return the exception to throw
	 */
	public RecordChangedException changedSince(Class<?> type, Object id, String what) {
		String by = lastRevision(type, id)
			.map((revision) -> " by " + revision.getUsername() + " at " + MOMENT.format(revision.getChangedAt()))
			.orElse(" by someone else");
		return new RecordChangedException(what + " was changed" + by
				+ " after you opened it. Your changes were not saved: reload to see the current version.");
	}

	/**
	 * Merges the changes of a record and its parts into one timeline, newest first.
	 * @param lists the change lists
	 * @return the merged list
	 */
	@SafeVarargs
	public static List<Change> newestFirst(List<Change>... lists) {
		List<Change> all = new ArrayList<>();
		for (List<Change> list : lists) {
			all.addAll(list);
		}
		all.sort(Comparator.comparingLong(Change::revision).reversed());
		return all;
	}

	@SuppressWarnings("unchecked")
	private <T> List<Change> changes(List<?> rows, Function<T, String> label,
			Function<T, Map<String, String>> describe) {
		Map<Object, Map<String, String>> previousById = new LinkedHashMap<>();
		List<Change> changes = new ArrayList<>();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			T entity = (T) columns[0];
			Revision revision = (Revision) columns[1];
			RevisionType type = (RevisionType) columns[2];
			Object id = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
			Map<String, String> state = describe.apply(entity);
			Map<String, String> previous = previousById.getOrDefault(id, Map.of());
			Change.Kind kind = switch (type) {
				case ADD -> Change.Kind.CREATED;
				case MOD -> Change.Kind.CHANGED;
				case DEL -> Change.Kind.DELETED;
			};
			List<FieldChange> fields = switch (kind) {
				case CREATED -> diff(Map.of(), state);
				case CHANGED -> diff(previous, state);
				case DELETED -> diff(previous.isEmpty() ? state : previous, Map.of());
			};
			if (kind != Change.Kind.CHANGED || !fields.isEmpty()) {
				changes.add(new Change(revision.getId(), revision.getChangedAt(), revision.getUsername(),
						label.apply(entity), kind, fields));
			}
			previousById.put(id, (kind == Change.Kind.DELETED) ? Map.of() : state);
		}
		return changes;
	}

	private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changed = new ArrayList<>();
		for (String field : fields) {
			String old = orEmpty(before.get(field));
			String now = orEmpty(after.get(field));
			if (!old.equals(now)) {
				changed.add(new FieldChange(field, old, now));
			}
		}
		return changed;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(this.entityManager);
	}

}
