package org.sanctionstracker.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values that no two records may share (normalised names, codes), with the record holding
 * each: those read from the database for a batch of records to check, plus those the
 * records checked since then take, so that two new records of one batch cannot take one
 * value either. The features' rules ({@code ActorRules}, {@code CoalitionRules}) fill and
 * ask it; it holds no rule of its own.
 */
public final class TakenValues {

	/** How many values one query looks up. */
	public static final int BATCH = 500;

	/**
	 * A record holding a value.
	 *
	 * @param id the stored record's id, or {@code null} for one being created
	 * @param label how the record is named in a refusal
	 */
	public record Holder(Long id, String label) {

	}

	private final Map<String, Holder> holders = new HashMap<>();

	/**
	 * Reads who holds any of some values, a batch of values per query.
	 * @param keys the normalised values
	 * @param query reads the holders of one batch as rows of id, label and value
	 * @return the values taken
	 */
	public static TakenValues read(Collection<String> keys, Function<List<String>, List<Object[]>> query) {
		TakenValues taken = new TakenValues();
		List<String> distinct = keys.stream().filter((key) -> key != null).distinct().toList();
		for (List<String> batch : batches(distinct)) {
			query.apply(batch)
				.forEach((row) -> taken.holders.put((String) row[2], new Holder((Long) row[0], (String) row[1])));
		}
		return taken;
	}

	/**
	 * The record, other than the given one, that holds a value.
	 * @param key the normalised value, or {@code null}
	 * @param ownId the id of the record that wants it, or {@code null} for a new one
	 * @return the other holder, or {@code null} when the value is free or its own
	 */
	public Holder otherHolder(String key, Long ownId) {
		Holder holder = (key != null) ? this.holders.get(key) : null;
		if (holder == null || (holder.id() != null && holder.id().equals(ownId))) {
			return null;
		}
		return holder;
	}

	/**
	 * Notes that a record checked in this batch takes a value.
	 * @param key the normalised value, or {@code null}
	 * @param ownId the record's id, or {@code null} for a new one
	 * @param label how it is named
	 */
	public void take(String key, Long ownId, String label) {
		if (key != null) {
			this.holders.putIfAbsent(key, new Holder(ownId, label));
		}
	}

	/**
	 * A list cut into batches of {@link #BATCH}, for queries with an {@code in} list.
	 * @param <E> the element type
	 * @param values the list
	 * @return its batches, in order
	 */
	public static <E> List<List<E>> batches(List<E> values) {
		List<List<E>> batches = new ArrayList<>();
		for (int i = 0; i < values.size(); i += BATCH) {
			batches.add(values.subList(i, Math.min(values.size(), i + BATCH)));
		}
		return batches;
	}

}
