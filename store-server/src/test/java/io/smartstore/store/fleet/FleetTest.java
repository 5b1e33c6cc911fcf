package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.store.Api;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.testing.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The shop's kiosks at a glance: a heartbeat shows on the fleet, and each kiosk's state follows its readers, answers and silence. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FleetTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnrolledClients kiosks;

    @Test
    void aKiosksHeartbeatShowsOnTheFleetWithItsVersionReadersAndWaitingAnswers() {
        Api api = new Api(port);
        String token = "Bearer " + json(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/kiosks", "application/json",
                "{\"kioskId\":\"kiosk-fleet-http\"}")).path("token").asString();
        Instant started = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant oldest = Instant.now().minusSeconds(20);
        assertThat(api.send("POST", "/api/v1/heartbeats", "application/json", """
                {"version":"1.4.2","startedAt":"%s","readers":[{"name":"card-reader","state":"CONNECTED","lastReadAt":"%s"},
                 {"name":"camera","state":"ABSENT"}],"outbox":{"backlog":3,"oldestAt":"%s"}}""".formatted(started, oldest, oldest), token)
                .statusCode()).isEqualTo(204);

        JsonNode kiosk = kiosk(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet/kiosks", null, null)), "kiosk-fleet-http");
        assertThat(kiosk.path("state").asString()).isEqualTo("ONLINE");
        assertThat(kiosk.path("version").asString()).isEqualTo("1.4.2");
        assertThat(Instant.parse(kiosk.path("startedAt").asString())).isEqualTo(started);
        assertThat(Instant.parse(kiosk.path("lastContactAt").asString())).isAfter(oldest);
        assertThat(kiosk.path("outbox").path("backlog").asLong()).isEqualTo(3);
        assertThat(kiosk.path("readers")).extracting(reader -> reader.path("name").asString() + " " + reader.path("state").asString())
                .containsExactly("camera ABSENT", "card-reader CONNECTED");

        JsonNode never = kiosk(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet/kiosks", null, null)), "kiosk-1");
        assertThat(never.path("state").asString() + " " + never.path("reason").asString()).isEqualTo("OFFLINE never heard from");
    }

    @Test
    void aHeartbeatThatIsNotOneIsRefusedAndOnlyKiosksSendThem() {
        Api api = new Api(port);
        assertProblem(api.asKiosk("POST", "/api/v1/heartbeats", "application/json", "{\"version\":\"1.0\"}"), 400, "invalid_heartbeat");
        assertProblem(api.asKiosk("POST", "/api/v1/heartbeats", "application/json", """
                {"version":"1.0 <script>","startedAt":"2026-12-05T08:00:00Z","readers":[],"outbox":{"backlog":0}}"""), 400, "invalid_heartbeat");
        assertProblem(api.asKiosk("POST", "/api/v1/heartbeats", "application/json", """
                {"version":"1.0","startedAt":"2026-12-05T08:00:00Z","readers":[{"name":"card-reader","state":"MELTED"}],"outbox":{"backlog":0}}"""),
                400, "malformed_request"); // not a state at all: the body does not read as a heartbeat
        assertProblem(api.asKiosk("POST", "/api/v1/heartbeats", "application/json", """
                {"version":"1.0","startedAt":"2026-12-05T08:00:00Z","readers":[],"outbox":{"backlog":-1}}"""), 400, "invalid_heartbeat");
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/heartbeats", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(api.asKiosk("GET", "/api/v1/fleet/kiosks", null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aKioskIsDegradedByAMissingReaderOrOldAnswersOfflineWhenSilentAndClosedOutsideOpeningHours() {
        kiosks.enrol("kiosk-fleet-clock", "kiosk-fleet-clock-token-0123456789");
        // a Monday a year ago, 10:00 in Paris (earlier than anything the running store records, so its own watch is not confused)
        MovingClock clock = new MovingClock(Instant.parse("2025-12-01T09:00:00Z"));
        KioskFleet fleet = new KioskFleet(new KioskHeartbeats(jdbc), kiosks, new StoreSettings(new StoreSettings.Store("STORE-1", "FR", ZoneId.of("Europe/Paris"),
                null, "MON-SAT 09:00-19:00"), null), clock, event -> { });
        Instant started = clock.instant();

        assertThat(fleet.heartbeat("kiosk-fleet-clock", beat(started, Heartbeat.ReaderState.CONNECTED, null)).state()).isEqualTo(FleetState.ONLINE);
        clock.pass(Duration.ofSeconds(30));
        KioskStatus unplugged = fleet.heartbeat("kiosk-fleet-clock", beat(started, Heartbeat.ReaderState.DISCONNECTED, null));
        assertThat(unplugged.state()).isEqualTo(FleetState.DEGRADED);
        assertThat(unplugged.reason()).isEqualTo("card-reader disconnected");
        clock.pass(Duration.ofSeconds(30));
        assertThat(fleet.heartbeat("kiosk-fleet-clock", beat(started, Heartbeat.ReaderState.CONNECTED, clock.instant().minusSeconds(6 * 60))).reason())
                .isEqualTo("answers waiting for 6 min");
        clock.pass(Duration.ofSeconds(30));
        fleet.heartbeat("kiosk-fleet-clock", beat(started, Heartbeat.ReaderState.CONNECTED, null));
        clock.pass(Duration.ofMinutes(3));
        fleet.watch();
        assertThat(fleet.find("kiosk-fleet-clock").orElseThrow().state()).isEqualTo(FleetState.OFFLINE);
        clock.pass(Duration.ofHours(9)); // past 19:00 in Paris
        fleet.watch();
        fleet.watch();

        assertThat(fleet.changes(started, clock.instant().plusSeconds(1))).filteredOn(change -> change.kioskId().equals("kiosk-fleet-clock"))
                .extracting(change -> change.state() + " " + change.reason())
                .containsExactly("ONLINE ", "DEGRADED card-reader disconnected", "ONLINE ",
                        "OFFLINE no contact for 3 min", "CLOSED outside opening hours");
    }

    private static Heartbeat beat(Instant started, Heartbeat.ReaderState cardReader, Instant oldestAnswer) {
        return new Heartbeat("2.0.0", started, List.of(new Heartbeat.Reader("card-reader", cardReader, null)),
                new Heartbeat.Outbox(oldestAnswer == null ? 0L : 1L, oldestAnswer));
    }

    private static JsonNode kiosk(JsonNode fleet, String id) {
        for (JsonNode kiosk : fleet) {
            if (kiosk.path("kioskId").asString().equals(id)) {
                return kiosk;
            }
        }
        throw new AssertionError(id + " is not in " + fleet);
    }
}
