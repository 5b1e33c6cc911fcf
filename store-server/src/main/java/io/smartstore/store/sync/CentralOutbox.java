package io.smartstore.store.sync;

import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.relay.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The store's answers not yet acknowledged by central, as the pseudonymous records central
 * gets: segment, sphere, score, times, whether recognised, the visit as an opaque key, misuse.
 */
@Component
class CentralOutbox implements Outbox<ScoredResponse> {

    private static final String PENDING = "FORWARDED_AT IS NULL AND FORWARD_REFUSED IS NULL";
    private final JdbcClient jdbc;
    private final StoreSettings settings;
    private final Clock clock;

    CentralOutbox(JdbcClient jdbc, StoreSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ScoredResponse> pending(int limit) {
        return jdbc.sql("""
                        SELECT ID, VISIT_ID, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED, MISUSE FROM FEEDBACK
                        WHERE %s ORDER BY RECEIVED_AT, ID FETCH FIRST %d ROWS ONLY""".formatted(PENDING, limit))
                .query((rs, i) -> new ScoredResponse(rs.getObject("ID", UUID.class), rs.getString("SEGMENT"),
                        rs.getString("SPHERE"), rs.getInt("SCORE"), rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant(),
                        rs.getObject("LOCAL_DATE", LocalDate.class), rs.getBoolean("RECOGNISED"),
                        visitKey(rs.getObject("VISIT_ID", UUID.class)), rs.getBoolean("MISUSE") ? Boolean.TRUE : null))
                .list();
    }

    /** The visit as central sees it: a hash, the same for every answer of the visit, meaningless elsewhere. */
    private String visitKey(UUID visitId) {
        return visitId == null ? null : VisitKeys.of(settings.store().id(), visitId);
    }

    @Override
    public UUID idOf(ScoredResponse record) {
        return record.id();
    }

    @Override
    public void markSent(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE FEEDBACK SET FORWARDED_AT = :now WHERE ID IN (:ids)")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("ids", ids).update();
        }
    }

    @Override
    public void setAside(UUID id, String reason) {
        jdbc.sql("UPDATE FEEDBACK SET FORWARD_REFUSED = ? WHERE ID = ?")
                .params(reason.length() > 200 ? reason.substring(0, 200) : reason, id).update();
    }

    @Override
    public Backlog backlog() {
        record Row(long count, OffsetDateTime oldest) {
        }
        Row row = jdbc.sql("SELECT COUNT(*) AS COUNT, MIN(RECEIVED_AT) AS OLDEST FROM FEEDBACK WHERE " + PENDING)
                .query(Row.class).single();
        return new Backlog(row.count(), Optional.ofNullable(row.oldest()).map(oldest -> Duration.between(oldest.toInstant(), clock.instant())));
    }
}
