package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a streamed import ({@link ImportService#previewStream},
 * {@link ImportService#commitStream}) found or did: how many records of each kind are
 * new, changed and unchanged, and the problems, of which it keeps the first
 * {@link #KEPT_ISSUES} (and counts all), so that what it holds does not grow with the
 * file.
 */
public final class StreamedResult {

	/** How many problems are kept to be shown. */
	public static final int KEPT_ISSUES = 1_000;

	private final String fileName;

	private final Map<ExchangeKind, Map<ImportChange, Integer>> counts = new EnumMap<>(ExchangeKind.class);

	private final List<ImportIssue> issues = new ArrayList<>();

	private long issueCount;

	private int mostHeld;

	private boolean committed;

	StreamedResult(String fileName) {
		this.fileName = fileName;
	}

	void add(List<PreviewRow> rows, List<ImportIssue> found) {
		for (PreviewRow row : rows) {
			this.counts.computeIfAbsent(row.kind(), (kind) -> {
				Map<ImportChange, Integer> zero = new EnumMap<>(ImportChange.class);
				for (ImportChange change : ImportChange.values()) {
					zero.put(change, 0);
				}
				return zero;
			}).merge(row.change(), 1, Integer::sum);
		}
		for (ImportIssue issue : found) {
			if (this.issues.size() < KEPT_ISSUES) {
				this.issues.add(issue);
			}
			this.issueCount++;
		}
	}

	void mostHeld(int records) {
		this.mostHeld = records;
	}

	void committed(boolean committed) {
		this.committed = committed;
	}

	public String fileName() {
		return this.fileName;
	}

	/**
	 * How many records of each kind are (or were) new, changed and unchanged.
	 * @return counts per kind (only kinds in the file) and change
	 */
	public Map<ExchangeKind, Map<ImportChange, Integer>> counts() {
		return Collections.unmodifiableMap(this.counts);
	}

	/**
	 * How many records the import writes (new plus changed).
	 * @return the count
	 */
	public long writes() {
		return this.counts.values()
			.stream()
			.mapToLong((byChange) -> byChange.get(ImportChange.NEW) + byChange.get(ImportChange.CHANGED))
			.sum();
	}

	/**
	 * How many records the file holds (measures' events and coalitions' members counted).
	 * @return the count
	 */
	public long records() {
		return this.counts.values()
			.stream()
			.mapToLong((byChange) -> byChange.values().stream().mapToLong(Integer::longValue).sum())
			.sum();
	}

	/**
	 * The first {@link #KEPT_ISSUES} problems, in file order.
	 * @return the problems
	 */
	public List<ImportIssue> issues() {
		return Collections.unmodifiableList(this.issues);
	}

	/**
	 * How many problems there are in all.
	 * @return the count
	 */
	public long issueCount() {
		return this.issueCount;
	}

	public boolean hasIssues() {
		return this.issueCount > 0;
	}

	/**
	 * Whether the records were written; when {@code false}, nothing was.
	 * @return whether they were
	 */
	public boolean committed() {
		return this.committed;
	}

	/**
	 * The most records the reader held at once.
	 * @return the largest batch
	 */
	public int mostHeld() {
		return this.mostHeld;
	}

}
