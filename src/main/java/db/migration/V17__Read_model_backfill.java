package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctionstracker.dashboard.ReadModel;

/**
 * Fills the read model that V16 created from the records already in the database, with
 * the same code that keeps it up to date on every write ({@code dashboard/ReadModel}):
 * the status spans need the lifecycle rule, which lives in Java
 * ({@code measure/Lifecycle}), so this is a Java migration. It runs once, in the
 * migration's transaction, before the application uses the database; at a million
 * lifecycle events it takes a few minutes on H2.
 */
public class V17__Read_model_backfill extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		ReadModel.rebuild(context.getConnection());
	}

}
