package org.sanctionstracker.base;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

import org.sanctionstracker.base.DataDirectory.DataDirectoryException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start-up failures an operator can fix into a short description and an action
 * (Spring Boot prints them instead of a stack trace): an unusable data directory, and an
 * H2 database file that another process already has open, records whose names clash once
 * names are compared ignoring case and spacing (migration 14), and a {@code tracker.*}
 * setting it cannot use.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

	/** H2's error code for "Database may be already in use". */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataDirectoryException data) {
				return new FailureAnalysis(data.getMessage() + ".",
						"Make " + data.getDirectory() + " a writable directory with free space, or point the"
								+ " application at another one with the TRACKER_DATA_DIR environment variable"
								+ " (or --tracker.data-dir=...).",
						data);
			}
			if (cause instanceof DuplicateNamesException duplicates) {
				return new FailureAnalysis(duplicates.getMessage(),
						"Give each of the records named above a name of its own (or merge them), then start again.",
						duplicates);
			}
			if (cause instanceof BindException bind && bind.getName().toString().startsWith("tracker.")) {
				return setting(bind);
			}
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return new FailureAnalysis(
						"The database files are already in use by another process (probably another instance of"
								+ " the application on the same data directory).",
						"Stop the other instance, or give this one its own data directory with TRACKER_DATA_DIR."
								+ " To run several instances on one database, use the postgres profile.",
						sql);
			}
		}
		return null;
	}

	/**
	 * A {@code tracker.*} setting the application cannot use: the rule it broke
	 * ({@link InvalidSettingException}, from the settings' own check), or that its value
	 * is not of the kind the setting takes.
	 */
	private static FailureAnalysis setting(BindException bind) {
		Throwable root = bind;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String name;
		String description;
		if (root instanceof InvalidSettingException invalid) {
			name = invalid.getSetting();
			description = "The setting " + invalid.getMessage() + ".";
		}
		else {
			name = bind.getName().toString();
			Class<?> type = bind.getTarget().getType().resolve(Object.class);
			String kind = (type == Integer.class || type == int.class)
					? "a whole number, at most " + String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE)
					: (type == Long.class || type == long.class)
							? "a whole number, at most " + String.format(Locale.ROOT, "%,d", Long.MAX_VALUE)
							: (type == Duration.class) ? "a duration such as 15m"
									: (type == Boolean.class || type == boolean.class) ? "true or false"
											: "another kind of value";
			description = "The setting " + name + " has a value the application cannot read: it takes " + kind + ".";
		}
		return new FailureAnalysis(description,
				"Correct it where it is set (an environment variable such as TRACKER_…, or --" + name
						+ "=…), or leave it unset for its default (README).",
				bind);
	}

}
