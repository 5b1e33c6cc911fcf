package io.smartstore.central.webhooks;

import io.smartstore.central.Api;
import io.smartstore.protocol.webhooks.WebhookSignature;
import io.smartstore.support.testing.WebhookReceiver;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Central's webhooks against a real receiver: a store going silent is told once, and a day's scores as the API shows them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CentralWebhooksTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final String REPORT = """
            {"storeId":"FR-TEST-01","country":"FR","zone":"Europe/Paris","version":"1.3.0","startedAt":"2026-12-05T07:00:00Z","openingHours":"",
             "relay":{"backlog":0},"databaseBytes":1048576,"freeDiskBytes":52000000000,"kiosks":[]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StoreSilenceWatch silence;
    @Autowired
    ScoresPublication publication;

    @Test
    void aStoreGoingSilentIsToldOnceSignedAndAgainOnlyAfterItWasHeard() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode subscription = subscribe(api, receiver.url(), "store.silent");
            assertThat(api.asStore("POST", "/api/v1/fleet/reports", "application/json", REPORT).statusCode()).isEqualTo(204);
            jdbc.sql("UPDATE STORE_FLEET SET RECEIVED_AT = ? WHERE STORE_ID = 'FR-TEST-01'")
                    .param(Instant.now().minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC)).update();
            silence.look();
            silence.look(); // still silent: told once
            String deliveries = "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries";
            assertThat(json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).size()).isEqualTo(1);

            WebhookReceiver.Received delivery = receiver.awaitReceived(1, WITHIN).getFirst();
            assertThat(WebhookSignature.verify(delivery.signature(), delivery.body(), subscription.path("secret").asString(), Instant.now(),
                    Duration.ofMinutes(5))).isTrue();
            JsonNode told = JsonMapper.shared().readTree(delivery.body());
            assertThat(told.path("type").asString()).isEqualTo("store.silent");
            assertThat(told.path("storeId").asString()).isEqualTo("FR-TEST-01");
            assertThat(told.path("data").path("state").asString()).isEqualTo("OFFLINE");

            assertThat(api.asStore("POST", "/api/v1/fleet/reports", "application/json", REPORT).statusCode()).isEqualTo(204);
            silence.look(); // heard again: the next silence will be told
            jdbc.sql("UPDATE STORE_FLEET SET RECEIVED_AT = ? WHERE STORE_ID = 'FR-TEST-01'")
                    .param(Instant.now().minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC)).update();
            silence.look();
            assertThat(json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).size()).isEqualTo(2);
            assertThat(api.asStore("POST", "/api/v1/fleet/reports", "application/json", REPORT).statusCode()).isEqualTo(204);
            delete(api, subscription);
        }
    }

    @Test
    void aDaysScoresArePublishedAsTheApiShowsThem() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode subscription = subscribe(api, receiver.url(), "scores.published");
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            publication.publish(day);
            JsonNode told = JsonMapper.shared().readTree(receiver.awaitReceived(1, WITHIN).getFirst().body());
            assertThat(told.path("type").asString()).isEqualTo("scores.published");
            assertThat(told.path("storeId").isNull()).as("the whole network's").isTrue();
            assertThat(told.path("data").path("date").asString()).isEqualTo(day.toString());
            assertThat(told.path("data").path("scores"))
                    .isEqualTo(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=" + day + "&to=" + day, null, null)));
            delete(api, subscription);
        }
    }

    @Test
    void centralOffersItsOwnEventsToAdminsOnly() {
        Api api = new Api(port);
        assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/webhooks", "application/json",
                "{\"url\":\"https://crm.example/hooks\",\"events\":[\"answer.detractor\"]}"), 400, "invalid_webhook");
        assertThat(api.asStore("GET", "/api/v1/webhooks", null, null).statusCode()).isEqualTo(403);
    }

    private static JsonNode subscribe(Api api, String url, String... events) {
        var created = api.asStaff("admin", "admin-test", "POST", "/api/v1/webhooks", "application/json",
                "{\"url\":\"%s\",\"events\":[%s]}".formatted(url, String.join(",", List.of(events).stream().map(e -> "\"" + e + "\"").toList())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    private static void delete(Api api, JsonNode subscription) {
        assertThat(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/webhooks/" + subscription.path("id").asString(), null, null).statusCode())
                .isEqualTo(204);
    }
}
