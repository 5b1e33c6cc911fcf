package io.smartstore.central.audit;

import io.smartstore.central.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.basic;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Headquarters' audit trail: a store provisioned and its certificate bound, a staff account made, a customer's
 * app token issued, the audit itself exported — each with who, when and from where, for admins only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailTest {

    private static final String CERTIFICATE_SHA256 = "ab".repeat(32);

    @LocalServerPort
    int port;

    @Test
    void headquartersChangesAndACustomersTokenSayWhoWhatAndFromWhere() {
        Api api = new Api(port);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(); // headquarters' days
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/stores", "application/json",
                "{\"storeId\":\"AT-AUDIT-01\",\"country\":\"AT\",\"zone\":\"Europe/Vienna\"}").statusCode()).isEqualTo(201);
        assertThat(api.asStaff("admin", "admin-test", "PUT", "/api/v1/stores/AT-AUDIT-01/client-certificate", "application/json",
                "{\"clientCertificateSha256\":\"" + CERTIFICATE_SHA256 + "\"}").statusCode()).isEqualTo(200);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"hq-analyst\",\"password\":\"hq-analyst-pass-1\",\"roles\":[\"ANALYST\"],\"displayName\":\"Analyst\"}").statusCode()).isEqualTo(201);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/tokens", "application/json",
                "{\"customerRef\":\"C-AUDIT-HQ\"}").statusCode()).isEqualTo(200);

        List<JsonNode> trail = new ArrayList<>();
        json(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=" + today + "&to=" + today + "&actor=admin", null, null)).forEach(trail::add);
        assertThat(trail).extracting(entry -> entry.path("action").asString() + " " + entry.path("target").asString())
                .contains("STORE_PROVISIONED AT-AUDIT-01", "STORE_CLIENT_CERTIFICATE_BOUND AT-AUDIT-01", "STAFF_CREATED hq-analyst [ANALYST]",
                        "CUSTOMER_TOKEN_ISSUED C-AUDIT-HQ");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.path("address").asString()).isEqualTo("127.0.0.1");
            assertThat(Instant.parse(entry.path("at").asString())).isCloseTo(Instant.now(), within(Duration.ofMinutes(5)));
        });
        assertThat(trail).as("no secret in the trail").noneMatch(entry -> entry.toString().contains("hq-analyst-pass-1"));

        HttpResponse<String> csv = api.send("GET", "/api/v1/audit?from=" + today + "&to=" + today + "&actor=admin", null, null,
                basic("admin", "admin-test"), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).hasValue("at,actor,action,target,address");
        JsonNode afterExport = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/audit?from=" + today + "&to=" + today + "&actor=admin", null, null));
        assertThat(afterExport).as("the audit's own export is in the audit").anySatisfy(entry ->
                assertThat(entry.path("action").asString()).isEqualTo("EXPORT_CSV"));

        assertProblem(api.asStaff("hq-analyst", "hq-analyst-pass-1", "GET", "/api/v1/audit?from=" + today + "&to=" + today, null, null), 403, "forbidden");
        assertThat(api.asStore("GET", "/api/v1/audit?from=" + today + "&to=" + today, null, null).statusCode()).isEqualTo(403);
    }
}
