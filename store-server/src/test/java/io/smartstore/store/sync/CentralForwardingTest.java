package io.smartstore.store.sync;

import com.sun.net.httpserver.HttpServer;
import io.smartstore.store.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's hop to central, against a stand-in central on loopback: what it forwards
 * (pseudonymous, the visit as a key, misuse flagged), its session reports, and what it
 * says when central refuses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/forwarding-${random.uuid}", "smartstore.relay.interval=1h",
        "smartstore.central.sessions-interval=1h", "smartstore.central.token=store-token"})
@ActiveProfiles("test")
class CentralForwardingTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final HttpServer central = startCentral();
    static volatile int status = 200;
    static final List<JsonNode> responses = new CopyOnWriteArrayList<>();
    static final List<JsonNode> sessions = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void centralUrl(DynamicPropertyRegistry registry) {
        registry.add("smartstore.central.url", () -> "http://localhost:" + central.getAddress().getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    CentralRelay relay;
    @Autowired
    SessionsReporter reporter;

    @BeforeEach
    void reset() {
        status = 200;
        responses.clear();
        sessions.clear();
    }

    @AfterAll
    static void stop() {
        central.stop(0);
    }

    @Test
    void answersGoPseudonymousWithTheVisitAsAKeyAndMisuseFlagged() {
        Api api = new Api(port);
        api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-1\",\"firstName\":\"Camille\",\"segment\":\"CONSUMER\",\"cards\":[\"6280001000000014\"]}");
        String visit = JSON.readTree(api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"6280001000000014\"}").body()).path("visitId").asString();
        Instant now = Instant.now();
        UUID recognised = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID again = UUID.randomUUID();
        api.asKiosk("POST", "/api/v1/feedback", "application/json", """
                {"responses":[{"id":"%s","visitId":"%s","score":9,"comment":"Camille here","answeredAt":"%s"},
                {"id":"%s","score":7,"answeredAt":"%s"},{"id":"%s","score":0,"answeredAt":"%s"}]}"""
                .formatted(recognised, visit, now, first, now.plusSeconds(60), again, now.plusSeconds(62)));

        relay.retryNow();

        assertThat(responses).hasSize(1);
        JsonNode batch = responses.getFirst();
        assertThat(batch.path("storeId").asString()).isEqualTo("FR-TEST-01");
        JsonNode camille = find(batch, recognised);
        assertThat(camille.path("segment").asString()).isEqualTo("CONSUMER");
        assertThat(camille.path("visit").asString()).matches("[0-9a-f]{64}").isNotEqualTo(visit);
        assertThat(camille.has("comment")).isFalse();
        assertThat(batch.toString()).doesNotContain("Camille").doesNotContain("C-1").doesNotContain(visit);
        assertThat(find(batch, first).path("misuse").isNull()).isTrue();
        assertThat(find(batch, again).path("misuse").asBoolean()).isTrue();
        assertThat(relay.health().getDetails().get("backlog")).isEqualTo(0L);
    }

    @Test
    void theDaysSessionsAreReportedForTodayAndYesterday() {
        Api api = new Api(port);
        api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(UUID.randomUUID()));
        reporter.report();
        assertThat(sessions).hasSize(2);
        JsonNode today = sessions.getLast();
        assertThat(today.path("storeId").asString()).isEqualTo("FR-TEST-01");
        assertThat(today.path("country").asString()).isEqualTo("FR");
        assertThat(today.path("sessions").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(today.path("recognised").asLong()).isLessThanOrEqualTo(today.path("sessions").asLong());
        assertThat(sessions.getFirst().path("localDate").asString()).isLessThan(today.path("localDate").asString());
    }

    @Test
    void aTokenCentralRefusesIsSaidPlainlyAndNothingIsLost() {
        Api api = new Api(port);
        status = 401;
        api.asKiosk("POST", "/api/v1/feedback", "application/json",
                "{\"responses\":[{\"id\":\"%s\",\"score\":8,\"answeredAt\":\"%s\"}]}".formatted(UUID.randomUUID(), Instant.now()));
        relay.retryNow();
        Health health = relay.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("problem")).contains("central refused our token (401)");
        assertThat((Long) health.getDetails().get("backlog")).isGreaterThanOrEqualTo(1L);

        // the same backlog for a monitoring system
        String metrics = api.asStaff("admin", "admin-test", "GET", "/actuator/prometheus", null, null).body();
        io.smartstore.support.testing.Scrape scrape = new io.smartstore.support.testing.Scrape(metrics);
        assertThat(scrape.value("smartstore_relay_backlog", "relay=\"store-to-central\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("smartstore_relay_oldest_seconds{");
        assertThat(scrape.value("smartstore_relay_refused", "relay=\"store-to-central\"")).as("an alert rule watches this").isEqualTo(1);
    }

    private static JsonNode find(JsonNode batch, UUID id) {
        for (JsonNode response : batch.path("responses")) {
            if (response.path("id").asString().equals(id.toString())) {
                return response;
            }
        }
        throw new AssertionError(id + " not forwarded");
    }

    private static HttpServer startCentral() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/responses", exchange -> {
                JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String reply;
                if (status == 200) {
                    responses.add(body);
                    List<String> ids = new ArrayList<>();
                    body.path("responses").forEach(r -> ids.add("\"" + r.path("id").asString() + "\""));
                    reply = "{\"accepted\":[" + String.join(",", ids) + "],\"duplicates\":[]}";
                } else {
                    reply = "{\"code\":\"unauthenticated\",\"title\":\"Unknown or revoked token\",\"status\":401}";
                }
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.createContext("/api/v1/sessions", exchange -> {
                sessions.add(JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
