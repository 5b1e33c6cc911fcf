package io.smartstore.store.webhooks;

import io.smartstore.protocol.webhooks.WebhookSignature;
import io.smartstore.store.Api;
import io.smartstore.support.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against real HTTP receivers on this machine: what happens at the store reaches a subscriber signed, in order,
 * once per event, through a receiver's outage, a 500 and a hang; a bad address or event is refused at subscription.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"smartstore.webhooks.give-up-after=5s", "smartstore.webhooks.timeout=1s", "smartstore.webhooks.poll=200ms"})
@ActiveProfiles("test")
// runs once, on H2: its SQL is app-support's, which central's webhook tests run on PostgreSQL too
@org.junit.jupiter.api.Tag("database-independent")
class WebhooksTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    /** Anonymous answers at the same kiosk, ten minutes apart: none is taken for misuse. */
    private static final AtomicInteger ANSWERS = new AtomicInteger();
    private static final Instant FIRST_ANSWER = Instant.now().minus(Duration.ofHours(20));

    @LocalServerPort
    int port;

    @Test
    void aDetractorsAnswerAndItsFollowUpReachTheReceiverSignedAndVerifiable() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode subscription = subscribe(api, receiver.url(), "answer.detractor", "follow-up.opened", "follow-up.taken", "follow-up.closed");
            String secret = subscription.path("secret").asString();
            assertThat(secret).startsWith("whsec_");
            assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/webhooks", null, null)))
                    .as("the secret is shown once").allSatisfy(listed -> assertThat(listed.has("secret")).isFalse());

            answer(api, 9, "Great"); // a promoter: nothing to tell
            UUID detractor = answer(api, 3, "Waited an hour");
            List<WebhookReceiver.Received> received = receiver.awaitReceived(2, WITHIN);
            assertThat(received).hasSize(2);
            for (WebhookReceiver.Received delivery : received) {
                assertThat(delivery.method()).isEqualTo("POST");
                assertThat(WebhookSignature.verify(delivery.signature(), delivery.body(), secret, Instant.now(), Duration.ofMinutes(5)))
                        .as("signed with the subscription's secret").isTrue();
                assertThat(WebhookSignature.verify(delivery.signature(), delivery.body(), "whsec_another", Instant.now(), Duration.ofMinutes(5))).isFalse();
            }
            JsonNode answered = ApiBody.of(received.get(0));
            assertThat(answered.path("type").asString()).isEqualTo("answer.detractor");
            assertThat(answered.path("storeId").asString()).isEqualTo("FR-TEST-01");
            assertThat(answered.path("data").path("answerId").asString()).isEqualTo(detractor.toString());
            assertThat(answered.path("data").path("score").asInt()).isEqualTo(3);
            assertThat(answered.path("data").path("comment").asString()).isEqualTo("Waited an hour");
            assertThat(answered.path("data").path("customerRef").isNull()).as("nobody recognised").isTrue();
            JsonNode opened = ApiBody.of(received.get(1));
            assertThat(opened.path("type").asString()).isEqualTo("follow-up.opened");
            assertThat(opened.path("data").path("status").asString()).isEqualTo("OPEN");
            assertThat(opened.path("id").asString()).isNotEqualTo(answered.path("id").asString());

            String followUp = opened.path("data").path("id").asString();
            api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + followUp, "application/json", "{\"owner\":\"nina\"}");
            api.asStaff("admin", "admin-test", "PATCH", "/api/v1/follow-ups/" + followUp, "application/json",
                    "{\"status\":\"CLOSED\",\"outcome\":\"called back\"}");
            received = receiver.awaitReceived(4, WITHIN);
            assertThat(received).extracting(delivery -> ApiBody.of(delivery).path("type").asString())
                    .containsExactly("answer.detractor", "follow-up.opened", "follow-up.taken", "follow-up.closed");
            assertThat(ApiBody.of(received.get(2)).path("data").path("owner").asString()).isEqualTo("nina");
            assertThat(ApiBody.of(received.get(3)).path("data").path("outcome").asString()).isEqualTo("called back");

            JsonNode log = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries", null, null));
            assertThat(log).hasSize(4).allSatisfy(delivery -> {
                assertThat(delivery.path("state").asString()).isEqualTo("DELIVERED");
                assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
                assertThat(delivery.path("lastOutcome").asString()).isEqualTo("HTTP 204");
            });
            delete(api, subscription);
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventOnceAndInOrderWhenItIsBack() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.down()) {
            JsonNode subscription = subscribe(api, receiver.url(), "answer.detractor");
            List<String> sent = new ArrayList<>();
            for (int score : new int[]{0, 4, 6}) {
                sent.add(answer(api, score, null).toString());
            }
            String deliveries = "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries";
            long end = System.nanoTime() + WITHIN.toNanos();
            while (json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).get(2).path("attempts").asInt() == 0 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            JsonNode first = json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).get(2);
            assertThat(first.path("state").asString() + ", " + first.path("lastOutcome").asString()).isEqualTo("PENDING, could not connect");

            receiver.start();
            receiver.awaitReceived(3, WITHIN);
            Thread.sleep(1000); // two more looks at the outbox: anything sent twice would come now
            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).extracting(delivery -> ApiBody.of(delivery).path("data").path("answerId").asString())
                    .as("every event, once, in order").containsExactlyElementsOf(sent);
            assertThat(received).extracting(delivery -> ApiBody.of(delivery).path("id").asString()).doesNotHaveDuplicates();
            JsonNode log = json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null));
            assertThat(log).allSatisfy(delivery -> assertThat(delivery.path("state").asString()).isEqualTo("DELIVERED"));
            assertThat(log.get(2).path("attempts").asInt()).as("the first was tried while the receiver was down").isGreaterThan(1);
            delete(api, subscription);
        }
    }

    @Test
    void aReceiverAnswering500OrHangingNeverSlowsTheAnswerAndItsEventIsSetAsideWithTheReason() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver failing = WebhookReceiver.started().answering(500); WebhookReceiver hanging = WebhookReceiver.started().hanging()) {
            JsonNode toFailing = subscribe(api, failing.url(), "answer.detractor");
            JsonNode toHanging = subscribe(api, hanging.url(), "answer.detractor");
            answer(api, 2, null);
            hanging.awaitReceived(1, WITHIN);
            answer(api, 1, null); // taken at once while the hanging receiver holds the first delivery
            assertThat(hanging.received()).as("the receiver still holds the first").hasSize(1);

            JsonNode failed = awaitSetAside(api, toFailing);
            assertThat(failed.path("lastOutcome").asString()).isEqualTo("not acknowledged within PT5S; last: HTTP 500");
            assertThat(failed.path("attempts").asInt()).isGreaterThan(1);
            JsonNode hung = awaitSetAside(api, toHanging);
            assertThat(hung.path("lastOutcome").asString()).isEqualTo("not acknowledged within PT5S; last: no answer within 1000 ms");
            delete(api, toFailing);
            delete(api, toHanging);
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver moved = WebhookReceiver.started().answering(302)) {
            JsonNode subscription = subscribe(api, moved.url(), "answer.detractor");
            answer(api, 6, null);
            String deliveries = "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries";
            long end = System.nanoTime() + WITHIN.toNanos();
            while (json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).get(0).path("attempts").asInt() == 0 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            JsonNode delivery = json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).get(0);
            assertThat(delivery.path("state").asString()).as("a redirect is not an acknowledgement").isEqualTo("PENDING");
            assertThat(delivery.path("lastOutcome").asString()).isEqualTo("HTTP 302 (redirects are not followed)");
            delete(api, subscription);
        }
    }

    @Test
    void aPausedSubscriptionKeepsItsEventsUntilResumedAndADeletedOneIsGone() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode subscription = subscribe(api, receiver.url(), "answer.detractor");
            String path = "/api/v1/webhooks/" + subscription.path("id").asString();
            assertThat(json(api.asStaff("admin", "admin-test", "PATCH", path, "application/json", "{\"paused\":true}")).path("paused").asBoolean()).isTrue();
            String kept = answer(api, 5, null).toString();
            Thread.sleep(1000); // five looks at the outbox
            assertThat(receiver.received()).isEmpty();
            assertThat(json(api.asStaff("admin", "admin-test", "GET", path + "/deliveries", null, null)).get(0).path("state").asString()).isEqualTo("PENDING");

            assertThat(json(api.asStaff("admin", "admin-test", "PATCH", path, "application/json", "{\"paused\":false}")).path("paused").asBoolean()).isFalse();
            assertThat(receiver.awaitReceived(1, WITHIN)).extracting(delivery -> ApiBody.of(delivery).path("data").path("answerId").asString())
                    .containsExactly(kept);

            assertThat(api.asStaff("admin", "admin-test", "DELETE", path, null, null).statusCode()).isEqualTo(204);
            assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/webhooks", null, null)))
                    .noneSatisfy(listed -> assertThat(listed.path("id").asString()).isEqualTo(subscription.path("id").asString()));
            assertProblem(api.asStaff("admin", "admin-test", "GET", path + "/deliveries", null, null), 404, "unknown_webhook");
            assertProblem(api.asStaff("admin", "admin-test", "DELETE", path, null, null), 404, "unknown_webhook");
            assertProblem(api.asStaff("admin", "admin-test", "PATCH", path, "application/json", "{\"paused\":true}"), 404, "unknown_webhook");
        }
    }

    @Test
    void aKioskGoingDegradedIsTold() throws Exception {
        Api api = new Api(port);
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode subscription = subscribe(api, receiver.url(), "kiosk.degraded");
            assertThat(api.asKiosk("POST", "/api/v1/heartbeats", "application/json", """
                    {"version":"1.0","startedAt":"%s","readers":[{"name":"card-reader","state":"DISCONNECTED"}],"outbox":{"backlog":0}}"""
                    .formatted(Instant.now().minusSeconds(60))).statusCode()).isEqualTo(204);
            JsonNode told = ApiBody.of(receiver.awaitReceived(1, WITHIN).getFirst());
            assertThat(told.path("type").asString()).isEqualTo("kiosk.degraded");
            assertThat(told.path("data").path("state").asString()).isEqualTo("DEGRADED");
            assertThat(told.path("data").path("kioskId").asString()).isNotBlank();
            delete(api, subscription);
        }
    }

    @Test
    void aBadAddressOrEventIsRefusedAtSubscriptionAndNothingIsKept() {
        Api api = new Api(port);
        int before = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/webhooks", null, null)).size();
        for (String url : List.of("ftp://127.0.0.1/hooks", "not an address", "/hooks", "http://crm.example/hooks", "https://user:pw@crm.example/hooks",
                "https://crm.example/hooks#part", "https://" + "a".repeat(2000) + ".example/")) {
            assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/webhooks", "application/json",
                    "{\"url\":\"%s\",\"events\":[\"answer.detractor\"]}".formatted(url)), 400, "invalid_webhook");
        }
        for (String events : List.of("[]", "[\"answer.nope\"]", "[\"store.silent\"]", "null")) {
            assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/webhooks", "application/json",
                    "{\"url\":\"https://crm.example/hooks\",\"events\":%s}".formatted(events)), 400, "invalid_webhook");
        }
        assertThat(json(api.asStaff("admin", "admin-test", "GET", "/api/v1/webhooks", null, null))).hasSize(before);
        assertThat(api.asKiosk("GET", "/api/v1/webhooks", null, null).statusCode()).as("admins only").isEqualTo(403);
        assertThat(api.anonymous("GET", "/api/v1/webhooks", null, null).statusCode()).isEqualTo(401);
    }

    private static JsonNode subscribe(Api api, String url, String... events) {
        HttpResponse<String> created = api.asStaff("admin", "admin-test", "POST", "/api/v1/webhooks", "application/json",
                "{\"url\":\"%s\",\"events\":[%s]}".formatted(url, String.join(",", java.util.Arrays.stream(events).map(e -> "\"" + e + "\"").toList())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode subscription = json(created);
        assertThat(subscription.path("url").asString()).isEqualTo(url);
        return subscription;
    }

    private static void delete(Api api, JsonNode subscription) {
        assertThat(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/webhooks/" + subscription.path("id").asString(), null, null).statusCode())
                .isEqualTo(204);
    }

    /** An anonymous answer at the kiosk; returns its id. */
    private static UUID answer(Api api, int score, String comment) {
        UUID id = UUID.randomUUID();
        Instant at = FIRST_ANSWER.plus(Duration.ofMinutes(10L * ANSWERS.getAndIncrement()));
        HttpResponse<String> receipt = api.asKiosk("POST", "/api/v1/feedback", "application/json", "{\"responses\":[{\"id\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"%s}]}"
                .formatted(id, score, at, comment == null ? "" : ",\"comment\":\"" + comment + "\""));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        return id;
    }

    private static JsonNode awaitSetAside(Api api, JsonNode subscription) throws InterruptedException {
        String deliveries = "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries";
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode oldest = json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).path(1);
        while (!oldest.path("state").asString().equals("SET_ASIDE") && System.nanoTime() < end) {
            Thread.sleep(100);
            oldest = json(api.asStaff("admin", "admin-test", "GET", deliveries, null, null)).path(1);
        }
        return oldest;
    }

    /** A delivery's body, parsed. */
    private static final class ApiBody {
        static JsonNode of(WebhookReceiver.Received delivery) {
            return tools.jackson.databind.json.JsonMapper.shared().readTree(delivery.body());
        }
    }
}
