package io.smartstore.store.customers;

import io.smartstore.store.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's data on request: everything the store holds about them, then their erasure —
 * afterwards no table holds their reference, their card's hash, their name or their comment,
 * the kiosk no longer recognises the card, and the day's figures are what they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerErasureTest {

    static final String REF = "C-ERASE-42";
    static final String CARD = "6280001000000071";
    static final String NAME = "Guillemette";
    static final String COMMENT = "Guillemette waited far too long at desk 4";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anErasedCustomerLeavesNoTraceAndNoFigureMoves() {
        Api api = new Api(port);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"%s\",\"firstName\":\"%s\",\"language\":\"fr\",\"segment\":\"PRO\",\"cards\":[\"%s\"],\"history\":[{\"sphere\":\"WORK\",\"date\":\"2026-09-01\",\"kind\":\"PRODUCT\",\"title\":\"Pro fibre\",\"status\":\"ACTIVE\"}]}"
                        .formatted(REF, NAME, CARD)).statusCode()).isEqualTo(200);
        String visit = json(identify()).path("visitId").asString();
        String ticket = json(api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"visitId\":\"" + visit + "\",\"sphere\":\"WORK\"}"))
                .path("ticket").asString();
        String day = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        api.asKiosk("POST", "/api/v1/feedback", "application/json",
                "{\"responses\":[{\"id\":\"%s\",\"visitId\":\"%s\",\"ticket\":\"%s\",\"score\":2,\"comment\":\"%s\",\"consentToContact\":true,\"reasons\":[\"WAIT_TIME\"],\"answeredAt\":\"%s\"}]}"
                        .formatted(UUID.randomUUID(), visit, ticket, COMMENT, Instant.now()));

        JsonNode data = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/customers/" + REF + "/data", null, null));
        assertThat(data.path("firstName").asString()).isEqualTo(NAME);
        assertThat(data.path("history").findValuesAsString("title")).contains("Pro fibre");
        assertThat(data.path("visits")).hasSize(1);
        assertThat(data.path("tickets").findValuesAsString("ticket")).containsExactly(ticket);
        assertThat(data.path("answers").findValuesAsString("comment")).containsExactly(COMMENT);
        assertThat(data.path("followUps")).hasSize(1);
        String cardHash = data.path("credentials").get(0).path("hash").asString();
        assertThat(cardHash).hasSize(64);
        api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"erasure-manager\",\"password\":\"erasure-manager-1\",\"roles\":[\"MANAGER\"],\"displayName\":\"Manager\"}");
        assertProblem(api.asStaff("erasure-manager", "erasure-manager-1", "GET", "/api/v1/customers/" + REF + "/data", null, null), 403, "forbidden");

        JsonNode before = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + day, null, null));
        assertThat(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/customers/" + REF, null, null).statusCode()).isEqualTo(204);

        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + day, null, null)))
                .as("the day's figures").isEqualTo(before);
        assertThat(tracesOf(REF, cardHash, NAME, COMMENT)).as("every table searched").isEmpty();
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/customers/" + REF + "/data", null, null), 404, "unknown_customer");
        assertProblem(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/customers/" + REF, null, null), 404, "unknown_customer");
        assertProblem(identify(), 404, "unknown_customer");
        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + day, null, null)).path("responses").asInt())
                .isEqualTo(before.path("responses").asInt());
    }

    @Test
    void aReferenceThatIsNoReferenceIsRefused() {
        Api api = new Api(port);
        assertProblem(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/customers/" + "x".repeat(65), null, null), 400, "invalid_customer_ref");
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/customers/nobody-here/data", null, null), 404, "unknown_customer");
    }

    private java.net.http.HttpResponse<String> identify() {
        return new Api(port).asKiosk("POST", "/api/v1/identifications", "application/json", "{\"method\":\"CARD\",\"credential\":\"" + CARD + "\"}");
    }

    /** Each table and column where any of {@code needles} still appears. */
    private List<String> tracesOf(String... needles) {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_SCHEMA) = 'public' AND TABLE_TYPE IN ('BASE TABLE', 'TABLE')")
                .query(String.class).list();
        assertThat(tables).hasSizeGreaterThan(15);
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                row.forEach((column, value) -> {
                    for (String needle : needles) {
                        if (value != null && value.toString().contains(needle)) {
                            found.add(table + "." + column);
                        }
                    }
                });
            }
        }
        return found;
    }
}
