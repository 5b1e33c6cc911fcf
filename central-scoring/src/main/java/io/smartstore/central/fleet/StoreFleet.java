package io.smartstore.central.fleet;

import io.smartstore.protocol.fleet.FleetRules;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.fleet.OpeningHours;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every store's latest report, and each store judged by {@link FleetRules#STORE} against the clock and its opening
 * hours in its zone. A store provisioned but never heard from is OFFLINE ("never heard from").
 */
@Service
public class StoreFleet {

    private static final TypeReference<List<FleetReport.Kiosk>> KIOSKS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StoreFleet(JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps {@code report} as the store's latest; a store may only report about itself. */
    @Transactional
    public void report(String caller, FleetReport report) {
        if (!caller.equals(report.storeId())) {
            throw new Refusal(ProblemCode.STORE_MISMATCH, "A store reports only about itself");
        }
        zone(report.zone());
        try {
            OpeningHours.parse(report.openingHours());
        } catch (IllegalArgumentException e) {
            throw new Refusal(ProblemCode.INVALID_FLEET_REPORT, e.getMessage());
        }
        jdbc.sql("DELETE FROM STORE_FLEET WHERE STORE_ID = ?").param(report.storeId()).update();
        jdbc.sql("""
                        INSERT INTO STORE_FLEET (STORE_ID, RECEIVED_AT, VERSION, STARTED_AT, OPENING_HOURS, BACKLOG, OLDEST_AT, DATABASE_BYTES,
                                                 FREE_DISK_BYTES, LAST_ANSWER_AT, COUNTRY, ZONE, KIOSKS)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.storeId(), utc(clock.instant()), report.version(), utc(report.startedAt()),
                        Objects.requireNonNullElse(report.openingHours(), ""), report.relay().backlog(), utc(report.relay().oldestAt()),
                        report.databaseBytes(), report.freeDiskBytes(), utc(report.lastAnswerAt()), report.country(), report.zone(),
                        json.writeValueAsString(report.kiosks()))
                .update();
        events.publishEvent(new FleetReported(report.storeId()));
    }

    /** Every store provisioned here or heard from, problems first, then by country and id; {@code null} filters nothing. */
    public List<StoreStatus> stores(String country, FleetState state) {
        Instant now = clock.instant();
        Map<String, StoreStatus> all = new LinkedHashMap<>();
        jdbc.sql("SELECT ID, COUNTRY, ZONE FROM STORE_CLIENT WHERE REVOKED = FALSE").query(rs -> {
            String zone = rs.getString(3);
            FleetRules.Verdict verdict = FleetRules.STORE.judge(now, zone == null ? ZoneOffset.UTC : ZoneId.of(zone), OpeningHours.always(),
                    null, null, List.of());
            all.put(rs.getString(1), new StoreStatus(rs.getString(1), rs.getString(2), verdict.state(), verdict.reason(),
                    null, null, null, null, null, null, null, List.of()));
        });
        jdbc.sql("""
                SELECT STORE_ID, RECEIVED_AT, VERSION, STARTED_AT, OPENING_HOURS, BACKLOG, OLDEST_AT, DATABASE_BYTES, FREE_DISK_BYTES,
                       LAST_ANSWER_AT, COUNTRY, ZONE, KIOSKS FROM STORE_FLEET""").query(rs -> {
            Instant received = instant(rs.getObject(2, OffsetDateTime.class));
            Heartbeat.Outbox relay = new Heartbeat.Outbox(rs.getLong(6), instant(rs.getObject(7, OffsetDateTime.class)));
            FleetRules.Verdict verdict = FleetRules.STORE.judge(now, ZoneId.of(rs.getString(12)), OpeningHours.parse(rs.getString(5)),
                    received, relay.oldestAt(), List.of());
            all.put(rs.getString(1), new StoreStatus(rs.getString(1), rs.getString(11), verdict.state(), verdict.reason(), received,
                    rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)), relay, rs.getLong(8), rs.getLong(9),
                    instant(rs.getObject(10, OffsetDateTime.class)), asOfTheStore(verdict, json.readValue(rs.getString(13), KIOSKS))));
        });
        List<StoreStatus> stores = new ArrayList<>(all.values().stream()
                .filter(store -> country == null || country.equals(store.country()))
                .filter(store -> state == null || state == store.state()).toList());
        stores.sort(Comparator.comparing((StoreStatus store) -> store.state().ordinal())
                .thenComparing(store -> Objects.requireNonNullElse(store.country(), "")).thenComparing(StoreStatus::storeId));
        return stores;
    }

    /** A silent or closed store's kiosks are what their store is: nothing newer is known of them. */
    private static List<FleetReport.Kiosk> asOfTheStore(FleetRules.Verdict store, List<FleetReport.Kiosk> kiosks) {
        if (store.state() != FleetState.OFFLINE && store.state() != FleetState.CLOSED) {
            return kiosks;
        }
        return kiosks.stream().map(kiosk -> new FleetReport.Kiosk(kiosk.kioskId(), store.state(), "store: " + store.reason(),
                kiosk.lastContactAt(), kiosk.version(), kiosk.readers(), kiosk.outbox())).toList();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new Refusal(ProblemCode.INVALID_FLEET_REPORT, "zone is the store's time zone, such as Europe/Paris");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
