package io.smartstore.store;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.json;
import static io.smartstore.support.testing.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The store's v1 API over real HTTP, on an H2 file database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoreApiTest {

    static final String CAMILLE = """
            {"ref":"C-1","firstName":"Camille","language":"fr","segment":"CONSUMER","cards":["6280001000000014"],"nfcUids":["04:a2:00:10:00"],\
            "history":[{"sphere":"HOME","date":"2026-10-02","kind":"PRODUCT","title":"Fibre 2 Gb/s","status":"ACTIVE"},\
            {"sphere":"MOBILE","date":"2026-11-10","kind":"REQUEST","title":"Roaming refund","status":"OPEN"}]}""";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    Api api;

    @BeforeEach
    void importCamille() {
        api = new Api(port);
        HttpResponse<String> imported = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers",
                "application/x-ndjson", CAMILLE + "\n{\"ref\":\"bad ref\",\"firstName\":\"\"}\nnot json\n");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).path("imported").asInt()).isEqualTo(1);
        assertThat(json(imported).path("rejected").findValuesAsString("line")).containsExactly("2", "3");
    }

    @Test
    void aLoyaltyCardIdentifiesTheCustomerWithHistoryBySphere() {
        HttpResponse<String> response = identify("CARD", "6280001000000014");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode identification = json(response);
        assertThat(identification.path("customer").path("firstName").asString()).isEqualTo("Camille");
        assertThat(UUID.fromString(identification.path("visitId").asString())).isNotNull();
        assertThat(identification.path("history").findValuesAsString("sphere")).containsExactly("HOME", "MOBILE");
        assertThat(identification.path("history").findValuesAsString("title")).contains("Fibre 2 Gb/s", "Roaming refund");
    }

    @Test
    void suggestionsComeFromRulesAndSayWhy() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String lucas = ("{\"ref\":\"C-7\",\"firstName\":\"Lucas\",\"cards\":[\"6280001000000048\"],\"history\":["
                + "{\"sphere\":\"HOME\",\"date\":\"%s\",\"kind\":\"PRODUCT\",\"title\":\"Fibre 1 Gb/s\",\"status\":\"ACTIVE\",\"endsOn\":\"%s\"},"
                + "{\"sphere\":\"MOBILE\",\"date\":\"%s\",\"kind\":\"REQUEST\",\"title\":\"Roaming refund\",\"status\":\"OPEN\"},"
                + "{\"sphere\":\"MOBILE\",\"date\":\"%s\",\"kind\":\"PRODUCT\",\"title\":\"5G plan\",\"status\":\"ACTIVE\"},"
                + "{\"sphere\":\"WORK\",\"date\":\"%s\",\"kind\":\"REQUEST\",\"title\":\"New line\",\"status\":\"OPEN\"}]}")
                .formatted(today.minusYears(1), today.plusDays(30), today.minusDays(12), today.minusMonths(30), today.minusDays(2));
        assertThat(json(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", lucas))
                .path("imported").asInt()).isEqualTo(1);

        JsonNode suggestions = json(identify("CARD", "6280001000000048")).path("suggestions");
        // the most urgent first; "New line" is open for 2 days only
        assertThat(suggestions.findValuesAsString("code")).containsExactly("CONTRACT_ENDING", "REQUEST_OPEN", "UPGRADE_ELIGIBLE");
        assertThat(suggestions.get(0).path("reason").asString()).isEqualTo("contract ends within 60 days");
        assertThat(suggestions.get(1).path("subject").asString()).isEqualTo("Roaming refund");
    }

    @Test
    void anNfcUidIsFoundWhateverWayItIsWrittenButGivesNoDetails() {
        HttpResponse<String> response = identify("NFC", "04A2001000");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode nfc = json(response);
        assertThat(nfc.path("assurance").asString()).isEqualTo("LOW");
        assertThat(nfc.path("history").findValuesAsString("sphere")).contains("HOME");
        assertThat(nfc.path("history").findValues("title")).allMatch(JsonNode::isNull);
        JsonNode card = json(identify("CARD", "6280001000000014"));
        assertThat(card.path("assurance").asString()).isEqualTo("HIGH");
        assertThat(card.path("history").findValuesAsString("title")).contains("Fibre 2 Gb/s");
    }

    @Test
    void customersComeAsCsvTooAndBadRowsAreRefusedOneByOne() {
        String csv = """
                ref,firstName,language,segment,cards,nfcUids
                C-20,Inès,fr,PRO,6280001000000063;6280001000000071,04:A2:00:20:00
                C-21,,fr,PRO,,
                C-22,Omar,ar,CONSUMER,1234,
                """;
        HttpResponse<String> report = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "text/csv", csv);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).path("imported").asInt()).isEqualTo(1);
        assertThat(json(report).path("rejected").findValuesAsString("message"))
                .anySatisfy(message -> assertThat(message).contains("firstName is required"))
                .anySatisfy(message -> assertThat(message).contains("check digit"));
        assertThat(json(identify("CARD", "6280001000000071")).path("customer").path("firstName").asString()).isEqualTo("Inès");
        assertThat(identify("NFC", "04A2002000").statusCode()).isEqualTo(200);
    }

    @Test
    void markupAndSqlInNamesAreStoredVerbatim() {
        String sneaky = "{\"ref\":\"C-9\",\"firstName\":\"<b>Zo\u00e9</b>'); DROP TABLE CUSTOMER;--\",\"cards\":[\"6280001000000030\"]}";
        assertThat(json(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", sneaky))
                .path("imported").asInt()).isEqualTo(1);
        assertThat(json(identify("CARD", "6280001000000030")).path("customer").path("firstName").asString())
                .isEqualTo("<b>Zoé</b>'); DROP TABLE CUSTOMER;--");
        assertThat(identify("CARD", "6280001000000014").statusCode()).isEqualTo(200); // the table is still there
    }

    @Test
    void eachFailureHasItsStableCode() {
        assertProblem(identify("CARD", "6280001000000022"), 404, "unknown_customer");
        assertProblem(identify("CARD", "4111111111111111"), 422, "card_not_accepted");
        assertProblem(identify("CARD", "6280001000000015"), 422, "invalid_credential");
        assertProblem(identify("CARD", "<script>"), 422, "invalid_credential");
        assertProblem(api.asKiosk("POST", "/api/v1/identifications", "application/json", "{not json"), 400, "malformed_request");
    }

    @Test
    void aDryRunWalksTheReadForNobodyAndCountsNothing() {
        JsonNode before = recognitionToday();
        long visits = jdbc.sql("SELECT COUNT(*) FROM VISIT").query(Long.class).single();

        HttpResponse<String> dryRun = api.asKiosk("POST", "/api/v1/identifications?dryRun=true", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"6280001000000014\"}");
        assertThat(dryRun.statusCode()).isEqualTo(200);
        JsonNode sample = json(dryRun);
        assertThat(sample.path("customer").path("firstName").asString()).as("a sample, not Camille whose card it is").isEqualTo("Sample");
        assertThat(sample.path("visitId").isNull() || sample.path("visitId").isMissingNode()).as("no visit").isTrue();
        assertThat(sample.path("history").findValuesAsString("sphere")).isNotEmpty();
        assertProblem(api.asKiosk("POST", "/api/v1/identifications?dryRun=true", "application/json", "{\"method\":\"CARD\"}"), 422, "invalid_credential");
        assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/identifications?dryRun=true", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"6280001000000014\"}"), 403, "forbidden");

        JsonNode after = recognitionToday();
        assertThat(after.path("sessions").asLong()).as("no session counted").isEqualTo(before.path("sessions").asLong());
        assertThat(after.path("atKiosk").asLong()).isEqualTo(before.path("atKiosk").asLong());
        assertThat(after.path("misses")).as("no miss either").isEqualTo(before.path("misses"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM VISIT").query(Long.class).single()).isEqualTo(visits);
    }

    /** Today's recognition figures, as the manager reads them. */
    private JsonNode recognitionToday() {
        return json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + LocalDate.now(ZoneId.of("Europe/Paris")), null, null))
                .path("recognition");
    }

    @Test
    void feedbackIsCountedOnceHoweverOftenItIsSent() {
        String visitId = json(identify("CARD", "6280001000000014")).path("visitId").asString();
        UUID id = UUID.randomUUID();
        String batch = """
                {"responses":[{"id":"%s","visitId":"%s","score":9,"reasons":["ADVICE"],"comment":"<b>merci</b>","answeredAt":"%s","language":"fr"}]}"""
                .formatted(id, visitId, java.time.Instant.now());

        HttpResponse<String> first = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);
        HttpResponse<String> again = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);

        assertThat(texts(json(first).path("accepted"))).containsExactly(id.toString());
        assertThat(texts(json(again).path("duplicates"))).containsExactly(id.toString());
        assertThat(json(again).path("accepted")).isEmpty();
        HttpResponse<String> day = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + today(), null, null);
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(json(day).path("promoters").asInt()).isEqualTo(1);
    }

    @Test
    void aBatchWithOneInvalidResponseStoresNothing() {
        UUID good = UUID.randomUUID();
        String batch = """
                {"responses":[{"id":"%s","score":7,"answeredAt":"2026-11-26T10:00:00Z"},{"id":"%s","score":11,"answeredAt":"2026-11-26T10:00:00Z"}]}"""
                .formatted(good, UUID.randomUUID());
        HttpResponse<String> refused = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);
        assertProblem(refused, 400, "invalid_batch");
        JsonNode error = json(refused).path("errors").get(0);
        assertThat(json(refused).path("errors")).hasSize(1);
        assertThat(error.path("index").asInt()).isEqualTo(1);
        assertThat(error.path("field").asString()).isEqualTo("score");

        String resent = "{\"responses\":[{\"id\":\"%s\",\"score\":7,\"answeredAt\":\"2026-11-26T10:00:00Z\"}]}".formatted(good);
        assertThat(texts(json(api.asKiosk("POST", "/api/v1/feedback", "application/json", resent)).path("accepted")))
                .containsExactly(good.toString());
    }

    @Test
    void noCredentialsIs401AndTheWrongRoleIs403() {
        assertProblem(api.anonymous("POST", "/api/v1/identifications", "application/json", "{}"), 401, "unauthenticated");
        assertProblem(api.send("POST", "/api/v1/feedback", "application/json", "{}", "Bearer not-a-kiosk"), 401, "unauthenticated");
        assertProblem(api.anonymous("GET", "/api/v1/scores/daily", null, null), 401, "unauthenticated");
        assertProblem(api.asKiosk("GET", "/api/v1/scores/daily", null, null), 403, "forbidden");
        assertProblem(api.asKiosk("POST", "/api/v1/admin/customers", "application/x-ndjson", CAMILLE), 403, "forbidden");
        assertProblem(api.asStaff("admin", "wrong", "GET", "/api/v1/scores/daily", null, null), 401, "unauthenticated");
        assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/identifications", "application/json", "{}"), 403, "forbidden");
    }

    @Test
    void oversizeAndMalformedBodiesAreRefusedAndNothingIsStored() {
        String huge = "{\"responses\":[" + "{\"id\":\"00000000-0000-0000-0000-000000000000\",\"score\":7},".repeat(40_000) + "]}";
        assertProblem(api.asKiosk("POST", "/api/v1/feedback", "application/json", huge), 413, "payload_too_large");
        assertProblem(api.asKiosk("POST", "/api/v1/feedback", "application/json", "{\"responses\":[{\"id\":\"nope\"}]}"), 400, "malformed_request");
        assertProblem(api.asKiosk("POST", "/api/v1/feedback", "application/json", "[1,2,3]"), 400, "malformed_request");
        assertProblem(api.asKiosk("POST", "/api/v1/feedback", "text/plain", "score=10"), 415, "unsupported_media_type");
        JsonNode day = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=1999-01-01", null, null));
        assertThat(day.path("responses").asInt()).isZero();
        assertThat(day.path("nps").isNull()).isTrue();
    }

    @Test
    void healthIsOpen() {
        assertThat(json(api.anonymous("GET", "/actuator/health", null, null)).path("status").asString()).isEqualTo("UP");
    }

    private HttpResponse<String> identify(String method, String credential) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"%s\",\"credential\":\"%s\"}".formatted(method, credential));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        io.smartstore.support.testing.ApiClient.assertProblem(response, status, code);
    }
}
