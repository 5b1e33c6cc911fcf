package io.smartstore.store.upgrade;

import io.smartstore.store.Api;
import io.smartstore.store.StoreServerApplication;
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
 * A store database written by an earlier release migrates with every figure unchanged: today's store starts
 * on it (Flyway applies what came since) and answers each recorded question as that release did.
 */
@org.junit.jupiter.api.Tag("database-independent") // runs once: the fixture is an H2 database, as the shop's server runs on
class UpgradeTest {

    @Test
    void aStoreOfMainBeforeTheFleetMigratesWithEveryFigureUnchanged() {
        UpgradeFixture fixture = new UpgradeFixture("0.1.0-b880adb");
        String url = fixture.database("store.sql.gz", Path.of("target", "test-db", "upgrade-" + UUID.randomUUID()));
        try (var store = new SpringApplicationBuilder(StoreServerApplication.class).profiles("test").run("--server.port=0",
                "--spring.datasource.url=" + url, "--smartstore.store.id=FR-PARIS-01", "--smartstore.central.url=",
                "--smartstore.cards.hash-secret=demo-card-secret-not-for-production")) {
            Api api = new Api(((WebServerApplicationContext) store).getWebServer().getPort());
            assertThat(fixture.queries()).hasSizeGreaterThanOrEqualTo(5);
            for (Map.Entry<String, String> question : fixture.queries().entrySet()) {
                // the release's own admin: the fixture's account, not this profile's bootstrap
                HttpResponse<String> answer = api.asStaff("admin", "admin-demo", "GET", question.getValue(), null, null);
                assertThat(answer.statusCode()).as(question.getValue()).isEqualTo(200);
                // followUps.overdue counts what is past due now, whatever the day asked: it moves with the clock since the
                // recording (follow-ups of its last days fall due later), not with the upgrade; every other figure is the day's own
                assertThat(UpgradeFixture.differences(fixture.answer(question.getKey()), json(answer)))
                        .filteredOn(difference -> !difference.startsWith("$.followUps.overdue "))
                        .as(question.getValue()).isEmpty();
            }
            assertThat(json(api.asStaff("admin", "admin-demo", "GET", "/api/v1/fleet/kiosks", null, null)))
                    .as("the new fleet works on the old data").isNotNull();

            // a kiosk of that release (its recorded requests) keeps working with today's store: every answer taken
            List<UpgradeFixture.RecordedRequest> kiosk = fixture.requests("kiosk-to-store");
            assertThat(kiosk).isNotEmpty();
            for (UpgradeFixture.RecordedRequest request : kiosk) {
                HttpResponse<String> answer = api.send(request.method(), request.path(), request.contentType(), request.body(), "Bearer demo-kiosk-token");
                assertThat(answer.statusCode()).as(request.path() + " " + answer.body()).isEqualTo(request.status());
                if (request.path().equals("/api/v1/feedback")) {
                    assertThat(json(answer).path("accepted").size()).as("every answer of the batch taken")
                            .isEqualTo(tools.jackson.databind.json.JsonMapper.shared().readTree(request.body()).path("responses").size());
                }
            }
        }
    }
}
