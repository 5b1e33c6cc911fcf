package io.smartstore.support.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The JDBC address of the app's database, as its driver states it (what kind of database, and for H2 which file). */
public final class DatabaseUrl {

    private DatabaseUrl() {
    }

    /** The database's JDBC URL; empty when the database cannot be reached. */
    public static String of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "";
        }
    }
}
