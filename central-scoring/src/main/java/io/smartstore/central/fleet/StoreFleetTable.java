package io.smartstore.central.fleet;

import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Table {@code STORE_FLEET} (each store's latest report) and the stores provisioned in {@code STORE_CLIENT}, for {@link StoreFleet}. Only SQL here. */
@Repository
class StoreFleetTable {

    private static final TypeReference<List<FleetReport.Kiosk>> KIOSKS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    StoreFleetTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A store provisioned and not revoked; its zone may be unknown. */
    record Provisioned(String storeId, String country, String zone) {
    }

    /** A store's latest report, as received. */
    record Reported(FleetReport report, Instant receivedAt) {
    }

    void replace(FleetReport report, Instant receivedAt) {
        jdbc.sql("DELETE FROM STORE_FLEET WHERE STORE_ID = ?").param(report.storeId()).update();
        jdbc.sql("""
                        INSERT INTO STORE_FLEET (STORE_ID, RECEIVED_AT, VERSION, STARTED_AT, OPENING_HOURS, BACKLOG, OLDEST_AT, DATABASE_BYTES,
                                                 FREE_DISK_BYTES, LAST_ANSWER_AT, COUNTRY, ZONE, KIOSKS)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.storeId(), utc(receivedAt), report.version(), utc(report.startedAt()),
                        Objects.requireNonNullElse(report.openingHours(), ""), report.relay().backlog(), utc(report.relay().oldestAt()),
                        report.databaseBytes(), report.freeDiskBytes(), utc(report.lastAnswerAt()), report.country(), report.zone(),
                        json.writeValueAsString(report.kiosks()))
                .update();
    }

    List<Provisioned> provisioned() {
        return jdbc.sql("SELECT ID, COUNTRY, ZONE FROM STORE_CLIENT WHERE REVOKED = FALSE")
                .query((rs, n) -> new Provisioned(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Reported> reports() {
        return jdbc.sql("""
                SELECT STORE_ID, RECEIVED_AT, VERSION, STARTED_AT, OPENING_HOURS, BACKLOG, OLDEST_AT, DATABASE_BYTES, FREE_DISK_BYTES,
                       LAST_ANSWER_AT, COUNTRY, ZONE, KIOSKS FROM STORE_FLEET""").query((rs, n) -> new Reported(new FleetReport(rs.getString(1),
                rs.getString(11), rs.getString(12), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)), rs.getString(5),
                new Heartbeat.Outbox(rs.getLong(6), instant(rs.getObject(7, OffsetDateTime.class))), rs.getLong(8), rs.getLong(9),
                instant(rs.getObject(10, OffsetDateTime.class)), json.readValue(rs.getString(13), KIOSKS)),
                instant(rs.getObject(2, OffsetDateTime.class)))).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
