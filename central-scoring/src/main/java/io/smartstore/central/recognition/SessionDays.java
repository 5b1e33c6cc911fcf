package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.SessionCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Each store's kiosk sessions per local day, as the store last reported them (a report replaces the one before). */
@Repository
class SessionDays {

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionDays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void replace(SessionCounts counts) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE SESSION_DAY SET COUNTRY = ?, SESSIONS = ?, RECOGNISED = ?, SERVED = ?, WITHIN_PROMISE = ?, RECEIVED_AT = ?
                        WHERE STORE_ID = ? AND LOCAL_DATE = ?""")
                .params(counts.country(), counts.sessions(), counts.recognised(), counts.served(), counts.withinPromise(), now,
                        counts.storeId(), counts.localDate()).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO SESSION_DAY (STORE_ID, LOCAL_DATE, COUNTRY, SESSIONS, RECOGNISED, SERVED, WITHIN_PROMISE, RECEIVED_AT)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(counts.storeId(), counts.localDate(), counts.country(), counts.sessions(), counts.recognised(),
                            counts.served(), counts.withinPromise(), now).update();
        }
    }

    /** Sessions per store over the days {@code from}–{@code to}, by country then store. */
    List<StoreSessions> byStore(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNTRY, STORE_ID, SUM(SESSIONS) AS SESSIONS, SUM(RECOGNISED) AS RECOGNISED FROM SESSION_DAY
                        WHERE LOCAL_DATE BETWEEN ? AND ? GROUP BY COUNTRY, STORE_ID ORDER BY COUNTRY, STORE_ID""")
                .params(from, to).query(StoreSessions.class).list();
    }

    record StoreSessions(String country, String storeId, long sessions, long recognised) {
    }
}
