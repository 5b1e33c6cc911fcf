package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification.CustomerSummary;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.jdbc.GuardedInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import io.smartstore.protocol.wire.RecognitionFigures;
import io.smartstore.protocol.wire.RecognitionMiss;

/** Visits that started with a recognition at a kiosk, and the count of kiosk sessions per day. */
@Repository
public class Visits {

    private final JdbcClient jdbc;
    private final GuardedInsert guarded;
    private final Clock clock;
    private final StoreSettings settings;

    Visits(JdbcClient jdbc, GuardedInsert guarded, Clock clock, StoreSettings settings) {
        this.guarded = guarded;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    UUID start(CustomerSummary customer, String kioskId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO VISIT (ID, CUSTOMER_REF, SEGMENT, KIOSK_ID, STARTED_AT) VALUES (?, ?, ?, ?, ?)")
                .params(id, customer.ref(), customer.segment(), kioskId, clock.instant().atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    /**
     * Counts a kiosk session once, however many calls name it: a refused read and then
     * "continue anonymously" are one session; a session recognised at any call is recognised
     * (at the kiosk). While it is not, it keeps the last reason why not ({@code miss}; a call
     * without one leaves an earlier one). A call without a session id is a session of its own.
     */
    @Transactional
    void countSession(String kioskId, UUID session, boolean recognised, RecognitionMiss miss) {
        String missed = recognised || miss == null ? null : miss.name();
        if (session != null && markKnownSession(kioskId, session, recognised, missed)) {
            return;
        }
        if (!guarded.tryInsert(() -> jdbc.sql("INSERT INTO KIOSK_SESSION (KIOSK_ID, SESSION_ID, LOCAL_DATE, RECOGNISED, RECOGNISED_AT, MISS) VALUES (?, ?, ?, ?, ?, ?)")
                .params(kioskId, session, today(), recognised, recognised ? "KIOSK" : null, missed).update())) {
            markKnownSession(kioskId, session, recognised, missed); // the same session's other call counted it a moment ago
        }
    }

    /** A session already counted becomes recognised if this call recognised it; false when it is not counted yet. */
    private boolean markKnownSession(String kioskId, UUID session, boolean recognised, String miss) {
        return jdbc.sql("""
                        UPDATE KIOSK_SESSION SET RECOGNISED_AT = CASE WHEN RECOGNISED_AT IS NULL AND ? THEN 'KIOSK' ELSE RECOGNISED_AT END,
                        RECOGNISED = (RECOGNISED OR ?), MISS = CASE WHEN RECOGNISED OR ? THEN NULL ELSE COALESCE(?, MISS) END
                        WHERE KIOSK_ID = ? AND SESSION_ID = ?""")
                .params(recognised, recognised, recognised, miss, kioskId, session).update() == 1;
    }

    /** The session a ticket was taken in, its customer recognised at the desk: recognised there unless already at the kiosk. */
    void recognisedAtDesk(String kioskId, UUID session) {
        jdbc.sql("UPDATE KIOSK_SESSION SET RECOGNISED = TRUE, RECOGNISED_AT = 'DESK', MISS = NULL WHERE KIOSK_ID = ? AND SESSION_ID = ? AND NOT RECOGNISED")
                .params(kioskId, session).update();
    }

    /** A day's way to recognising everyone: where sessions were recognised, and why the others were not (one query: figures that add up). */
    public RecognitionFigures recognitionOn(LocalDate day) {
        long[] where = new long[2];
        java.util.Map<RecognitionMiss, Long> misses = new java.util.EnumMap<>(RecognitionMiss.class);
        jdbc.sql("SELECT RECOGNISED_AT, COALESCE(MISS, 'NO_CREDENTIAL') AS MISS, COUNT(*) AS N FROM KIOSK_SESSION WHERE LOCAL_DATE = ? "
                        + "GROUP BY RECOGNISED_AT, COALESCE(MISS, 'NO_CREDENTIAL')")
                .param(day).query((rs, i) -> {
                    String at = rs.getString("RECOGNISED_AT");
                    long count = rs.getLong("N");
                    if (at == null) {
                        misses.merge(RecognitionMiss.valueOf(rs.getString("MISS")), count, Long::sum);
                    } else {
                        where["DESK".equals(at) ? 1 : 0] += count;
                    }
                    return count;
                }).list();
        long never = misses.values().stream().mapToLong(Long::longValue).sum();
        return new RecognitionFigures(where[0] + where[1] + never, where[0], where[1], never, misses);
    }

    /** A visit recognised at a desk ({@code desk-<desk>} in the place of a kiosk). */
    UUID startAtDesk(CustomerSummary customer, String desk) {
        return start(customer, "desk-" + desk);
    }

    /** The customer ref of a visit, when the visit is known. */
    public Optional<String> customerOf(UUID visitId) {
        return jdbc.sql("SELECT CUSTOMER_REF FROM VISIT WHERE ID = ?").param(visitId).query(String.class).optional();
    }

    /** The segment of the customer of a visit, when the visit is known. */
    public Optional<VisitFacts> facts(UUID visitId) {
        return jdbc.sql("SELECT SEGMENT, STARTED_AT FROM VISIT WHERE ID = ?").param(visitId)
                .query((rs, i) -> new VisitFacts(rs.getString("SEGMENT"), rs.getObject("STARTED_AT", java.time.OffsetDateTime.class).toInstant())).optional();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** What a feedback answer inherits from its visit. */
    public record VisitFacts(String segment, java.time.Instant startedAt) {
    }
}
