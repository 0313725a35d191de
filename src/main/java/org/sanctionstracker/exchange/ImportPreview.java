package org.sanctionstracker.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, worked out without writing anything: per record new, changed
 * or unchanged, and every problem found. A file with any problem is not imported at all.
 *
 * @param fileName the file's name
 * @param rows one row per record in the file, in file order
 * @param issues every problem, in file order; empty when the file can be imported
 */
public record ImportPreview(String fileName, List<PreviewRow> rows, List<ImportIssue> issues) {

	public boolean hasIssues() {
		return !this.issues.isEmpty();
	}

	/**
	 * How many records of each kind are new, changed and unchanged.
	 * @return counts per kind (only kinds in the file) and change
	 */
	public Map<ExchangeKind, Map<ImportChange, Integer>> counts() {
		Map<ExchangeKind, Map<ImportChange, Integer>> counts = new EnumMap<>(ExchangeKind.class);
		for (PreviewRow row : this.rows) {
			counts.computeIfAbsent(row.kind(), (kind) -> {
				Map<ImportChange, Integer> zero = new EnumMap<>(ImportChange.class);
				for (ImportChange change : ImportChange.values()) {
					zero.put(change, 0);
				}
				return zero;
			}).merge(row.change(), 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * How many records the import would write.
	 * @return new plus changed records
	 */
	public long writes() {
		return this.rows.stream().filter((row) -> row.change() != ImportChange.UNCHANGED).count();
	}

}
