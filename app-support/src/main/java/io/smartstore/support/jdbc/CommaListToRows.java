package io.smartstore.support.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For a migration: copies a list kept as comma-joined text ({@code "WAIT,ADVICE"}) into a child
 * table, one row per item and its place in the list. Empty items (an empty text, {@code ",,"})
 * are not items and are left out; a repeated item is kept once, at its first place. Plain JDBC,
 * the same on H2 and PostgreSQL.
 *
 * @param table      the table holding the list, e.g. {@code FEEDBACK}
 * @param key        its key column, e.g. {@code ID}
 * @param column     the comma-joined column, e.g. {@code REASONS}
 * @param childTable the new table, e.g. {@code FEEDBACK_REASON}
 * @param childKey   its column pointing back, e.g. {@code FEEDBACK_ID}
 * @param childValue its column for one item, e.g. {@code REASON}
 */
public record CommaListToRows(String table, String key, String column, String childTable, String childKey, String childValue) {

    /** Copies every row's list; returns how many items were written. */
    public int copy(Connection connection) throws SQLException {
        int written = 0;
        String insert = "INSERT INTO " + childTable + " (" + childKey + ", POSITION, " + childValue + ") VALUES (?, ?, ?)";
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT " + key + ", " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
             PreparedStatement into = connection.prepareStatement(insert)) {
            while (rows.next()) {
                Object id = rows.getObject(1);
                java.util.List<String> items = java.util.Arrays.stream(rows.getString(2).split(","))
                        .map(String::strip).filter(item -> !item.isEmpty()).distinct().toList();
                for (int position = 0; position < items.size(); position++) {
                    into.setObject(1, id);
                    into.setInt(2, position);
                    into.setString(3, items.get(position));
                    into.addBatch();
                    if (++written % 1000 == 0) {
                        into.executeBatch();
                    }
                }
            }
            into.executeBatch();
        }
        return written;
    }
}
