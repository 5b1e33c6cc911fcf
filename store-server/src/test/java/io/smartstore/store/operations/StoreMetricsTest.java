package io.smartstore.store.operations;

import io.smartstore.store.Api;
import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.testing.Promtool;
import io.smartstore.support.testing.Scrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's Prometheus reads from a store: answers, misuse, recognitions, the queue — and a scrape promtool finds clean. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class StoreMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @Test
    void answersRecognitionsAndWaitsShowOnTheScrape() throws Exception {
        Api api = new Api(port);
        Scrape before = scrape(api);

        // hours before the other tests' answers (this context is shared, the kiosk too): only this test's first answer precedes its second
        Instant now = Instant.now().minus(java.time.Duration.ofMinutes(197));
        String batch = "{\"responses\":[{\"id\":\"%s\",\"score\":9,\"answeredAt\":\"%s\"},{\"id\":\"%s\",\"score\":2,\"answeredAt\":\"%s\"}]}"
                .formatted(UUID.randomUUID(), now.minusSeconds(2), UUID.randomUUID(), now.minusSeconds(1)); // the second one 1 s after: misuse
        assertThat(api.asKiosk("POST", "/api/v1/feedback", "application/json", batch).statusCode()).isEqualTo(200);
        assertThat(api.asKiosk("POST", "/api/v1/feedback", "application/json", batch).statusCode()).as("sent again").isEqualTo(200);
        assertProblem(api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"6280009999999997\"}"), 404, "unknown_customer");
        api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"WORK\"}");
        api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"WORK\"}");
        users.add("noah", "adviser-test", List.of("ADVISER"), "Noah", null);
        assertThat(api.asStaff("noah", "adviser-test", "POST", "/api/v1/queue/next", "application/json", "{\"desk\":\"2\"}").statusCode())
                .isEqualTo(200);

        Scrape after = scrape(api);
        assertThat(after.value("smartstore_answers_received_total", "outcome=\"new\"")
                - before.value("smartstore_answers_received_total", "outcome=\"new\"")).isEqualTo(2);
        assertThat(after.value("smartstore_answers_received_total", "outcome=\"duplicate\"")
                - before.value("smartstore_answers_received_total", "outcome=\"duplicate\"")).isEqualTo(2);
        assertThat(after.value("smartstore_answers_misuse_total") - before.value("smartstore_answers_misuse_total")).isEqualTo(1);
        assertThat(after.value("smartstore_recognitions_total", "result=\"unknown_customer\"")
                - before.value("smartstore_recognitions_total", "result=\"unknown_customer\"")).isEqualTo(1);
        assertThat(after.value("smartstore_queue_wait_seconds_count") - before.value("smartstore_queue_wait_seconds_count")).isEqualTo(1);
        assertThat(after.value("smartstore_queue_waiting")).isGreaterThanOrEqualTo(1);
        assertThat(after.value("smartstore_relay_refused", "relay=\"store-to-central\"")).as("central not configured: nobody refuses").isZero();

        assertThat(Promtool.checkMetrics(after.text())).as("promtool check metrics").isEmpty();
    }

    private static Scrape scrape(Api api) {
        var response = api.asStaff("admin", "admin-test", "GET", "/actuator/prometheus", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Scrape(response.body());
    }
}
