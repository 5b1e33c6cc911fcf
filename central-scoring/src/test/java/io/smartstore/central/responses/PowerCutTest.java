package io.smartstore.central.responses;

import io.smartstore.central.Api;
import io.smartstore.central.CentralScoringApplication;
import io.smartstore.support.testing.PowerCut;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A power cut at central on its H2 file: the store's relay forgets an answer once central has acknowledged it, so
 * each acknowledged answer must be on central's disk. Central runs on a disk that loses every write not synced
 * ({@link PowerCut}); every answer acknowledged before the cut is in what is left.
 */
@Tag("database-independent") // H2's file: PostgreSQL syncs each commit itself (synchronous_commit)
class PowerCutTest {

    @Test
    void everyAnswerCentralAcknowledgedIsOnItsDiskWhenThePowerGoes(@TempDir Path directory) throws Exception {
        Path database = directory.resolve("central");
        List<String> acknowledged = new ArrayList<>();
        try (ConfigurableApplicationContext central = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + PowerCut.url(database))) {
            Api api = new Api(((WebServerApplicationContext) central).getWebServer().getPort());
            for (int batch = 0; batch < 5; batch++) {
                List<String> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add("{\"id\":\"%s\",\"segment\":\"CONSUMER\",\"score\":%d,\"answeredAt\":\"2026-11-20T10:00:00Z\",\"localDate\":\"2026-11-20\",\"recognised\":true}"
                            .formatted(UUID.randomUUID(), (batch + i) % 11));
                }
                HttpResponse<String> receipt = api.asStore("POST", "/api/v1/responses", "application/json",
                        "{\"storeId\":\"FR-TEST-01\",\"country\":\"FR\",\"responses\":[%s]}".formatted(String.join(",", answers)));
                assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
                json(receipt).path("accepted").forEach(id -> acknowledged.add(id.asString()));
            }
            String afterTheCut = PowerCut.platters(database, directory.resolve("after-the-cut"));

            assertThat(acknowledged).hasSize(20);
            Set<String> kept = new HashSet<>();
            try (Connection connection = DriverManager.getConnection(afterTheCut, "sa", ""); Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT ID FROM RESPONSE")) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
            assertThat(kept).containsAll(acknowledged);
        }
    }
}
