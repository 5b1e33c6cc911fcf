package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetRules;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.clients.EnrolledClients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The shop's kiosks: each heartbeat kept (the latest per kiosk), each kiosk judged by {@link FleetRules#KIOSK}
 * against the clock and the shop's opening hours, and each change of state recorded — when a heartbeat
 * arrives and every 30 s for the kiosks that went silent.
 */
@Service
public class KioskFleet {

    private final JdbcClient jdbc;
    private final EnrolledClients kiosks;
    private final StoreSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KioskFleet(JdbcClient jdbc, EnrolledClients kiosks, StoreSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.kiosks = kiosks;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the kiosk's latest heartbeat (its readers replaced) and records a change of its state. */
    @Transactional
    public KioskStatus heartbeat(String kioskId, Heartbeat beat) {
        jdbc.sql("DELETE FROM KIOSK_HEARTBEAT WHERE KIOSK_ID = ?").param(kioskId).update();
        jdbc.sql("INSERT INTO KIOSK_HEARTBEAT (KIOSK_ID, RECEIVED_AT, VERSION, STARTED_AT, BACKLOG, OLDEST_AT) VALUES (?, ?, ?, ?, ?, ?)")
                .params(kioskId, utc(clock.instant()), beat.version(), utc(beat.startedAt()), beat.outbox().backlog(), utc(beat.outbox().oldestAt()))
                .update();
        jdbc.sql("DELETE FROM KIOSK_READER WHERE KIOSK_ID = ?").param(kioskId).update();
        for (Heartbeat.Reader reader : beat.readers()) {
            jdbc.sql("INSERT INTO KIOSK_READER (KIOSK_ID, NAME, STATE, LAST_READ_AT) VALUES (?, ?, ?, ?)")
                    .params(kioskId, reader.name(), reader.state().name(), utc(reader.lastReadAt())).update();
        }
        KioskStatus status = find(kioskId).orElseThrow();
        recordIfChanged(status);
        events.publishEvent(new KioskHeard(kioskId));
        return status;
    }

    /** Every kiosk enrolled here or heard from, problems first, then by name. */
    public List<KioskStatus> kiosks() {
        Map<String, Heard> heard = heard();
        TreeSet<String> ids = new TreeSet<>(heard.keySet());
        kiosks.all().stream().filter(client -> !client.revoked()).forEach(client -> ids.add(client.id()));
        Instant now = clock.instant();
        List<KioskStatus> all = new ArrayList<>();
        for (String id : ids) {
            all.add(judge(id, heard.get(id), now));
        }
        all.sort(Comparator.comparing((KioskStatus status) -> status.state().ordinal()).thenComparing(KioskStatus::kioskId));
        return all;
    }

    public Optional<KioskStatus> find(String kioskId) {
        return kiosks().stream().filter(status -> status.kioskId().equals(kioskId)).findFirst();
    }

    /** The changes of state from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<KioskStateChange> changes(Instant from, Instant to) {
        return jdbc.sql("SELECT KIOSK_ID, AT, STATE, REASON FROM KIOSK_STATE_CHANGE WHERE AT >= ? AND AT < ? ORDER BY AT, KIOSK_ID")
                .params(utc(from), utc(to))
                .query((rs, n) -> new KioskStateChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        FleetState.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /** Records the kiosks whose state changed without a heartbeat: gone silent, opened, closed (each change also published as a {@link KioskStateChange}). */
    @Scheduled(fixedDelayString = "${smartstore.fleet.check-interval:30s}", initialDelayString = "${smartstore.fleet.check-interval:30s}")
    public void watch() {
        kiosks().forEach(this::recordIfChanged);
    }

    private void recordIfChanged(KioskStatus status) {
        Optional<String> last = jdbc.sql("SELECT STATE FROM KIOSK_STATE_CHANGE WHERE KIOSK_ID = ? ORDER BY AT DESC FETCH FIRST 1 ROWS ONLY")
                .param(status.kioskId()).query(String.class).optional();
        if (last.isEmpty() || !last.get().equals(status.state().name())) {
            Instant at = clock.instant();
            jdbc.sql("INSERT INTO KIOSK_STATE_CHANGE (ID, KIOSK_ID, AT, STATE, REASON) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), status.kioskId(), utc(at), status.state().name(), status.reason()).update();
            events.publishEvent(new KioskStateChange(status.kioskId(), at, status.state(), status.reason()));
        }
    }

    private KioskStatus judge(String kioskId, Heard heard, Instant now) {
        StoreSettings.Store store = settings.store();
        if (heard == null) {
            FleetRules.Verdict verdict = FleetRules.KIOSK.judge(now, store.zone(), store.hours(), null, null, List.of());
            return new KioskStatus(kioskId, verdict.state(), verdict.reason(), null, null, null, List.of(), null);
        }
        List<String> missing = heard.readers().stream().filter(reader -> reader.state() == Heartbeat.ReaderState.DISCONNECTED)
                .map(Heartbeat.Reader::name).toList();
        FleetRules.Verdict verdict = FleetRules.KIOSK.judge(now, store.zone(), store.hours(), heard.receivedAt(), heard.outbox().oldestAt(), missing);
        return new KioskStatus(kioskId, verdict.state(), verdict.reason(), heard.receivedAt(), heard.version(), heard.startedAt(),
                heard.readers(), heard.outbox());
    }

    private Map<String, Heard> heard() {
        Map<String, List<Heartbeat.Reader>> readers = new LinkedHashMap<>();
        jdbc.sql("SELECT KIOSK_ID, NAME, STATE, LAST_READ_AT FROM KIOSK_READER ORDER BY KIOSK_ID, NAME").query(rs -> {
            readers.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Heartbeat.Reader(rs.getString(2),
                    Heartbeat.ReaderState.valueOf(rs.getString(3)), instant(rs.getObject(4, OffsetDateTime.class))));
        });
        Map<String, Heard> heard = new LinkedHashMap<>();
        jdbc.sql("SELECT KIOSK_ID, RECEIVED_AT, VERSION, STARTED_AT, BACKLOG, OLDEST_AT FROM KIOSK_HEARTBEAT").query(rs -> {
            String id = rs.getString(1);
            heard.put(id, new Heard(instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)),
                    List.copyOf(readers.getOrDefault(id, List.of())),
                    new Heartbeat.Outbox(rs.getLong(5), instant(rs.getObject(6, OffsetDateTime.class)))));
        });
        return heard;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private record Heard(Instant receivedAt, String version, Instant startedAt, List<Heartbeat.Reader> readers, Heartbeat.Outbox outbox) {
    }
}
