package org.sanctionstracker.base;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seed keys of shipped records that an analyst deleted. The seed dataset loader adds
 * every shipped record whose key is missing from the database; it skips the keys kept
 * here, so a deleted record stays deleted across restarts without a soft-delete flag that
 * every query would have to filter.
 */
@Component
public class DeletedSeedKeys {

	private final JdbcTemplate jdbc;

	DeletedSeedKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers that a seeded record was deleted, in the caller's transaction.
	 * @param table the record's table, e.g. {@code measure}
	 * @param seedKey its seed key; nothing is remembered when {@code null}
	 */
	public void remember(String table, String seedKey) {
		if (seedKey == null) {
			return;
		}
		Integer known = this.jdbc.queryForObject(
				"select count(*) from deleted_seed_key where record_table = ? and seed_key = ?", Integer.class, table,
				seedKey);
		if (known != null && known == 0) {
			this.jdbc.update(
					"insert into deleted_seed_key (record_table, seed_key, deleted_at, deleted_by) values (?, ?, ?, ?)",
					table, seedKey, LocalDateTime.now(), CurrentUser.name());
		}
	}

	/**
	 * The deleted seed keys of one table.
	 * @param table the table, e.g. {@code measure_event}
	 * @return the keys
	 */
	public Set<String> of(String table) {
		return new HashSet<>(this.jdbc.queryForList("select seed_key from deleted_seed_key where record_table = ?",
				String.class, table));
	}

}
