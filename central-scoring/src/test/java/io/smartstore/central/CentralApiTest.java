package io.smartstore.central;

import io.smartstore.support.testing.Promtool;
import io.smartstore.support.testing.Scrape;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Central's v1 API over real HTTP, on an H2 file database; each test uses its own country. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CentralApiTest {

    @LocalServerPort
    int port;

    @Test
    void theWorkedExampleOfScoringComesOutExactly() {
        Api api = new Api(port);
        customerBase(api, "FR", "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":800000,\"PRO\":200000}}");
        List<String> responses = new ArrayList<>();
        responses.addAll(answers("CONSUMER", 50, 10));
        responses.addAll(answers("CONSUMER", 30, 8));
        responses.addAll(answers("CONSUMER", 20, 3));
        responses.addAll(answers("PRO", 10, 9));
        responses.addAll(answers("PRO", 5, 7));
        responses.addAll(answers("PRO", 5, 0));
        responses.addAll(answers(null, 4, 0)); // anonymous: counted unweighted only

        HttpResponse<String> sent = api.asStore("POST", "/api/v1/responses", "application/json", batch("FR-TEST-01", "FR", responses));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        JsonNode france = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-26&to=2026-11-26&country=FR", null, null))
                .path("countries").get(0);
        assertThat(france.path("country").asString()).isEqualTo("FR");
        assertThat(france.path("nps").asDouble()).isEqualTo(29.0);
        assertThat(france.path("marginOfError95").asDouble()).isEqualTo(14.24);
        assertThat(france.path("responses").asInt()).isEqualTo(124);
        assertThat(france.path("coverage").asDouble()).isEqualTo(1.0);
        assertSegment(france.path("segments").get(0), "CONSUMER", 800000, 0.8, 100, 50, 30, 20, 30.0, 15.31);
        assertSegment(france.path("segments").get(1), "PRO", 200000, 0.2, 20, 10, 5, 5, 25.0, 36.34);
    }

    private static void assertSegment(JsonNode segment, String name, long customers, double weight, int responses, int promoters,
                                      int passives, int detractors, double nps, double marginOfError) {
        assertThat(segment.path("segment").asString()).isEqualTo(name);
        assertThat(segment.path("customers").asLong()).isEqualTo(customers);
        assertThat(segment.path("weight").asDouble()).isEqualTo(weight);
        assertThat(segment.path("responses").asInt()).isEqualTo(responses);
        assertThat(segment.path("promoters").asInt()).isEqualTo(promoters);
        assertThat(segment.path("passives").asInt()).isEqualTo(passives);
        assertThat(segment.path("detractors").asInt()).isEqualTo(detractors);
        assertThat(segment.path("nps").asDouble()).isEqualTo(nps);
        assertThat(segment.path("marginOfError95").asDouble()).isEqualTo(marginOfError);
    }

    @Test
    void aResponseSentTwiceIsCountedOnce() {
        Api api = new Api(port);
        List<String> one = answers("CONSUMER", 1, 10);
        String batch = batch("FR-TEST-01", "BE", one);
        JsonNode first = json(api.asStore("POST", "/api/v1/responses", "application/json", batch));
        JsonNode again = json(api.asStore("POST", "/api/v1/responses", "application/json", batch));
        assertThat(first.path("accepted")).hasSize(1);
        assertThat(first.path("duplicates")).isEmpty();
        assertThat(again.path("accepted")).isEmpty();
        assertThat(again.path("duplicates")).hasSize(1);
        JsonNode belgium = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-26&to=2026-11-26&country=BE", null, null))
                .path("countries").get(0);
        assertThat(belgium.path("responses").asInt()).isEqualTo(1);
    }

    @Test
    void aBatchWithAnInvalidResponseStoresNothing() {
        Api api = new Api(port);
        List<String> responses = new ArrayList<>(answers("CONSUMER", 1, 10));
        responses.add("{\"id\":\"%s\",\"score\":-1,\"answeredAt\":\"2026-11-26T10:00:00Z\",\"localDate\":\"2026-11-26\",\"recognised\":false}".formatted(UUID.randomUUID()));
        HttpResponse<String> refused = api.asStore("POST", "/api/v1/responses", "application/json", batch("FR-TEST-01", "DE", responses));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("code").asString()).isEqualTo("invalid_batch");
        assertThat(json(refused).path("errors").findValuesAsString("index")).containsExactly("1");
        var scores = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-26&to=2026-11-26&country=DE", null, null);
        assertThat(json(scores).path("countries")).isEmpty();
    }

    @Test
    void aStoreSendsOnlyItsOwnAnswers() {
        Api api = new Api(port);
        HttpResponse<String> refused = api.asStore("POST", "/api/v1/responses", "application/json", batch("ES-OTHER-01", "ES", answers("PRO", 1, 9)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("code").asString()).isEqualTo("store_mismatch");
    }

    @Test
    void noCredentialsIs401AndTheWrongRoleIs403() {
        Api api = new Api(port);
        assertThat(api.anonymous("POST", "/api/v1/responses", "application/json", "{}").statusCode()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/responses", "application/json", "{}", "Bearer forged").statusCode()).isEqualTo(401);
        assertThat(api.anonymous("GET", "/api/v1/scores?from=2026-11-01&to=2026-11-02", null, null).statusCode()).isEqualTo(401);
        assertThat(api.asStore("GET", "/api/v1/scores?from=2026-11-01&to=2026-11-02", null, null).statusCode()).isEqualTo(403);
        assertThat(api.asStore("PUT", "/api/v1/customer-base/FR", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/responses", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(json(api.anonymous("PUT", "/api/v1/customer-base/FR", "application/json", "{}")).path("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void badCustomerBaseAndPeriodsAreRefusedPlainly() {
        Api api = new Api(port);
        HttpResponse<String> negative = api.asStaff("admin", "admin-test", "PUT", "/api/v1/customer-base/FR", "application/json",
                "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":-5}}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json(negative).path("code").asString()).isEqualTo("invalid_customer_base");
        HttpResponse<String> backwards = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-02&to=2026-11-01", null, null);
        assertThat(json(backwards).path("code").asString()).isEqualTo("invalid_period");
        HttpResponse<String> elevenYears = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2015-01-01&to=2026-01-01", null, null);
        assertThat(json(elevenYears).path("code").asString()).isEqualTo("invalid_period");
        assertThat(json(elevenYears).path("title").asString()).isEqualTo("a period is at most 3661 days");
        HttpResponse<String> tenYears = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2016-01-01&to=2026-01-01", null, null);
        assertThat(tenYears.statusCode()).isEqualTo(200);
        HttpResponse<String> noEnd = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-01", null, null);
        assertThat(json(noEnd).path("code").asString()).isEqualTo("malformed_request");
        HttpResponse<String> notADay = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=yesterday&to=2026-11-01", null, null);
        assertThat(json(notADay).path("code").asString()).isEqualTo("malformed_request");
        HttpResponse<String> country = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-11-01&to=2026-11-02&country=France", null, null);
        assertThat(json(country).path("code").asString()).isEqualTo("invalid_country");
        HttpResponse<String> both = api.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=2026-11-02&to=2026-11-01&country=fr", null, null);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(json(both).path("errors").size()).as("every broken constraint, in words").isEqualTo(2);
    }

    @Test
    void anOperatorsPrometheusSeesAnswersReceivedAndACleanScrape() throws Exception {
        Api api = new Api(port);
        Scrape before = scrape(api);
        List<String> two = new ArrayList<>(answers(null, 1, 9));
        two.add(answers(null, 1, 1).getFirst().replace("}", ",\"misuse\":true}"));
        String batch = batch("FR-TEST-01", "FR", two);
        api.asStore("POST", "/api/v1/responses", "application/json", batch);
        api.asStore("POST", "/api/v1/responses", "application/json", batch);

        Scrape after = scrape(api);
        assertThat(after.value("smartstore_answers_received_total", "outcome=\"new\"")
                - before.value("smartstore_answers_received_total", "outcome=\"new\"")).isEqualTo(2);
        assertThat(after.value("smartstore_answers_received_total", "outcome=\"duplicate\"")
                - before.value("smartstore_answers_received_total", "outcome=\"duplicate\"")).isEqualTo(2);
        assertThat(after.value("smartstore_answers_misuse_total") - before.value("smartstore_answers_misuse_total")).isEqualTo(1);
        assertThat(Promtool.checkMetrics(after.text())).as("promtool check metrics").isEmpty();
    }

    private static Scrape scrape(Api api) {
        HttpResponse<String> response = api.asStaff("admin", "admin-test", "GET", "/actuator/prometheus", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Scrape(response.body());
    }

    private static void customerBase(Api api, String country, String body) {
        assertThat(api.asStaff("admin", "admin-test", "PUT", "/api/v1/customer-base/" + country, "application/json", body).statusCode()).isEqualTo(204);
    }

    private static List<String> answers(String segment, int count, int score) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add("{\"id\":\"%s\",\"segment\":%s,\"sphere\":null,\"score\":%d,\"answeredAt\":\"2026-11-26T10:00:00Z\",\"localDate\":\"2026-11-26\",\"recognised\":%s}"
                    .formatted(UUID.randomUUID(), segment == null ? "null" : "\"" + segment + "\"", score, segment != null));
        }
        return answers;
    }

    private static String batch(String store, String country, List<String> responses) {
        return "{\"storeId\":\"%s\",\"country\":\"%s\",\"responses\":[%s]}".formatted(store, country, String.join(",", responses));
    }
}
