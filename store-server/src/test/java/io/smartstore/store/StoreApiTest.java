package io.smartstore.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

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
    Api api;

    @BeforeEach
    void importCamille() {
        api = new Api(port);
        HttpResponse<String> imported = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers",
                "application/x-ndjson", CAMILLE + "\n{\"ref\":\"bad ref\",\"firstName\":\"\"}\nnot json\n");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"imported\":1").contains("\"line\":2").contains("\"line\":3");
    }

    @Test
    void aLoyaltyCardIdentifiesTheCustomerWithHistoryBySphere() {
        HttpResponse<String> response = identify("CARD", "6280001000000014");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"firstName\":\"Camille\"").contains("\"visitId\"")
                .contains("\"sphere\":\"HOME\"").contains("Fibre 2 Gb/s").contains("\"sphere\":\"MOBILE\"");
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
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", lucas).body()).contains("\"imported\":1");

        String body = identify("CARD", "6280001000000048").body();
        assertThat(body).contains("\"code\":\"CONTRACT_ENDING\"").contains("\"reason\":\"contract ends within 60 days\"")
                .contains("\"code\":\"REQUEST_OPEN\"").contains("Roaming refund")
                .contains("\"code\":\"UPGRADE_ELIGIBLE\"")
                .doesNotContain("New line\\\" is still open"); // open for 2 days only
        assertThat(body.indexOf("CONTRACT_ENDING")).isLessThan(body.indexOf("REQUEST_OPEN"));
    }

    @Test
    void anNfcUidIsFoundWhateverWayItIsWrittenButGivesNoDetails() {
        HttpResponse<String> response = identify("NFC", "04A2001000");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"assurance\":\"LOW\"").contains("\"sphere\":\"HOME\"")
                .doesNotContain("Fibre 2 Gb/s").doesNotContain("Roaming refund");
        assertThat(identify("CARD", "6280001000000014").body()).contains("\"assurance\":\"HIGH\"").contains("Fibre 2 Gb/s");
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
        assertThat(report.body()).contains("\"imported\":1").contains("firstName is required").contains("check digit");
        assertThat(identify("CARD", "6280001000000071").body()).contains("\"firstName\":\"Inès\"");
        assertThat(identify("NFC", "04A2002000").statusCode()).isEqualTo(200);
    }

    @Test
    void markupAndSqlInNamesAreStoredVerbatim() {
        String sneaky = "{\"ref\":\"C-9\",\"firstName\":\"<b>Zo\u00e9</b>'); DROP TABLE CUSTOMER;--\",\"cards\":[\"6280001000000030\"]}";
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", sneaky).body())
                .contains("\"imported\":1");
        assertThat(identify("CARD", "6280001000000030").body()).contains("<b>Zoé</b>'); DROP TABLE CUSTOMER;--");
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
    void feedbackIsCountedOnceHoweverOftenItIsSent() {
        String visitId = identify("CARD", "6280001000000014").body().replaceAll(".*\"visitId\":\"([^\"]+)\".*", "$1");
        UUID id = UUID.randomUUID();
        String batch = """
                {"responses":[{"id":"%s","visitId":"%s","score":9,"reasons":["ADVICE"],"comment":"<b>merci</b>","answeredAt":"%s","language":"fr"}]}"""
                .formatted(id, visitId, java.time.Instant.now());

        HttpResponse<String> first = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);
        HttpResponse<String> again = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);

        assertThat(first.body()).contains("\"accepted\":[\"" + id + "\"]");
        assertThat(again.body()).contains("\"duplicates\":[\"" + id + "\"]").contains("\"accepted\":[]");
        HttpResponse<String> day = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + today(), null, null);
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(day.body()).contains("\"promoters\":1");
    }

    @Test
    void aBatchWithOneInvalidResponseStoresNothing() {
        UUID good = UUID.randomUUID();
        String batch = """
                {"responses":[{"id":"%s","score":7,"answeredAt":"2026-11-26T10:00:00Z"},{"id":"%s","score":11,"answeredAt":"2026-11-26T10:00:00Z"}]}"""
                .formatted(good, UUID.randomUUID());
        HttpResponse<String> refused = api.asKiosk("POST", "/api/v1/feedback", "application/json", batch);
        assertProblem(refused, 400, "invalid_batch");
        assertThat(refused.body()).contains("\"index\":1").contains("\"field\":\"score\"");

        String resent = "{\"responses\":[{\"id\":\"%s\",\"score\":7,\"answeredAt\":\"2026-11-26T10:00:00Z\"}]}".formatted(good);
        assertThat(api.asKiosk("POST", "/api/v1/feedback", "application/json", resent).body())
                .contains("\"accepted\":[\"" + good + "\"]");
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
        String day = api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=1999-01-01", null, null).body();
        assertThat(day).contains("\"responses\":0");
    }

    @Test
    void healthIsOpen() {
        assertThat(api.anonymous("GET", "/actuator/health", null, null).body()).contains("UP");
    }

    private HttpResponse<String> identify(String method, String credential) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"%s\",\"credential\":\"%s\"}".formatted(method, credential));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception").doesNotContain("at io.");
    }
}
