package io.smartstore.central.upgrade;

import io.smartstore.central.Api;
import io.smartstore.central.CentralScoringApplication;
import io.smartstore.support.testing.UpgradeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A central database written by an earlier release migrates with every figure unchanged: today's central starts
 * on it (Flyway applies what came since) and answers each recorded question as that release did.
 */
@org.junit.jupiter.api.Tag("database-independent") // runs once: the fixture is an H2 database (central on PostgreSQL: see docs/upgrades.md)
class UpgradeTest {

    @Test
    void aCentralOfMainBeforeTheFleetMigratesWithEveryFigureUnchanged() {
        UpgradeFixture fixture = new UpgradeFixture("0.1.0-b880adb");
        String url = fixture.database("central.sql.gz", Path.of("target", "test-db", "upgrade-" + UUID.randomUUID()));
        try (var central = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").run("--server.port=0",
                "--spring.datasource.url=" + url)) {
            Api api = new Api(((WebServerApplicationContext) central).getWebServer().getPort());
            assertThat(fixture.queries()).hasSizeGreaterThanOrEqualTo(6);
            for (Map.Entry<String, String> question : fixture.queries().entrySet()) {
                HttpResponse<String> answer = api.asStaff("admin", "admin-demo", "GET", question.getValue(), null, null);
                assertThat(answer.statusCode()).as(question.getValue()).isEqualTo(200);
                assertThat(UpgradeFixture.differences(fixture.answer(question.getKey()), json(answer))).as(question.getValue()).isEmpty();
            }

            // a store of that release (its recorded requests) keeps working with today's central: answers and session counts taken
            List<UpgradeFixture.RecordedRequest> store = fixture.requests("store-to-central");
            assertThat(store).extracting(UpgradeFixture.RecordedRequest::path).contains("/api/v1/responses", "/api/v1/sessions");
            for (UpgradeFixture.RecordedRequest request : store) {
                HttpResponse<String> answer = api.send(request.method(), request.path(), request.contentType(), request.body(), "Bearer demo-store-token");
                assertThat(answer.statusCode()).as(request.path() + " " + answer.body()).isEqualTo(request.status());
                if (request.path().equals("/api/v1/responses")) {
                    var receipt = json(answer);
                    assertThat(receipt.path("accepted").size() + receipt.path("duplicates").size()).as("every answer of the batch acknowledged")
                            .isEqualTo(tools.jackson.databind.json.JsonMapper.shared().readTree(request.body()).path("responses").size());
                }
            }
        }
    }
}
