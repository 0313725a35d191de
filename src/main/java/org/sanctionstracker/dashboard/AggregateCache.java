package org.sanctionstracker.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.sanctionstracker.base.DataChanges;

import org.springframework.stereotype.Component;

/**
 * Keeps the results of the aggregate queries until the data changes. At a million
 * lifecycle events a full aggregate takes seconds on H2; a dashboard that is opened again
 * with the same filter, or by another user, is then answered at once. The key includes
 * the data generation ({@link DataChanges}), which every committed change increments, so
 * a result is never served after the data it was counted from has changed, on any
 * instance sharing the database. Inside a transaction that has uncommitted changes the
 * cache is bypassed. The least recently used results are dropped beyond
 * {@value #MAX_ENTRIES}.
 */
@Component
class AggregateCache {

	static final int MAX_ENTRIES = 400;

	private final DataChanges changes;

	private final Map<List<Object>, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	private long generation = Long.MIN_VALUE;

	AggregateCache(DataChanges changes) {
		this.changes = changes;
	}

	/**
	 * The cached result of a query, computed when missing.
	 * @param query the query's name
	 * @param arguments its arguments (records with value equality)
	 * @param compute runs the query
	 * @param <T> the result type (immutable)
	 * @return the result
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String query, Object[] arguments, Supplier<T> compute) {
		if (this.changes.inDirtyTransaction()) {
			return compute.get();
		}
		long current = this.changes.generation();
		List<Object> key = Arrays.asList(query, Arrays.asList(arguments));
		synchronized (this.entries) {
			if (current != this.generation) {
				this.entries.clear();
				this.generation = current;
			}
			Object hit = this.entries.get(key);
			if (hit != null) {
				return (T) hit;
			}
		}
		T value = compute.get();
		synchronized (this.entries) {
			if (current == this.generation) {
				this.entries.put(key, value);
			}
		}
		return value;
	}

}
