package io.smartstore.support.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The webhooks' tables, one definition for both apps ({@code webhook-tables.sql} beside this class): each app's Java
 * migration ({@code db.migration.V21__Webhooks} at the store, {@code V17__Webhooks} at central) creates them here.
 * Plain SQL that H2 and PostgreSQL both read.
 */
public final class WebhookTables {

    private WebhookTables() {
    }

    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script().split(";")) {
                String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }

    private static String script() {
        try (InputStream in = WebhookTables.class.getResourceAsStream("webhook-tables.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
