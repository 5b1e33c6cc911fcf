package io.smartstore.support.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Table {@code AUDIT_EVENT}: stores what {@link AuditTrail} records and reads it back. Only SQL here. */
public class AuditEvents {

    private final JdbcClient jdbc;

    public AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(AuditEntry entry) {
        jdbc.sql("INSERT INTO AUDIT_EVENT (ID, AT, ACTOR, ACTION, TARGET, ADDRESS) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), Timestamp.from(entry.at()), entry.actor(), entry.action(), entry.target(), entry.address())
                .update();
    }

    /** From {@code from} (inclusive) to {@code to} (exclusive), oldest first; by one actor when given. */
    List<AuditEntry> between(Instant from, Instant to, String actor) {
        return jdbc.sql("""
                        SELECT AT, ACTOR, ACTION, TARGET, ADDRESS FROM AUDIT_EVENT
                        WHERE AT >= ? AND AT < ? AND (CAST(? AS VARCHAR(200)) IS NULL OR ACTOR = ?) ORDER BY AT, ID""")
                .params(Timestamp.from(from), Timestamp.from(to), actor, actor)
                .query((row, n) -> new AuditEntry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)))
                .list();
    }

    int deleteBefore(Instant limit) {
        return jdbc.sql("DELETE FROM AUDIT_EVENT WHERE AT < ?").param(Timestamp.from(limit)).update();
    }
}
