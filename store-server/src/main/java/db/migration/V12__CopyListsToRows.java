package db.migration;

import io.smartstore.support.jdbc.CommaListToRows;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Copies the comma-joined lists into the tables of V11: every answer's reasons (an empty text,
 * as an answer without reasons was kept, becomes no row), every account's roles, every
 * adviser's spheres on duty.
 */
public class V12__CopyListsToRows extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new CommaListToRows("FEEDBACK", "ID", "REASONS", "FEEDBACK_REASON", "FEEDBACK_ID", "REASON").copy(context.getConnection());
        new CommaListToRows("STAFF_USER", "USERNAME", "ROLES", "STAFF_ROLE", "USERNAME", "ROLE").copy(context.getConnection());
        new CommaListToRows("ADVISER_DUTY", "USERNAME", "SPHERES", "DUTY_SPHERE", "USERNAME", "SPHERE").copy(context.getConnection());
    }
}
