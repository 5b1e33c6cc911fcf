package db.migration;

import io.smartstore.support.webhooks.WebhookTables;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The webhooks' tables, defined once for both apps in app-support ({@link WebhookTables}). */
public class V21__Webhooks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        WebhookTables.create(context.getConnection());
    }
}
