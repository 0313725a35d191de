package org.sanctionstracker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of some tables as sorted text ({@code column=value …}), to compare a table's
 * content before and after, or kept on write against recomputed.
 */
public final class TableRows {

	private TableRows() {
	}

	/**
	 * Every row of each table, sorted.
	 * @param jdbc the database
	 * @param tables the tables, in the order to keep
	 * @return the rows by table
	 */
	public static Map<String, List<String>> of(JdbcTemplate jdbc, List<String> tables) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String table : tables) {
			List<String> lines = new ArrayList<>(jdbc.query("select * from " + table, (rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					row.append(rs.getMetaData().getColumnName(column).toLowerCase()).append('=');
					row.append(rs.getString(column)).append(' ');
				}
				return row.toString();
			}));
			Collections.sort(lines);
			rows.put(table, lines);
		}
		return rows;
	}

}
