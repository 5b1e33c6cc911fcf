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
     * "continue anonymously" are one session; a session recognised at any call is recognised.
     * A call without a session id is a session of its own.
     */
    @Transactional
    void countSession(String kioskId, UUID session, boolean recognised) {
        if (session != null && markKnownSession(kioskId, session, recognised)) {
            return;
        }
        if (!guarded.tryInsert(() -> jdbc.sql("INSERT INTO KIOSK_SESSION (KIOSK_ID, SESSION_ID, LOCAL_DATE, RECOGNISED) VALUES (?, ?, ?, ?)")
                .params(kioskId, session, today(), recognised).update())) {
            markKnownSession(kioskId, session, recognised); // the same session's other call counted it a moment ago
        }
    }

    /** A session already counted becomes recognised if this call recognised it; false when it is not counted yet. */
    private boolean markKnownSession(String kioskId, UUID session, boolean recognised) {
        return jdbc.sql("UPDATE KIOSK_SESSION SET RECOGNISED = (RECOGNISED OR ?) WHERE KIOSK_ID = ? AND SESSION_ID = ?")
                .params(recognised, kioskId, session).update() == 1;
    }

    /** A day's kiosk sessions and how many of them recognised the customer. */
    public SessionCount sessionsOn(LocalDate day) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS SESSIONS, COALESCE(SUM(CASE WHEN RECOGNISED THEN 1 ELSE 0 END), 0) AS RECOGNISED
                        FROM KIOSK_SESSION WHERE LOCAL_DATE = ?""")
                .param(day).query(SessionCount.class).single();
    }

    /** Sessions of a day: the recognition rate is {@code recognised / sessions}. */
    public record SessionCount(long sessions, long recognised) {
        public Double rate() {
            return sessions == 0 ? null : (double) recognised / sessions;
        }
    }

    /** The customer ref of a visit, when the visit is known. */
    public Optional<String> customerOf(UUID visitId) {
        return jdbc.sql("SELECT CUSTOMER_REF FROM VISIT WHERE ID = ?").param(visitId).query(String.class).optional();
    }

    /** The segment of the customer of a visit, when the visit is known. */
    public Optional<VisitFacts> facts(UUID visitId) {
        return jdbc.sql("SELECT SEGMENT FROM VISIT WHERE ID = ?").param(visitId)
                .query((rs, i) -> new VisitFacts(rs.getString("SEGMENT"))).optional();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** What a feedback answer inherits from its visit. */
    public record VisitFacts(String segment) {
    }
}
