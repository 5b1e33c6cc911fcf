package io.smartstore.store.scores;

import io.smartstore.store.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The manager's API beyond the day: reasons, follow-ups (the closed loop) and whether the score really moved. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManagerApiTest {

    @LocalServerPort
    int port;

    @Test
    void detractorsWhoCommentOrConsentBecomeFollowUpsThatAreTakenAndClosed() {
        Api api = new Api(port);
        api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-5\",\"firstName\":\"Hugo\",\"segment\":\"PRO\",\"cards\":[\"6280001000000097\"]}");
        String visit = json(api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"6280001000000097\"}")).path("visitId").asString();
        String day = "2026-11-10";
        send(api, null, 3, day + "T09:00:00Z", "\"comment\":\"Waited an hour\",\"reasons\":[\"WAIT_TIME\"]");
        send(api, visit, 2, day + "T10:00:00Z", "\"consentToContact\":true,\"reasons\":[\"WAIT_TIME\",\"ADVICE\"]");
        send(api, null, 9, day + "T11:00:00Z", "\"comment\":\"Great\",\"reasons\":[\"FRIENDLY_STAFF\"]"); // a promoter: nobody to call
        send(api, null, 5, day + "T12:00:00Z", "\"reasons\":[\"WAIT_TIME\"]"); // a detractor who said nothing more

        // the store's other open call backs are of other days
        List<JsonNode> open = new ArrayList<>();
        json(api.asStaff("admin", "admin-test", "GET", "/api/v1/follow-ups?status=OPEN", null, null)).forEach(followUp -> {
            if (followUp.path("dueAt").asString().startsWith("2026-11-12")) {
                open.add(followUp);
            }
        });
        assertThat(open).hasSize(2);
        JsonNode anonymous = open.get(0);
        assertThat(anonymous.path("score").asInt()).isEqualTo(3);
        assertThat(anonymous.path("comment").asString()).isEqualTo("Waited an hour");
        assertThat(anonymous.path("customer").isNull()).isTrue();
        assertThat(Instant.parse(anonymous.path("dueAt").asString())).isEqualTo(Instant.parse(day + "T09:00:00Z").plusSeconds(48 * 3600));
        JsonNode hugo = open.get(1);
        assertThat(hugo.path("customer").path("firstName").asString()).isEqualTo("Hugo");
        assertThat(hugo.path("consentToContact").asBoolean()).isTrue();

        String id = hugo.path("id").asString();
        JsonNode taken = json(api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + id, "application/json", "{\"owner\":\"nina\"}"));
        assertThat(taken.path("owner").asString()).isEqualTo("nina");
        JsonNode closed = json(api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + id, "application/json",
                "{\"status\":\"CLOSED\",\"outcome\":\"called back, appointment booked\"}"));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertProblem(api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + id, "application/json", "{\"status\":\"DONE\"}"), 400, "malformed_request");
        assertProblem(api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + UUID.randomUUID(), "application/json", "{}"), 404, "not_found");

        JsonNode figures = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + day, null, null));
        assertThat(figures.path("followUps").path("opened").asInt()).isEqualTo(2);
        assertThat(figures.path("followUps").path("overdue").asInt()).as("the anonymous one, long past due").isGreaterThanOrEqualTo(1);
        JsonNode reasons = figures.path("reasons");
        assertThat(reasons.get(0).path("reason").asString()).as("what detractors cite most comes first").isEqualTo("WAIT_TIME");
        assertThat(reasons.get(0).path("detractors").asInt()).isEqualTo(3);
        assertThat(reasons.findValuesAsString("reason")).containsExactlyInAnyOrder("WAIT_TIME", "ADVICE", "FRIENDLY_STAFF");
    }

    @Test
    void aRealMoveIsToldFromNoise() {
        Api api = new Api(port);
        // the week before: 40 answers around 0; this week: 40 promoters
        for (int i = 0; i < 40; i++) {
            send(api, null, i % 2 == 0 ? 2 : 9, "2026-10-0%dT10:%02d:00Z".formatted(1 + i % 7, i), null);
            send(api, null, 10, "2026-10-%02dT10:%02d:00Z".formatted(8 + i % 7, i), null);
        }
        JsonNode trend = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/trend?from=2026-10-08&to=2026-10-14", null, null));
        assertThat(trend.path("days")).hasSize(7);
        assertThat(trend.path("days").get(0).path("date").asString()).isEqualTo("2026-10-08");
        assertThat(trend.path("change").path("nps").asDouble()).isEqualTo(100.0);
        assertThat(trend.path("change").path("previousNps").asDouble()).isEqualTo(0.0);
        assertThat(trend.path("change").path("significant").asBoolean()).isTrue();

        JsonNode quiet = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/trend?from=2026-09-01&to=2026-09-07", null, null));
        assertThat(quiet.path("change").path("nps").isNull()).isTrue();
        assertThat(quiet.path("change").path("significant").asBoolean()).isFalse();
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/trend?from=2026-10-08&to=2026-10-01", null, null), 400, "invalid_period");
    }

    private static void send(Api api, String visit, int score, String answeredAt, String extra) {
        HttpResponse<String> sent = api.asKiosk("POST", "/api/v1/feedback", "application/json",
                "{\"responses\":[{\"id\":\"%s\",\"visitId\":%s,\"score\":%d,\"answeredAt\":\"%s\"%s}]}".formatted(UUID.randomUUID(),
                        visit == null ? "null" : "\"" + visit + "\"", score, answeredAt, extra == null ? "" : "," + extra));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }
}
