package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctionstracker.dashboard.ReadModel;

/**
 * The dashboard's reads that still missed 100 ms at a million events on H2
 * ({@code docs/decisions/0020-reads-the-read-model-answers-at-1m.md}):
 * <ul>
 * <li>an index on the lifecycle steps' precision and first day, so that the default as-of
 * day (the last day the latest step of each precision can mean,
 * {@code measure/MeasureService.asOf}) is three index look-ups;</li>
 * <li>the rollups gain rows: lifecycle events of all time ({@code rollup_event}, grain
 * 'A', every slice) for the key figures, and months for the type slices of
 * {@code rollup_in_force} (dim 'Y', grain 'M') for the coalition alignment. They are
 * filled by recomputing the read model with the code that keeps it up to date
 * ({@code dashboard/ReadModel}), as V17 did.</li>
 * </ul>
 * Portable: H2 and PostgreSQL.
 */
public class V22__Read_model_all_time_and_type_months extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement ddl = context.getConnection().createStatement()) {
			ddl.execute("create index ix_measure_event_precision_date on measure_event (date_precision, date_from)");
		}
		ReadModel.rebuild(context.getConnection());
	}

}
