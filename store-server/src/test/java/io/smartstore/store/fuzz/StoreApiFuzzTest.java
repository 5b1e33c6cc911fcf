package io.smartstore.store.fuzz;

import io.smartstore.store.StoreServerApplication;
import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.testing.fuzz.ApiFuzzing;
import io.smartstore.support.testing.fuzz.Endpoint;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage at every {@code /api/v1} endpoint of the store (read from its own mappings), as a
 * kiosk, as a member of staff with every role, and as nobody: never a 5xx, every refusal a
 * problem document, and nothing half-stored — after each request the answers and customers in
 * the database are recounted against what the response says was accepted.
 */
@net.jqwik.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class StoreApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static ConfigurableApplicationContext store;
    private static ApiFuzzing api;

    @BeforeContainer
    static void start() {
        store = new SpringApplicationBuilder(StoreServerApplication.class).profiles("test").properties("server.port=0").run();
        store.getBean(StaffUsers.class).add("fuzz", "fuzz-test-password", List.of("ADMIN", "MANAGER", "ADVISER"));
        api = new ApiFuzzing(Integer.parseInt(store.getEnvironment().getProperty("local.server.port")));
    }

    @AfterContainer
    static void stop() {
        store.close();
    }

    @Property(tries = 80)
    void noRequestBreaksTheStoreOrHalfStoresABatch(@ForAll("requests") ApiFuzzing.Request request) throws Exception {
        long answersBefore = count("FEEDBACK");
        long customersBefore = count("CUSTOMER");
        HttpResponse<String> response = api.send(request);
        Statistics.label("answer").collect(response.statusCode() / 100 + "xx");
        long answers = count("FEEDBACK") - answersBefore;
        long customers = count("CUSTOMER") - customersBefore;
        if (response.statusCode() >= 300) {
            assertThat(answers).as("answers stored by a refused " + request).isZero();
            assertThat(customers).as("customers stored by a refused " + request).isZero();
            return;
        }
        JsonNode body = response.body().isBlank() || !response.body().startsWith("{") ? JSON.nullNode() : JSON.readTree(response.body());
        if (body.has("accepted")) {
            assertThat(answers).as("answers stored by " + request).isEqualTo(body.path("accepted").size());
        } else {
            assertThat(answers).as("answers stored by " + request).isLessThanOrEqualTo(1);
        }
        assertThat(customers).as("customers stored by " + request).isEqualTo(body.path("imported").asLong(0));
    }

    @Provide
    Arbitrary<ApiFuzzing.Request> requests() {
        String staff = "Basic " + Base64.getEncoder().encodeToString("fuzz:fuzz-test-password".getBytes(StandardCharsets.UTF_8));
        return ApiFuzzing.requests(Endpoint.of(store), java.util.Arrays.asList("Bearer kiosk-test-token", staff, null),
                List.of("responses", "id", "score", "answeredAt", "visitId", "reasons", "comment", "language", "ticket", "consent", "channel",
                        "method", "credential", "session", "recognised", "sphere", "topic", "desk", "spheres", "onDuty", "username", "password",
                        "roles", "displayName", "email", "status", "outcome", "note", "owner", "kioskId", "ref", "firstName", "cards"));
    }

    private static long count(String table) {
        return store.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
