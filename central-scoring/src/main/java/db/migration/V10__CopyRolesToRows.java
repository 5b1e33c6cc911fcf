package db.migration;

import io.smartstore.support.jdbc.CommaListToRows;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Copies every staff account's comma-joined roles into {@code STAFF_ROLE} (V9). */
public class V10__CopyRolesToRows extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new CommaListToRows("STAFF_USER", "USERNAME", "ROLES", "STAFF_ROLE", "USERNAME", "ROLE").copy(context.getConnection());
    }
}
