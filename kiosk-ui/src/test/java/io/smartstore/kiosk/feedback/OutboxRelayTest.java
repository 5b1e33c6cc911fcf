package io.smartstore.kiosk.feedback;

import com.sun.net.httpserver.HttpServer;
import io.smartstore.protocol.wire.FeedbackResponse;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay against a stand-in store on loopback that can be down, accept, or
 * refuse one record: nothing is lost and nothing is marked sent without an acknowledgement.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxRelayTest {

    static final HttpServer store = startStore();
    static volatile String mode = "down";
    /** When the stand-in store says it runs on a restored backup, the instant that backup was taken. */
    static volatile Instant restoredFrom;
    static final List<String> received = new CopyOnWriteArrayList<>();

    @Autowired
    FeedbackOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void storeUrl(DynamicPropertyRegistry registry) {
        registry.add("smartstore.store.url", () -> "http://localhost:" + store.getAddress().getPort());
        registry.add("smartstore.store.token", () -> "relay-test-token");
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM OUTBOX").update();
        received.clear();
    }

    @AfterAll
    static void stopStore() {
        store.stop(0);
    }

    @Test
    void answersWaitWhileTheStoreIsDownAndDrainWhenItIsBack() {
        mode = "down";
        outbox.add(answer(7));
        outbox.add(answer(10));
        relay.forward();
        assertThat(outbox.backlog().count()).isEqualTo(2);
        assertThat(outbox.backlog().oldestAge()).isPresent();

        mode = "accept";
        relay.retryNow();
        assertThat(outbox.backlog().count()).isZero();
        assertThat(received).hasSize(1);
        assertThat(scoresIn(received.getFirst())).containsExactly(7, 10);
    }

    @Test
    void aRecordTheStoreRefusesIsSetAsideAndTheRestGoesThrough() {
        mode = "refuse-threes";
        outbox.add(answer(3));
        outbox.add(answer(9));
        relay.forward();
        relay.forward();
        assertThat(outbox.backlog().count()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM OUTBOX WHERE REFUSED IS NOT NULL").query(Integer.class).single()).isEqualTo(1);
        assertThat(scoresIn(received.getLast())).containsExactly(9);
    }

    @Test
    void aRevokedKioskTokenIsSaidPlainlyInHealthAndNothingIsLost() {
        mode = "revoked";
        outbox.add(answer(6));
        relay.retryNow();
        Health health = relay.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("state")).isEqualTo("REFUSED");
        assertThat((String) health.getDetails().get("problem")).contains("refused our token (401)");
        assertThat(health.getDetails().get("backlog")).isEqualTo(1L);

        mode = "accept";
        relay.retryNow();
        assertThat(relay.health().getStatus()).isEqualTo(Status.UP);
        assertThat(outbox.backlog().count()).isZero();
    }

    @Test
    void aStoreRestoredFromABackupGetsAgainWhatItAcknowledgedSinceAndNothingIsLost() {
        mode = "accept";
        outbox.add(answer(8));
        outbox.add(answer(4));
        relay.retryNow();
        assertThat(outbox.backlog().count()).isZero();

        // the store's disk died; it runs again on last night's backup: the two answers above are gone there
        restoredFrom = Instant.now().minusSeconds(60);
        outbox.add(answer(10));
        relay.retryNow();
        assertThat(outbox.backlog().count()).isZero();
        assertThat(received.stream().flatMap(batch -> scoresIn(batch).stream())).as("8 and 4 sent again after the restore")
                .containsExactlyInAnyOrder(8, 4, 10, 8, 4, 10);

        relay.retryNow();
        outbox.add(answer(5));
        relay.retryNow();
        assertThat(scoresIn(received.getLast())).as("once per restore, not at every batch").containsExactly(5);
        restoredFrom = null;
    }

    private static List<Integer> scoresIn(String batch) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(batch).path("responses").findValues("score").stream()
                .map(tools.jackson.databind.JsonNode::asInt).toList();
    }

    private static FeedbackResponse answer(int score) {
        return FeedbackResponse.atKiosk(UUID.randomUUID(), null, score, List.of(), null, Instant.now(), "en");
    }

    private static HttpServer startStore() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/feedback", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String reply;
                int status;
                if (mode.equals("down")) {
                    status = 503;
                    reply = "{}";
                } else if (mode.equals("revoked")) {
                    status = 401;
                    reply = "{\"code\":\"unauthenticated\",\"title\":\"Unknown or revoked token\"}";
                } else if (mode.equals("refuse-threes") && scores(body).contains(3)) {
                    status = 400;
                    reply = "{\"code\":\"invalid_batch\",\"errors\":[{\"index\":" + scores(body).indexOf(3)
                            + ",\"field\":\"score\",\"message\":\"refused by the test\"}]}";
                } else {
                    received.add(body);
                    status = 200;
                    reply = "{\"accepted\":[" + String.join(",", ids(body)) + "],\"duplicates\":[]"
                            + (restoredFrom == null ? "" : ",\"restoredFrom\":\"" + restoredFrom + "\"") + "}";
                }
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", status == 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> scores(String body) {
        Matcher matcher = Pattern.compile("\"score\":(\\d+)").matcher(body);
        List<Integer> scores = new java.util.ArrayList<>();
        while (matcher.find()) {
            scores.add(Integer.parseInt(matcher.group(1)));
        }
        return scores;
    }

    private static List<String> ids(String body) {
        Matcher matcher = Pattern.compile("\"id\":(\"[0-9a-f-]{36}\")").matcher(body);
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
