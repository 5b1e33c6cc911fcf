package io.smartstore.support.clients;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The table an app keeps its enrolled clients in (columns {@code ID, TOKEN_HASH, REVOKED, ENROLLED_AT, LAST_SEEN_AT}):
 * loads and stores them for {@link EnrolledClients}. Only SQL here.
 */
public class ClientTable {

    private final JdbcClient jdbc;
    private final String table;

    /** {@code table}: its name, in upper case. */
    public ClientTable(JdbcClient jdbc, String table) {
        if (!table.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("a table name in upper case");
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    Optional<String> activeWithHash(String tokenHash) {
        return jdbc.sql("SELECT ID FROM " + table + " WHERE TOKEN_HASH = ? AND REVOKED = FALSE").param(tokenHash).query(String.class).optional();
    }

    void seen(String id, Instant at) {
        jdbc.sql("UPDATE " + table + " SET LAST_SEEN_AT = ? WHERE ID = ?").params(utc(at), id).update();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ID = ?").param(id).query(Integer.class).single() > 0;
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM " + table + " WHERE ID = ?").param(id).update();
    }

    void add(String id, String tokenHash, Instant at) {
        jdbc.sql("INSERT INTO " + table + " (ID, TOKEN_HASH, REVOKED, ENROLLED_AT) VALUES (?, ?, FALSE, ?)").params(id, tokenHash, utc(at)).update();
    }

    boolean revoke(String id) {
        return jdbc.sql("UPDATE " + table + " SET REVOKED = TRUE WHERE ID = ?").param(id).update() == 1;
    }

    List<EnrolledClients.Client> all() {
        return jdbc.sql("SELECT ID, ENROLLED_AT, LAST_SEEN_AT, REVOKED FROM " + table + " ORDER BY ID")
                .query((rs, i) -> new EnrolledClients.Client(rs.getString("ID"),
                        rs.getObject("ENROLLED_AT", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("LAST_SEEN_AT", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getBoolean("REVOKED"))).list();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
