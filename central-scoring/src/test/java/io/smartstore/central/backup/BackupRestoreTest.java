package io.smartstore.central.backup;

import io.smartstore.central.Api;
import io.smartstore.central.CentralScoringApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smartstore.support.testing.BackupZip;

import static io.smartstore.support.testing.ApiClient.basic;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Central's online backup: the restored copy holds what was acknowledged before, tells the stores, and keeps what they send again once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // H2's online backup: on PostgreSQL, pg_dump backs up
class BackupRestoreTest {

    @LocalServerPort
    int port;

    @Test
    void aRestoredCentralTellsTheStoresAndKeepsWhatTheySendAgainOnce() throws Exception {
        Api api = new Api(port);
        List<UUID> before = send(api, 4);
        Instant asked = Instant.now();
        HttpResponse<byte[]> backup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/backup"))
                .header("Authorization", basic("admin", "admin-test")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(backup.statusCode()).isEqualTo(200);
        List<UUID> after = send(api, 3);
        assertThat(new Api(port).asStore("POST", "/api/v1/admin/backup", null, null).statusCode()).as("a store may not take one").isEqualTo(403);

        Path restored = Path.of("target", "test-db", "restored-" + UUID.randomUUID());
        try (var central = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + BackupZip.unzipDatabase(backup.body(), restored, "central"))) {
            JdbcClient copy = central.getBean(JdbcClient.class);
            assertThat(count(copy, before)).isEqualTo(before.size());
            assertThat(count(copy, after)).isZero();
            Api restoredApi = new Api(((WebServerApplicationContext) central).getWebServer().getPort());
            List<UUID> again = new ArrayList<>(before);
            again.addAll(after);
            JsonNode receipt = json(restoredApi.asStore("POST", "/api/v1/responses", "application/json", batch(again)));
            assertThat(Instant.parse(receipt.path("restoredFrom").asString())).isBetween(asked.minusSeconds(1), Instant.now());
            assertThat(receipt.path("accepted").size()).isEqualTo(after.size());
            assertThat(receipt.path("duplicates").size()).isEqualTo(before.size());
            assertThat(count(copy, again)).isEqualTo(again.size());
        }
    }

    /** A store's batch of {@code answers} new answers of 20 November 2026, acknowledged; their ids. */
    static List<UUID> send(Api api, int answers) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            ids.add(UUID.randomUUID());
        }
        assertThat(api.asStore("POST", "/api/v1/responses", "application/json", batch(ids)).statusCode()).isEqualTo(200);
        return ids;
    }

    static String batch(List<UUID> ids) {
        List<String> answers = ids.stream().map(id -> "{\"id\":\"%s\",\"segment\":null,\"sphere\":null,\"score\":9,\"answeredAt\":\"2026-11-20T10:00:00Z\",\"localDate\":\"2026-11-20\",\"recognised\":false}"
                .formatted(id)).toList();
        return "{\"storeId\":\"FR-TEST-01\",\"country\":\"FR\",\"responses\":[%s]}".formatted(String.join(",", answers));
    }

    private static long count(JdbcClient jdbc, List<UUID> ids) {
        return ids.stream().filter(id -> jdbc.sql("SELECT COUNT(*) FROM RESPONSE WHERE ID = ?").param(id).query(Long.class).single() == 1).count();
    }
}
