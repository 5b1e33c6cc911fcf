package io.smartstore.store.sync;

import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.relay.TableOutbox;
import io.smartstore.support.relay.OutboxTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The store's answers not yet acknowledged by central, as the pseudonymous records central
 * gets: segment, sphere, score, times, whether recognised, the visit as an opaque key, misuse.
 */
@Component
class CentralOutbox extends TableOutbox<ScoredResponse> {

    private static final String PENDING = "FORWARDED_AT IS NULL AND FORWARD_REFUSED IS NULL";
    private final JdbcClient jdbc;
    private final StoreSettings settings;

    CentralOutbox(JdbcClient jdbc, StoreSettings settings, Clock clock) {
        super(new OutboxTable(jdbc, clock, "FEEDBACK", "FORWARDED_AT", "FORWARD_REFUSED", "RECEIVED_AT"), ScoredResponse::id);
        this.jdbc = jdbc;
        this.settings = settings;
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




}
