package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.RecognitionFigures;
import io.smartstore.protocol.wire.RecognitionMiss;
import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.jdbc.GuardedInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Table {@code SESSION_DAY}: one row per store and local day, for {@link SessionDays}. Only SQL here. */
@Repository
class SessionDayTable {

    private final JdbcClient jdbc;
    private final GuardedInsert guarded;

    SessionDayTable(JdbcClient jdbc, GuardedInsert guarded) {
        this.jdbc = jdbc;
        this.guarded = guarded;
    }

    /** Writes the store's day over what was there; false when another instance inserted the day meanwhile (write again). */
    boolean write(SessionCounts counts, Instant at) {
        var now = at.atOffset(ZoneOffset.UTC);
        RecognitionFigures where = counts.recognition();
        Object[] byContact = new Object[2 + MISSES.size()];
        byContact[0] = counts.recoveredInTheShop();
        if (where != null) {
            byContact[1] = where.atDesk();
            for (int i = 0; i < MISSES.size(); i++) {
                byContact[2 + i] = where.misses().get(MISSES.get(i));
            }
        }
        int updated = jdbc.sql("""
                        UPDATE SESSION_DAY SET COUNTRY = ?, SESSIONS = ?, RECOGNISED = ?, SERVED = ?, WITHIN_PROMISE = ?, FOLLOW_UPS_DUE = ?,
                        FOLLOW_UPS_CLOSED_IN_TIME = ?, RECEIVED_AT = ?, %s WHERE STORE_ID = ? AND LOCAL_DATE = ?""".formatted(BY_CONTACT_SET))
                .params(join(new Object[]{counts.country(), counts.sessions(), counts.recognised(), counts.served(), counts.withinPromise(),
                        counts.followUpsDue(), counts.followUpsClosedInTime(), now}, byContact, new Object[]{counts.storeId(), counts.localDate()}))
                .update();
        return updated > 0 || guarded.tryInsert(() -> jdbc.sql("""
                        INSERT INTO SESSION_DAY (STORE_ID, LOCAL_DATE, COUNTRY, SESSIONS, RECOGNISED, SERVED, WITHIN_PROMISE,
                                                 FOLLOW_UPS_DUE, FOLLOW_UPS_CLOSED_IN_TIME, RECEIVED_AT, %s)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)""".formatted(BY_CONTACT, "?, ".repeat(byContact.length - 1) + "?"))
                .params(join(new Object[]{counts.storeId(), counts.localDate(), counts.country(), counts.sessions(), counts.recognised(),
                        counts.served(), counts.withinPromise(), counts.followUpsDue(), counts.followUpsClosedInTime(), now}, byContact, new Object[0]))
                .update());
    }

    private static final List<RecognitionMiss> MISSES = List.of(RecognitionMiss.values());
    private static final String BY_CONTACT = "RECOVERED_IN_THE_SHOP, AT_DESK, " + String.join(", ", MISSES.stream().map(miss -> "MISS_" + miss.name()).toList());
    private static final String BY_CONTACT_SET = String.join(", ", java.util.Arrays.stream(BY_CONTACT.split(", ")).map(column -> column + " = ?").toList());

    private static Object[] join(Object[] first, Object[] second, Object[] third) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + second.length + third.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(third, 0, all, first.length + second.length, third.length);
        return all;
    }

    /** Sessions and service figures per store over the days {@code from}–{@code to}, by country then store. */
    List<SessionDays.StoreSessions> byStore(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNTRY, STORE_ID, SUM(SESSIONS) AS SESSIONS, SUM(RECOGNISED) AS RECOGNISED,
                               COALESCE(SUM(CASE WHEN WITHIN_PROMISE IS NULL THEN 0 ELSE SERVED END), 0) AS SERVED,
                               COALESCE(SUM(SERVED * WITHIN_PROMISE), 0) AS KEPT,
                               COALESCE(SUM(FOLLOW_UPS_DUE), 0) AS FOLLOW_UPS_DUE, COALESCE(SUM(FOLLOW_UPS_CLOSED_IN_TIME), 0) AS CLOSED_IN_TIME,
                               %s
                        FROM SESSION_DAY WHERE LOCAL_DATE BETWEEN ? AND ? GROUP BY COUNTRY, STORE_ID ORDER BY COUNTRY, STORE_ID""".formatted(
                        String.join(", ", java.util.Arrays.stream(BY_CONTACT.split(", ")).map(column -> "COALESCE(SUM(" + column + "), 0) AS " + column).toList())))
                .params(from, to).query((rs, i) -> {
                    java.util.Map<RecognitionMiss, Long> misses = new java.util.EnumMap<>(RecognitionMiss.class);
                    for (RecognitionMiss miss : MISSES) {
                        misses.put(miss, rs.getLong("MISS_" + miss.name()));
                    }
                    long sessions = rs.getLong("SESSIONS");
                    long recognised = rs.getLong("RECOGNISED");
                    long atDesk = rs.getLong("AT_DESK");
                    return new SessionDays.StoreSessions(rs.getString("COUNTRY"), rs.getString("STORE_ID"), sessions, recognised, rs.getLong("SERVED"),
                            rs.getDouble("KEPT"), rs.getLong("FOLLOW_UPS_DUE"), rs.getLong("CLOSED_IN_TIME"),
                            new RecognitionFigures(sessions, recognised - atDesk, atDesk, sessions - recognised, misses), rs.getLong("RECOVERED_IN_THE_SHOP"));
                }).list();
    }

}
