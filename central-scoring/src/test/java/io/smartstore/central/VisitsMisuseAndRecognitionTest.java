package io.smartstore.central;

import io.smartstore.support.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What central counts: one answer per store and visit (the latest), never misuse, and the
 * recognition rate from the stores' session reports — checked field by field in the JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/central-visits-${random.uuid}")
@ActiveProfiles("test")
class VisitsMisuseAndRecognitionTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String STORE = "FR-TEST-01";
    @LocalServerPort
    int port;

    @Test
    void aVisitCountsOnceTheLatestWinsAndMisuseNeverCounts() {
        Api api = new Api(port);
        admin(api, "PUT", "/api/v1/customer-base/FR", "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":800000,\"PRO\":200000}}");
        String visit = "a".repeat(64);
        // the phone answer (10:30) arrives before the kiosk answer (10:00) of the same visit: the phone's stays
        send(api, answer(visit, "CONSUMER", "HOME", 6, "10:30", false));
        send(api, answer(visit, "CONSUMER", "HOME", 9, "10:00", false));
        // another visit, answered twice in the right order: the second replaces the first
        String other = "b".repeat(64);
        send(api, answer(other, "PRO", "WORK", 3, "11:00", false));
        send(api, answer(other, "PRO", "WORK", 10, "11:05", false));
        // anonymous, and an anonymous answer flagged as misuse by the store
        send(api, answer(null, null, null, 8, "12:00", false));
        send(api, answer(null, null, null, 0, "12:00", true));

        JsonNode france = JSON.readTree(admin(api, "GET", "/api/v1/scores?from=2026-11-26&to=2026-11-26&country=FR", null).body())
                .path("countries").get(0);
        assertThat(france.path("responses").asLong()).isEqualTo(3); // 6 (CONSUMER), 10 (PRO), 8 (anonymous)
        assertThat(france.path("unweightedNps").asDouble()).isEqualTo(0.0); // one promoter, one passive, one detractor
        JsonNode consumer = segment(france, "CONSUMER");
        assertThat(consumer.path("responses").asLong()).isEqualTo(1);
        assertThat(consumer.path("detractors").asLong()).isEqualTo(1);
        JsonNode pro = segment(france, "PRO");
        assertThat(pro.path("responses").asLong()).isEqualTo(1);
        assertThat(pro.path("promoters").asLong()).isEqualTo(1);
        // weighted: 0.8 × −100 + 0.2 × +100
        assertThat(france.path("nps").asDouble()).isEqualTo(-60.0);
    }

    @Test
    void theRecognitionRateComesFromTheStoresLatestReportPerDay() {
        Api api = new Api(port);
        assertThat(sessions(api, "2026-11-25", 10, 4).statusCode()).isEqualTo(204);
        assertThat(sessions(api, "2026-11-26", 5, 1).statusCode()).isEqualTo(204);
        assertThat(sessions(api, "2026-11-26", 20, 15).statusCode()).as("a later report replaces the day's figure").isEqualTo(204);

        JsonNode rates = JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-11-25&to=2026-11-26", null).body());
        assertThat(rates.path("group").path("sessions").asLong()).isEqualTo(30);
        assertThat(rates.path("group").path("recognised").asLong()).isEqualTo(19);
        assertThat(rates.path("group").path("rate").asDouble()).isEqualTo(0.63);
        JsonNode france = rates.path("countries").get(0);
        assertThat(france.path("country").asString()).isEqualTo("FR");
        assertThat(france.path("stores").get(0).path("storeId").asString()).isEqualTo(STORE);
        assertThat(france.path("stores").get(0).path("sessions").asLong()).isEqualTo(30);

        JsonNode oneDay = JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-11-26&to=2026-11-26", null).body());
        assertThat(oneDay.path("group").path("rate").asDouble()).isEqualTo(0.75);
    }

    @Test
    void headquartersSeesWhereCustomersWereRecognisedAndWhyTheOthersWereNotByStoreAndCountry() {
        Api api = new Api(port);
        // 20 sessions: 12 at the kiosk, 3 at the desk, 5 never (2 bank cards, 2 nothing shown, 1 reader fault)
        assertThat(byContact(api, "2026-09-14", 20, 15, 12, 3, "\"BANK_CARD\":2,\"NO_CREDENTIAL\":2,\"READER_FAULT\":1").statusCode()).isEqualTo(204);
        // a day from a store that did not yet say where: counted at the kiosk, its misses unknown
        assertThat(sessions(api, "2026-09-15", 10, 6).statusCode()).isEqualTo(204);
        JsonNode france = JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-09-14&to=2026-09-15", null).body()).path("countries").get(0);
        assertThat(france.path("recoveredInTheShop").asLong()).as("unhappy customers recovered before they left").isEqualTo(2);
        assertThat(france.path("stores").get(0).path("recoveredInTheShop").asLong()).isEqualTo(2);
        for (JsonNode level : List.of(france.path("recognition"), france.path("stores").get(0).path("recognition"))) {
            assertThat(level.path("sessions").asLong()).isEqualTo(30);
            assertThat(level.path("atKiosk").asLong()).isEqualTo(18);
            assertThat(level.path("atDesk").asLong()).isEqualTo(3);
            assertThat(level.path("never").asLong()).isEqualTo(9);
            assertThat(level.path("misses").path("BANK_CARD").asLong()).isEqualTo(2);
            assertThat(level.path("misses").path("NO_CREDENTIAL").asLong()).isEqualTo(2);
            assertThat(level.path("misses").path("READER_FAULT").asLong()).isEqualTo(1);
            assertThat(level.path("misses").path("UNKNOWN_CARD").asLong()).isZero();
        }
        // figures that do not add up are refused, and the day keeps what it had
        ApiClient.assertProblem(byContact(api, "2026-09-14", 20, 15, 12, 2, "\"BANK_CARD\":5"), 400, "invalid_session");
        ApiClient.assertProblem(byContact(api, "2026-09-14", 20, 15, 12, 3, "\"BANK_CARD\":4"), 400, "invalid_session");
        assertThat(JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-09-14&to=2026-09-14", null).body())
                .path("group").path("recognition").path("atDesk").asLong()).isEqualTo(3);
    }

    private static HttpResponse<String> byContact(Api api, String day, long sessions, long recognised, long atKiosk, long atDesk, String misses) {
        return api.asStore("POST", "/api/v1/sessions", "application/json", ("{\"storeId\":\"%s\",\"country\":\"FR\",\"localDate\":\"%s\","
                + "\"sessions\":%d,\"recognised\":%d,\"recoveredInTheShop\":2,\"recognition\":{\"sessions\":%d,\"atKiosk\":%d,\"atDesk\":%d,\"never\":%d,\"misses\":{%s}}}")
                .formatted(STORE, day, sessions, recognised, sessions, atKiosk, atDesk, sessions - recognised, misses));
    }

    @Test
    void theStoresServiceFiguresAddUpAcrossDays() {
        Api api = new Api(port);
        // 10 tickets called with 80% kept and 4 of 5 call backs in time; then 30 tickets with 60% kept and 1 of 3
        assertThat(service(api, "2026-10-20", 10, 0.8, 5, 4).statusCode()).isEqualTo(204);
        assertThat(service(api, "2026-10-21", 30, 0.6, 3, 1).statusCode()).isEqualTo(204);
        JsonNode group = JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-10-20&to=2026-10-21", null).body()).path("group");
        assertThat(group.path("served").asLong()).isEqualTo(40);
        assertThat(group.path("waitsKept").asDouble()).as("(8 + 18) / 40").isEqualTo(0.65);
        assertThat(group.path("followUpsDue").asLong()).isEqualTo(8);
        assertThat(group.path("followUpsClosedInTime").asDouble()).as("5 / 8").isEqualTo(0.63);
        ApiClient.assertProblem(service(api, "2026-10-22", 1, 1.0, 2, 3), 400, "invalid_session");
    }

    private static HttpResponse<String> service(Api api, String day, long served, double kept, long due, long inTime) {
        return api.asStore("POST", "/api/v1/sessions", "application/json", ("{\"storeId\":\"%s\",\"country\":\"FR\",\"localDate\":\"%s\","
                + "\"sessions\":%d,\"recognised\":0,\"served\":%d,\"withinPromise\":%s,\"followUpsDue\":%d,\"followUpsClosedInTime\":%d}")
                .formatted(STORE, day, served, served, kept, due, inTime));
    }

    @Test
    void aSessionReportThatCannotBeTrueIsRefusedAndAStoreReportsOnlyItsOwn() {
        Api api = new Api(port);
        HttpResponse<String> impossible = sessions(api, "2026-11-24", 3, 5);
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(impossible.body()).path("code").asString()).isEqualTo("invalid_session");
        HttpResponse<String> other = api.asStore("POST", "/api/v1/sessions", "application/json",
                "{\"storeId\":\"ES-OTHER-01\",\"country\":\"ES\",\"localDate\":\"2026-11-24\",\"sessions\":1,\"recognised\":1}");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(other.body()).path("code").asString()).isEqualTo("store_mismatch");
        JsonNode none = JSON.readTree(admin(api, "GET", "/api/v1/recognition?from=2026-11-24&to=2026-11-24", null).body());
        assertThat(none.path("group").path("sessions").asLong()).isZero();
        assertThat(none.path("group").path("rate").isNull()).isTrue();
    }

    private static HttpResponse<String> sessions(Api api, String day, long sessions, long recognised) {
        return api.asStore("POST", "/api/v1/sessions", "application/json",
                "{\"storeId\":\"%s\",\"country\":\"FR\",\"localDate\":\"%s\",\"sessions\":%d,\"recognised\":%d}".formatted(STORE, day, sessions, recognised));
    }

    private static JsonNode segment(JsonNode country, String name) {
        for (JsonNode segment : country.path("segments")) {
            if (segment.path("segment").asString().equals(name)) {
                return segment;
            }
        }
        throw new AssertionError("no segment " + name + " in " + country);
    }

    private static String answer(String visit, String segment, String sphere, int score, String time, boolean misuse) {
        return "{\"id\":\"%s\",\"segment\":%s,\"sphere\":%s,\"score\":%d,\"answeredAt\":\"2026-11-26T%s:00Z\",\"localDate\":\"2026-11-26\",\"recognised\":%s,\"visit\":%s,\"misuse\":%s}"
                .formatted(UUID.randomUUID(), quoted(segment), quoted(sphere), score, time, segment != null, quoted(visit), misuse);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static void send(Api api, String response) {
        HttpResponse<String> sent = api.asStore("POST", "/api/v1/responses", "application/json",
                "{\"storeId\":\"%s\",\"country\":\"FR\",\"responses\":[%s]}".formatted(STORE, response));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(JSON.readTree(sent.body()).path("accepted")).hasSize(1);
    }

    private static HttpResponse<String> admin(Api api, String method, String path, String body) {
        HttpResponse<String> response = api.asStaff("admin", "admin-test", method, path, body == null ? null : "application/json", body);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }
}
