package io.smartstore.kiosk.recognition;

import com.sun.net.httpserver.HttpServer;
import io.smartstore.kiosk.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's dry run of a read at start, against a stand-in store on loopback: it asks for a dry run and nothing
 * else, sends nobody's card, tries again while the store is not ready until it answers or the tries run out, and once
 * answered sends a few dozen more back to back.
 */
class DryRunAtStartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SAMPLE = """
            {"visitId":null,"customer":{"ref":"dry-run","firstName":"Sample","language":"en","segment":"CONSUMER"},\
            "history":[{"sphere":"HOME","items":[{"date":"2026-12-07","kind":"PRODUCT","title":"Sample","status":"ACTIVE"}]}],\
            "suggestions":[],"assurance":"HIGH"}""";
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private HttpServer store;

    @AfterEach
    void stop() {
        if (store != null) {
            store.stop(0);
        }
    }

    @Test
    void theKioskAsksForADryRunWithNobodysCardAndTriesAgainUntilTheStoreIsReady() throws IOException {
        store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(JSON.createObjectNode().put("method", exchange.getRequestMethod()).put("path", exchange.getRequestURI().getPath())
                    .put("query", exchange.getRequestURI().getQuery()).put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                    .set("body", JSON.readTree(body)));
            boolean starting = requests.size() == 1;
            byte[] answer = (starting ? "{\"status\":503}" : SAMPLE).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", starting ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(starting ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        store.start();

        assertThat(warmUpAgainst("http://127.0.0.1:" + store.getAddress().getPort()).dryRunUntilTheStoreAnswers(Duration.ofMillis(20), 5))
                .as("answered at the second try").isTrue();
        assertThat(requests).as("one refused, one answered, then the ones back to back").hasSize(2 + RecognitionWarmUp.AFTER_THE_FIRST);
        for (JsonNode request : requests) {
            assertThat(request.path("method").asString()).isEqualTo("POST");
            assertThat(request.path("path").asString()).isEqualTo("/api/v1/identifications");
            assertThat(request.path("query").asString()).isEqualTo("dryRun=true");
            assertThat(request.path("authorization").asString()).isEqualTo("Bearer kiosk-token");
            assertThat(request.path("body").path("method").asString()).isEqualTo("CARD");
            assertThat(request.path("body").path("credential").asString()).as("nobody's card").isEqualTo("0000000000000000");
        }
    }

    @Test
    void aStoreThatNeverAnswersIsTriedAFewTimesAndThenLeftToTheFirstCustomer() {
        // port 1 (tcpmux) is privileged and unused: nothing listens there, whatever else the machine runs
        assertThat(warmUpAgainst("http://127.0.0.1:1").dryRunUntilTheStoreAnswers(Duration.ofMillis(10), 3)).isFalse();
    }

    private static RecognitionWarmUp warmUpAgainst(String url) {
        KioskSettings settings = new KioskSettings(new KioskSettings.Store(url, "kiosk-token", ""), null, null, null);
        return new RecognitionWarmUp(JSON, new StoreClient(RestClient.builder(), settings, new DefaultSslBundleRegistry()));
    }
}
