package io.smartstore.store.audit;

import io.smartstore.store.Api;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditSettings;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.support.testing.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.basic;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change and every read of personal data by staff is in the audit trail — who, when,
 * what, from where — listed for admins over the API and as CSV, and forgotten after its period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportAndEachChangeOfPersonalDataSayWhoWhatAndFromWhere() {
        Api api = new Api(port);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(); // the test store's days
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"auditor-boss\",\"password\":\"auditor-boss-1\",\"roles\":[\"MANAGER\"],\"displayName\":\"Boss\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> csv = api.send("GET", "/api/v1/scores/daily?date=2026-12-04", null, null, basic("auditor-boss", "auditor-boss-1"), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-AUDIT-1\",\"firstName\":\"Inès\",\"segment\":\"CONSUMER\",\"cards\":[\"6280001000000063\"]}");
        api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/kiosks", "application/json", "{\"kioskId\":\"kiosk-audit\"}");

        List<JsonNode> trail = new ArrayList<>();
        HttpResponse<String> listed = api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=" + today + "&to=" + today, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        json(listed).forEach(trail::add);
        JsonNode export = trail.stream().filter(entry -> entry.path("actor").asString().equals("auditor-boss")).findFirst()
                .orElseThrow(() -> new AssertionError("no export by auditor-boss in " + trail));
        assertThat(export.path("action").asString()).isEqualTo("EXPORT_CSV");
        assertThat(export.path("target").asString()).isEqualTo("2026-12-04");
        assertThat(export.path("address").asString()).isEqualTo("127.0.0.1");
        assertThat(Instant.parse(export.path("at").asString())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        assertThat(trail).filteredOn(entry -> entry.path("actor").asString().equals("admin")).extracting(entry -> entry.path("action").asString())
                .contains("STAFF_CREATED", "CUSTOMERS_IMPORTED", "KIOSK_ENROLLED");
        assertThat(trail).as("no personal data in the trail itself").noneMatch(entry -> entry.toString().contains("Inès")
                || entry.toString().contains("6280001000000063") || entry.toString().contains("auditor-boss-1"));

        JsonNode byOne = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=" + today + "&to=" + today + "&actor=auditor-boss", null, null));
        assertThat(byOne).hasSize(1);
        HttpResponse<String> asCsv = api.send("GET", "/api/v1/audit?from=" + today + "&to=" + today + "&actor=auditor-boss", null, null,
                basic("admin", "admin-test"), "text/csv");
        assertThat(asCsv.body().lines().toList()).hasSize(2).first().isEqualTo("at,actor,action,target,address");

        assertProblem(api.asStaff("auditor-boss", "auditor-boss-1", "GET", "/api/v1/audit?from=" + today + "&to=" + today, null, null), 403, "forbidden");
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=2026-12-05&to=2026-12-01", null, null), 400, "invalid_period");
    }

    @Test
    void whatIsOlderThanThirteenMonthsIsForgotten() {
        MovingClock clock = new MovingClock(Instant.parse("2024-01-10T10:00:00Z"));
        AuditTrail trail = new AuditTrail(new io.smartstore.support.audit.AuditEvents(jdbc), clock, new AuditSettings(Period.ofMonths(13)),
                org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy(), new io.smartstore.support.audit.AuditZone(ZoneOffset.UTC));
        trail.record(AuditAction.EXPORT_CSV, "2024-01-09");
        clock.pass(Duration.ofDays(20));
        trail.record(AuditAction.EXPORT_CSV, "2024-01-29");
        clock.pass(Duration.ofDays(13 * 31 - 20 + 5)); // past the first one's 13 months, within the second's
        assertThat(trail.forget()).isEqualTo(1);
        assertThat(trail.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"), null))
                .extracting(io.smartstore.support.audit.AuditEntry::target).containsExactly("2024-01-29");
    }

    @Test
    void theTrailIsReadByTheStoresOwnDays() {
        // 23:30 UTC on 30 November is half past midnight on 1 December in Paris, the test store's zone
        String target = "late-" + java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO AUDIT_EVENT (ID, AT, ACTOR, ACTION, TARGET, ADDRESS) VALUES (?, ?, 'night-owl', 'EXPORT_CSV', ?, '127.0.0.1')")
                .params(java.util.UUID.randomUUID(), java.sql.Timestamp.from(Instant.parse("2026-11-30T23:30:00Z")), target).update();
        Api api = new Api(port);
        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=2026-12-01&to=2026-12-01&actor=night-owl", null, null)))
                .extracting(entry -> entry.path("target").asString()).contains(target);
        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=2026-11-30&to=2026-11-30&actor=night-owl", null, null)))
                .extracting(entry -> entry.path("target").asString()).doesNotContain(target);
    }
}
