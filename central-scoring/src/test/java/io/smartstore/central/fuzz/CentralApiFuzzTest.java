package io.smartstore.central.fuzz;

import io.smartstore.central.CentralScoringApplication;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage at every {@code /api/v1} endpoint of central (read from its own mappings), as a
 * store, as a member of staff with every role, and as nobody: never a 5xx, every refusal a
 * problem document, nothing half-stored (answers recounted against the receipt after each
 * request) and the score cells always equal to a recount of the counted answers.
 */
@net.jqwik.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class CentralApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static ConfigurableApplicationContext central;
    private static ApiFuzzing api;

    @BeforeContainer
    static void start() {
        central = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").properties("server.port=0").run();
        central.getBean(StaffUsers.class).add("fuzz", "fuzz-test-password", List.of("ADMIN", "ANALYST"));
        api = new ApiFuzzing(Integer.parseInt(central.getEnvironment().getProperty("local.server.port")));
    }

    @AfterContainer
    static void stop() {
        central.close();
    }

    @Property(tries = 400)
    void noRequestBreaksCentralOrHalfStoresABatch(@ForAll("requests") ApiFuzzing.Request request) throws Exception {
        long before = count("SELECT COUNT(*) FROM RESPONSE");
        HttpResponse<String> response = api.send(request);
        Statistics.label("answer").collect(response.statusCode() / 100 + "xx");
        long stored = count("SELECT COUNT(*) FROM RESPONSE") - before;
        if (response.statusCode() >= 300) {
            assertThat(stored).as("answers stored by a refused " + request).isZero();
        } else {
            JsonNode body = response.body().startsWith("{") ? JSON.readTree(response.body()) : JSON.nullNode();
            assertThat(stored).as("answers stored by " + request).isEqualTo(body.path("accepted").size());
        }
        assertThat(count("SELECT COALESCE(SUM(S0 + S1 + S2 + S3 + S4 + S5 + S6 + S7 + S8 + S9 + S10), 0) FROM SCORE_CELL"))
                .as("cells after " + request).isEqualTo(count("SELECT COUNT(*) FROM RESPONSE WHERE COUNTED"));
    }

    @Provide
    Arbitrary<ApiFuzzing.Request> requests() {
        String staff = "Basic " + Base64.getEncoder().encodeToString("fuzz:fuzz-test-password".getBytes(StandardCharsets.UTF_8));
        return ApiFuzzing.requests(Endpoint.of(central), Arrays.asList("Bearer store-test-token", staff, null),
                List.of("storeId", "country", "zone", "responses", "id", "segment", "sphere", "score", "answeredAt", "localDate",
                        "recognised", "visit", "misuse", "days", "sessions", "served", "waitsKept", "followUpsDue", "followUpsClosedInTime",
                        "asOf", "segments", "competitors", "best", "username", "password", "roles", "customerRef", "language"));
    }

    private static long count(String sql) {
        return central.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }
}
