package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.Heartbeat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tables {@code KIOSK_HEARTBEAT}, {@code KIOSK_READER} and {@code KIOSK_STATE_CHANGE}, for {@link KioskFleet}. Only SQL here. */
@Repository
class KioskHeartbeats {

    /** A kiosk's latest heartbeat, as received. */
    record Heard(Instant receivedAt, String version, Instant startedAt, List<Heartbeat.Reader> readers, Heartbeat.Outbox outbox) {
    }

    private final JdbcClient jdbc;

    KioskHeartbeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the kiosk's heartbeat as its latest, its readers replaced. */
    void replace(String kioskId, Heartbeat beat, Instant receivedAt) {
        jdbc.sql("DELETE FROM KIOSK_HEARTBEAT WHERE KIOSK_ID = ?").param(kioskId).update();
        jdbc.sql("INSERT INTO KIOSK_HEARTBEAT (KIOSK_ID, RECEIVED_AT, VERSION, STARTED_AT, BACKLOG, OLDEST_AT) VALUES (?, ?, ?, ?, ?, ?)")
                .params(kioskId, utc(receivedAt), beat.version(), utc(beat.startedAt()), beat.outbox().backlog(), utc(beat.outbox().oldestAt()))
                .update();
        jdbc.sql("DELETE FROM KIOSK_READER WHERE KIOSK_ID = ?").param(kioskId).update();
        for (Heartbeat.Reader reader : beat.readers()) {
            jdbc.sql("INSERT INTO KIOSK_READER (KIOSK_ID, NAME, STATE, LAST_READ_AT) VALUES (?, ?, ?, ?)")
                    .params(kioskId, reader.name(), reader.state().name(), utc(reader.lastReadAt())).update();
        }
    }

    /** Every kiosk's latest heartbeat, by kiosk. */
    Map<String, Heard> heard() {
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

    List<KioskStateChange> changes(Instant from, Instant to) {
        return jdbc.sql("SELECT KIOSK_ID, AT, STATE, REASON FROM KIOSK_STATE_CHANGE WHERE AT >= ? AND AT < ? ORDER BY AT, KIOSK_ID")
                .params(utc(from), utc(to))
                .query((rs, n) -> new KioskStateChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        FleetState.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    Optional<FleetState> lastState(String kioskId) {
        return jdbc.sql("SELECT STATE FROM KIOSK_STATE_CHANGE WHERE KIOSK_ID = ? ORDER BY AT DESC FETCH FIRST 1 ROWS ONLY")
                .param(kioskId).query(String.class).optional().map(FleetState::valueOf);
    }

    void addChange(KioskStateChange change) {
        jdbc.sql("INSERT INTO KIOSK_STATE_CHANGE (ID, KIOSK_ID, AT, STATE, REASON) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), change.kioskId(), utc(change.at()), change.state().name(), change.reason()).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
