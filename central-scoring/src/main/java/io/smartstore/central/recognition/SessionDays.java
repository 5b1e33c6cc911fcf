package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.RecognitionFigures;
import io.smartstore.protocol.wire.RecognitionMiss;

import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.jdbc.GuardedInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Each store's kiosk sessions per local day, as the store last reported them (a report replaces the one before). */
@Repository
public class SessionDays {

    private final JdbcClient jdbc;
    private final GuardedInsert guarded;
    private final Clock clock;

    SessionDays(JdbcClient jdbc, GuardedInsert guarded, Clock clock) {
        this.jdbc = jdbc;
        this.guarded = guarded;
        this.clock = clock;
    }

    /** A store's day of kiosk sessions, waits and call backs, replacing what it said before of that day. */
    @Transactional
    public void replace(SessionCounts counts) {
        if (!counts.consistent()) {
            throw new io.smartstore.protocol.wire.Refusal(io.smartstore.protocol.wire.ProblemCode.INVALID_SESSION,
                    "A session report needs 0 ≤ recognised ≤ sessions and 0 ≤ followUpsClosedInTime ≤ followUpsDue");
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
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
        if (updated == 0 && !guarded.tryInsert(() -> jdbc.sql("""
                        INSERT INTO SESSION_DAY (STORE_ID, LOCAL_DATE, COUNTRY, SESSIONS, RECOGNISED, SERVED, WITHIN_PROMISE,
                                                 FOLLOW_UPS_DUE, FOLLOW_UPS_CLOSED_IN_TIME, RECEIVED_AT, %s)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)""".formatted(BY_CONTACT, "?, ".repeat(byContact.length - 1) + "?"))
                .params(join(new Object[]{counts.storeId(), counts.localDate(), counts.country(), counts.sessions(), counts.recognised(),
                        counts.served(), counts.withinPromise(), counts.followUpsDue(), counts.followUpsClosedInTime(), now}, byContact, new Object[0]))
                .update())) {
            replace(counts); // another instance wrote the day a moment before: this report replaces it
        }
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
    List<StoreSessions> byStore(LocalDate from, LocalDate to) {
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
                    return new StoreSessions(rs.getString("COUNTRY"), rs.getString("STORE_ID"), sessions, recognised, rs.getLong("SERVED"),
                            rs.getDouble("KEPT"), rs.getLong("FOLLOW_UPS_DUE"), rs.getLong("CLOSED_IN_TIME"),
                            new RecognitionFigures(sessions, recognised - atDesk, atDesk, sessions - recognised, misses), rs.getLong("RECOVERED_IN_THE_SHOP"));
                }).list();
    }

    /** Recognition and waits kept for the group, each country and each store (GET /api/v1/recognition, the dashboard). */
    public RecognitionRates rates(LocalDate from, LocalDate to) {
        java.util.Map<String, List<StoreSessions>> byCountry = new java.util.LinkedHashMap<>();
        byStore(from, to).forEach(store -> byCountry.computeIfAbsent(store.country(), c -> new java.util.ArrayList<>()).add(store));
        List<RecognitionRates.Country> countries = new java.util.ArrayList<>();
        StoreSessions group = new StoreSessions(null, null, 0, 0, 0, 0, 0, 0, RecognitionFigures.none(), 0);
        for (var entry : byCountry.entrySet()) {
            StoreSessions country = entry.getValue().stream().reduce(new StoreSessions(entry.getKey(), null, 0, 0, 0, 0, 0, 0, RecognitionFigures.none(), 0),
                    StoreSessions::plus);
            RecognitionRates.Rate rate = country.rate();
            countries.add(new RecognitionRates.Country(entry.getKey(), rate.sessions(), rate.recognised(), rate.rate(), rate.served(),
                    rate.waitsKept(), rate.followUpsDue(), rate.followUpsClosedInTime(), entry.getValue().stream().map(store -> {
                        RecognitionRates.Rate own = store.rate();
                        return new RecognitionRates.Store(store.storeId(), own.sessions(), own.recognised(), own.rate(), own.served(), own.waitsKept(),
                                own.followUpsDue(), own.followUpsClosedInTime(), own.recognition(), own.recoveredInTheShop());
                    }).toList(), rate.recognition(), rate.recoveredInTheShop()));
            group = group.plus(country);
        }
        return new RecognitionRates(group.rate(), countries);
    }

    /**
     * A store's (or a sum's) figures of a period. In {@code recognition}, the days a store did not report where it
     * recognised count as at the kiosk, and their misses as unknown (the misses then add up to less than {@code never}).
     */
    record StoreSessions(String country, String storeId, long sessions, long recognised, long served, double kept, long followUpsDue,
                         long closedInTime, RecognitionFigures recognition, long recoveredInTheShop) {
        StoreSessions plus(StoreSessions other) {
            return new StoreSessions(country, storeId, sessions + other.sessions, recognised + other.recognised, served + other.served,
                    kept + other.kept, followUpsDue + other.followUpsDue, closedInTime + other.closedInTime, recognition.plus(other.recognition),
                    recoveredInTheShop + other.recoveredInTheShop);
        }

        RecognitionRates.Rate rate() {
            return RecognitionRates.Rate.of(sessions, recognised, served, kept, followUpsDue, closedInTime, recognition, recoveredInTheShop);
        }
    }
}
