package io.smartstore.support.relay;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bookkeeping every JDBC outbox shares, over its own table: records keyed by {@code ID},
 * a column stamped when the next hop acknowledged them, a column holding the reason when it
 * refused them, and a time column the backlog's age is measured from. What is pending, and
 * in which form it is sent, stays with each outbox.
 */
public final class OutboxTable {

    private static final int MAX_REASON = 200;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final String sentColumn;
    private final String refusedColumn;
    private final String ageColumn;

    public OutboxTable(JdbcClient jdbc, Clock clock, String table, String sentColumn, String refusedColumn, String ageColumn) {
        for (String name : List.of(table, sentColumn, refusedColumn, ageColumn)) {
            if (!name.matches("[A-Z_]+")) {
                throw new IllegalArgumentException("table and column names in upper case");
            }
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.sentColumn = sentColumn;
        this.refusedColumn = refusedColumn;
        this.ageColumn = ageColumn;
    }

    public void markSent(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE " + table + " SET " + sentColumn + " = :now WHERE ID IN (:ids)")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("ids", ids).update();
        }
    }

    public void setAside(UUID id, String reason) {
        jdbc.sql("UPDATE " + table + " SET " + refusedColumn + " = ? WHERE ID = ?")
                .params(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason, id).update();
    }

    /** Records acknowledged at or after {@code since} become pending again (the receiver lost them in a restore). */
    public int resendAcknowledgedSince(java.time.Instant since) {
        return jdbc.sql("UPDATE " + table + " SET " + sentColumn + " = NULL WHERE " + sentColumn + " >= ?")
                .param(since.atOffset(java.time.ZoneOffset.UTC)).update();
    }

    /** Records neither acknowledged nor set aside: how many, and how long the oldest has waited. */
    public Outbox.Backlog backlog() {
        record Row(long count, OffsetDateTime oldest) {
        }
        Row row = jdbc.sql("SELECT COUNT(*) AS COUNT, MIN(" + ageColumn + ") AS OLDEST FROM " + table
                        + " WHERE " + sentColumn + " IS NULL AND " + refusedColumn + " IS NULL")
                .query(Row.class).single();
        return new Outbox.Backlog(row.count(), Optional.ofNullable(row.oldest())
                .map(oldest -> Duration.between(oldest.toInstant(), clock.instant())));
    }
}
