package io.smartstore.store.feedback;

import io.smartstore.store.Api;
import io.smartstore.store.StoreServerApplication;
import io.smartstore.support.testing.PowerCut;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A power cut at the store: the kiosk forgets an answer once the store has acknowledged it, so what the store
 * acknowledged must be on its disk, not in the operating system's cache. The store runs on a disk that loses
 * every write not synced ({@link PowerCut}); the answers acknowledged before the cut are all in what is left.
 */
@Tag("database-independent") // H2's file: PostgreSQL syncs each commit itself (synchronous_commit)
class PowerCutTest {

    @Test
    void everyAnswerTheStoreAcknowledgedIsOnItsDiskWhenThePowerGoes(@TempDir Path directory) throws Exception {
        Path database = directory.resolve("store");
        List<String> acknowledged = new ArrayList<>();
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreServerApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + PowerCut.url(database))) {
            Api api = new Api(Integer.parseInt(store.getEnvironment().getProperty("local.server.port")));
            for (int batch = 0; batch < 5; batch++) {
                StringBuilder answers = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    answers.append(i == 0 ? "" : ",").append("{\"id\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"}"
                            .formatted(UUID.randomUUID(), (batch + i) % 11, Instant.now()));
                }
                HttpResponse<String> receipt = api.asKiosk("POST", "/api/v1/feedback", "application/json", "{\"responses\":[" + answers + "]}");
                assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
                json(receipt).path("accepted").forEach((JsonNode id) -> acknowledged.add(id.asString()));
            }
            String afterTheCut = PowerCut.platters(database, directory.resolve("after-the-cut"));

            assertThat(acknowledged).hasSize(20);
            assertThat(answersIn(afterTheCut)).containsAll(acknowledged);
        }
    }

    /** The ids of the answers in the database at {@code url}; none when even the schema never reached the disk. */
    static Set<String> answersIn(String url) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT ID FROM FEEDBACK")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (java.sql.SQLSyntaxErrorException noTable) {
            return ids;
        }
        return ids;
    }
}
