package io.smartstore.central.fleet;

import io.smartstore.central.Api;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.support.testing.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Headquarters' fleet: a store's report shows with its kiosks, filters by country and state, and silence makes a store OFFLINE while open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FleetTest {

    private static final String REPORT = """
            {"storeId":"%s","country":"FR","zone":"Europe/Paris","version":"%s","startedAt":"2026-12-05T07:00:00Z","openingHours":"",
             "relay":{"backlog":2,"oldestAt":"%s"},"databaseBytes":1048576,"freeDiskBytes":52000000000,"lastAnswerAt":"%s",
             "kiosks":[{"kioskId":"kiosk-1","state":"ONLINE","reason":"","lastContactAt":"%s","version":"%s",
                        "readers":[{"name":"card-reader","state":"CONNECTED"}],"outbox":{"backlog":0}},
                       {"kioskId":"kiosk-2","state":"DEGRADED","reason":"card-reader disconnected","lastContactAt":"%s","version":"%s",
                        "readers":[{"name":"card-reader","state":"DISCONNECTED"}],"outbox":{"backlog":1,"oldestAt":"%s"}}]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aStoresReportShowsAtHeadquartersWithItsKiosksAndFilters() {
        Api api = new Api(port);
        String now = Instant.now().toString();
        assertThat(api.asStore("POST", "/api/v1/fleet/reports", "application/json",
                REPORT.formatted("FR-TEST-01", "1.3.0", now, now, now, "1.3.0", now, "1.2.9", now)).statusCode()).isEqualTo(204);

        JsonNode store = store(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet", null, null)), "FR-TEST-01");
        assertThat(store.path("state").asString()).isEqualTo("ONLINE");
        assertThat(store.path("version").asString()).isEqualTo("1.3.0");
        assertThat(store.path("relay").path("backlog").asLong()).isEqualTo(2);
        assertThat(store.path("freeDiskBytes").asLong()).isEqualTo(52_000_000_000L);
        assertThat(store.path("kiosks")).extracting(kiosk -> kiosk.path("kioskId").asString() + " " + kiosk.path("state").asString())
                .containsExactly("kiosk-1 ONLINE", "kiosk-2 DEGRADED");

        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet?country=DE", null, null)).path("stores"))
                .noneMatch(one -> one.path("storeId").asString().equals("FR-TEST-01"));
        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet?state=ONLINE&country=FR", null, null)).path("stores"))
                .anyMatch(one -> one.path("storeId").asString().equals("FR-TEST-01"))
                .allMatch(one -> one.path("state").asString().equals("ONLINE"));

        String metrics = api.asStaff("admin", "admin-test", "GET", "/actuator/prometheus", null, null).body();
        assertThat(gauge(metrics, "smartstore_fleet_stores{state=\"ONLINE\"}")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(metrics, "smartstore_fleet_kiosks{state=\"DEGRADED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(metrics, "smartstore_fleet_outdated{kind=\"kiosk\"}")).as("kiosk-2 runs 1.2.9 beside 1.3.0").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aStoreReportsOnlyAboutItselfAndGarbageIsRefused() {
        Api api = new Api(port);
        String now = Instant.now().toString();
        assertProblem(api.asStore("POST", "/api/v1/fleet/reports", "application/json",
                REPORT.formatted("FR-OTHER-09", "1.3.0", now, now, now, "1.3.0", now, "1.3.0", now)), 403, "store_mismatch");
        assertProblem(api.asStore("POST", "/api/v1/fleet/reports", "application/json", "{\"storeId\":\"FR-TEST-01\"}"), 400, "invalid_fleet_report");
        assertProblem(api.asStore("POST", "/api/v1/fleet/reports", "application/json",
                REPORT.formatted("FR-TEST-01", "1.3.0", now, now, now, "1.3.0", now, "1.3.0", now).replace("Europe/Paris", "Mars/Olympus")),
                400, "invalid_fleet_report");
        assertProblem(api.asStore("POST", "/api/v1/fleet/reports", "application/json",
                REPORT.formatted("FR-TEST-01", "1.3.0", now, now, now, "1.3.0", now, "1.3.0", now).replace("\"openingHours\":\"\"", "\"openingHours\":\"sometimes\"")),
                400, "invalid_fleet_report");
        assertThat(api.asStore("GET", "/api/v1/fleet", null, null).statusCode()).isEqualTo(403);
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/fleet?country=France", null, null), 400, "invalid_country");
    }

    @Test
    void aStoreSilentForFiveMinutesWhileOpenIsOfflineAndSoAreItsKiosks() {
        MovingClock clock = new MovingClock(Instant.parse("2025-12-01T09:00:00Z")); // a Monday, 10:00 in Paris
        StoreFleet fleet = new StoreFleet(new StoreFleetTable(jdbc, json), clock, event -> { });
        Instant at = clock.instant();
        fleet.report("FR-CLOCK-01", new FleetReport("FR-CLOCK-01", "FR", "Europe/Paris", "2.0.0", at, "MON-SAT 09:00-19:00",
                new Heartbeat.Outbox(0L, null), 1L, 1L, at, List.of(new FleetReport.Kiosk("kiosk-1", FleetState.ONLINE, "", at, "2.0.0", List.of(),
                new Heartbeat.Outbox(0L, null)))));
        assertThat(status(fleet).state()).isEqualTo(FleetState.ONLINE);
        clock.pass(Duration.ofMinutes(6));
        StoreStatus silent = status(fleet);
        assertThat(silent.state() + " " + silent.reason()).isEqualTo("OFFLINE no contact for 6 min");
        assertThat(silent.kiosks()).extracting(kiosk -> kiosk.state() + " " + kiosk.reason()).containsExactly("OFFLINE store: no contact for 6 min");
        clock.pass(Duration.ofHours(10)); // past 19:00 in Paris
        assertThat(status(fleet).state()).isEqualTo(FleetState.CLOSED);
        assertThat(FleetMetrics.count(List.of(silent), clock.instant()).kiosks().get(FleetState.OFFLINE)).isEqualTo(1.0);
    }

    @Test
    void aVersionOlderThanTheNewestInTheFleetIsOutdated() {
        assertThat(FleetMetrics.outdated(List.of("1.10.0", "1.9.3", "1.10.0-SNAPSHOT", "1.10.0"))).isEqualTo(2);
        assertThat(FleetMetrics.outdated(List.of("2.0.0", "2.0.0"))).isZero();
        assertThat(FleetMetrics.outdated(List.of())).isZero();
    }

    private static StoreStatus status(StoreFleet fleet) {
        return fleet.stores("FR", null).stream().filter(store -> store.storeId().equals("FR-CLOCK-01")).findFirst().orElseThrow();
    }

    private static JsonNode store(JsonNode fleet, String id) {
        for (JsonNode store : fleet.path("stores")) {
            if (store.path("storeId").asString().equals(id)) {
                return store;
            }
        }
        throw new AssertionError(id + " is not in " + fleet);
    }

    private static double gauge(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .orElseThrow(() -> new AssertionError(series + " not scraped"));
    }
}
