package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctionstracker.base.DuplicateNamesException;
import org.sanctionstracker.base.NameKey;

/**
 * Actor and coalition names become unique ignoring case and spacing. Each table gets
 * {@code name_key}, the name's {@link NameKey} (computed here by the same Java code the
 * entities use, so H2 and PostgreSQL agree), and a unique constraint on it replaces the
 * one on the exact name. Records whose names are one name by that rule already in the
 * database stop the migration before it changes anything, with a message naming them
 * ({@link DuplicateNamesException}), instead of a bare constraint violation. Written in
 * Java because the normalisation must be the entities' own; Flyway finds it next to the
 * SQL migrations and runs it in version order on H2 and PostgreSQL alike.
 */
public class V14__Unique_normalised_names extends BaseJavaMigration {

	/**
	 * The tables whose names become unique ignoring case and spacing, by what they hold.
	 */
	private static final Map<String, String> TABLES = Map.of("actor", "actors", "coalition", "coalitions");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Map<String, Map<Long, String>> keys = new LinkedHashMap<>();
		List<String> clashes = new ArrayList<>();
		for (String table : List.of("actor", "coalition")) {
			Map<Long, String> names = names(connection, table);
			Map<Long, String> tableKeys = new LinkedHashMap<>();
			names.forEach((id, name) -> tableKeys.put(id, NameKey.of(name)));
			keys.put(table, tableKeys);
			tableKeys.entrySet()
				.stream()
				.collect(Collectors.groupingBy(Map.Entry::getValue, LinkedHashMap::new,
						Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
				.values()
				.stream()
				.filter((ids) -> ids.size() > 1)
				.forEach((ids) -> clashes.add(TABLES.get(table) + ": "
						+ ids.stream()
							.map((id) -> "\"" + names.get(id) + "\" (id " + id + ")")
							.collect(Collectors.joining(", "))));
		}
		if (!clashes.isEmpty()) {
			throw new DuplicateNamesException(clashes);
		}
		for (String table : List.of("actor", "coalition")) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("alter table " + table + " add column name_key varchar(" + NameKey.MAX_LENGTH + ")");
			}
			try (PreparedStatement update = connection
				.prepareStatement("update " + table + " set name_key = ? where id = ?")) {
				for (Map.Entry<Long, String> entry : keys.get(table).entrySet()) {
					update.setString(1, entry.getValue());
					update.setLong(2, entry.getKey());
					update.addBatch();
				}
				update.executeBatch();
			}
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("alter table " + table + " alter column name_key set not null");
				ddl.execute("alter table " + table + " drop constraint uk_" + table + "_name");
				ddl.execute("alter table " + table + " add constraint uk_" + table + "_name_key unique (name_key)");
			}
		}
	}

	private static Map<Long, String> names(Connection connection, String table) throws SQLException {
		Map<Long, String> names = new LinkedHashMap<>();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("select id, name from " + table + " order by id")) {
			while (rows.next()) {
				names.put(rows.getLong(1), rows.getString(2));
			}
		}
		return names;
	}

}
