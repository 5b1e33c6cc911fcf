package io.smartstore.central;

import io.smartstore.support.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Headquarters' figures over real HTTP: stores provisioned by script, leadership by
 * scoring.md's definition, the ranking by lower bound with an indicative store apart, the
 * trend with a significant and a non-significant change. Each test has its own countries and days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HeadquartersApiTest {

    @LocalServerPort
    int port;

    @Test
    void aStoreProvisionedByScriptSendsOnlyForItselfUntilRevoked() {
        Api api = new Api(port);
        HttpResponse<String> created = admin(api, "POST", "/api/v1/stores", "{\"storeId\":\"DE-BERLIN-01\",\"country\":\"DE\",\"zone\":\"Europe/Berlin\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).path("token").asString();
        assertThat(token).hasSizeGreaterThan(20);
        assertProblem(admin(api, "POST", "/api/v1/stores", "{\"storeId\":\"DE-BERLIN-01\",\"country\":\"DE\",\"zone\":\"Europe/Berlin\"}"),
                409, "store_exists");
        assertProblem(admin(api, "POST", "/api/v1/stores", "{\"storeId\":\"DE-BONN-01\",\"country\":\"DE\",\"zone\":\"Mars/Olympus\"}"),
                400, "invalid_store");
        assertProblem(admin(api, "POST", "/api/v1/stores", "{\"storeId\":\"de bonn\",\"country\":\"DE\",\"zone\":\"Europe/Berlin\"}"),
                400, "invalid_store");

        ApiClient berlin = new ApiClient(port, token);
        assertThat(send(berlin, "DE-BERLIN-01", "DE", answers(null, 1, 9, "2026-10-10")).statusCode()).isEqualTo(200);
        assertProblem(send(berlin, "DE-BERLIN-01", "AT", answers(null, 1, 9, "2026-10-10")), 403, "store_mismatch");
        assertProblem(send(berlin, "DE-BONN-01", "DE", answers(null, 1, 9, "2026-10-10")), 403, "store_mismatch");
        assertThat(admin(api, "DELETE", "/api/v1/stores/DE-BERLIN-01/token", null).statusCode()).isEqualTo(204);
        assertThat(send(berlin, "DE-BERLIN-01", "DE", answers(null, 1, 9, "2026-10-10")).statusCode()).isEqualTo(401);
    }

    @Test
    void leadershipIsTheShareOfCustomersInCellsWhereWeAreStrictlyFirst() {
        Api api = new Api(port);
        String day = "2026-10-01";
        admin(api, "PUT", "/api/v1/customer-base/NL", "{\"asOf\":\"2026-09-01\",\"segments\":{\"CONSUMER\":800000,\"PRO\":200000,\"SMALL\":50000}}");
        // scoring.md's worked example: CONSUMER +30, PRO +25; SMALL has no answers, so no cell
        List<String> responses = new ArrayList<>();
        responses.addAll(answers("CONSUMER", 50, 10, day));
        responses.addAll(answers("CONSUMER", 30, 8, day));
        responses.addAll(answers("CONSUMER", 20, 3, day));
        responses.addAll(answers("PRO", 10, 9, day));
        responses.addAll(answers("PRO", 5, 7, day));
        responses.addAll(answers("PRO", 5, 0, day));
        assertThat(send(provision(api, "NL-AMSTERDAM-01", "NL"), "NL-AMSTERDAM-01", "NL", responses).statusCode()).isEqualTo(200);
        assertThat(admin(api, "PUT", "/api/v1/benchmarks/NL", """
                {"period":"2026-Q4","segments":{"CONSUMER":{"Competitor A":27.0,"Competitor B":31.5},"PRO":{"Competitor A":25.0,"Competitor C":20.0},
                 "SMALL":{"Competitor A":10.0}}}""").statusCode()).isEqualTo(204);
        assertProblem(admin(api, "PUT", "/api/v1/benchmarks/NL", "{\"segments\":{\"CONSUMER\":{\"Competitor A\":130}}}"), 400, "invalid_benchmark");

        JsonNode leadership = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/leadership?from=" + day + "&to=" + day, null, null));
        JsonNode cells = leadership.path("cells");
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0).path("segment").asString()).isEqualTo("CONSUMER");
        assertThat(cells.get(0).path("nps").asDouble()).isEqualTo(30.0);
        assertThat(cells.get(0).path("bestCompetitor").asString()).isEqualTo("Competitor B");
        assertThat(cells.get(0).path("first").asBoolean()).isFalse();
        assertThat(cells.get(1).path("segment").asString()).isEqualTo("PRO");
        assertThat(cells.get(1).path("bestCompetitorNps").asDouble()).isEqualTo(25.0);
        assertThat(cells.get(1).path("first").asBoolean()).as("equal is not first: strictly greater").isFalse();

        admin(api, "PUT", "/api/v1/benchmarks/NL", "{\"segments\":{\"CONSUMER\":{\"Competitor A\":27.0,\"Competitor B\":31.5},\"PRO\":{\"Competitor C\":20.0}}}");
        leadership = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/leadership?from=" + day + "&to=" + day, null, null));
        assertThat(leadership.path("cells").get(1).path("first").asBoolean()).isTrue();
        assertThat(leadership.path("shareOfCustomersWhereFirst").asDouble()).as("200,000 of 1,000,000").isEqualTo(0.2);
        assertThat(leadership.path("target").asDouble()).isEqualTo(0.75);
    }

    @Test
    void storesRankByTheLowerBoundOfTheirNpsAndSmallOnesStayIndicative() {
        Api api = new Api(port);
        String day = "2026-10-02";
        // BE-1: 100 answers, +40 and narrow; BE-2: 30 answers, +50 but wide; BE-3: 10 answers, +100
        send(provision(api, "BE-1", "BE"), "BE-1", "BE", concat(answers(null, 60, 10, day), answers(null, 20, 7, day), answers(null, 20, 2, day)));
        send(provision(api, "BE-2", "BE"), "BE-2", "BE", concat(answers(null, 20, 10, day), answers(null, 5, 8, day), answers(null, 5, 0, day)));
        send(provision(api, "BE-3", "BE"), "BE-3", "BE", answers(null, 10, 10, day));
        JsonNode ranking = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=" + day + "&to=" + day + "&country=BE", null, null));
        double lower1 = 40 - margin(60, 20, 100);
        double lower2 = 50 - margin(20, 5, 30);
        List<String> expected = lower1 > lower2 ? List.of("BE-1", "BE-2") : List.of("BE-2", "BE-1");
        assertThat(List.of(ranking.path("ranked").get(0).path("storeId").asString(), ranking.path("ranked").get(1).path("storeId").asString()))
                .as("by lower bound (%.2f vs %.2f), not by NPS", lower1, lower2).isEqualTo(expected);
        assertThat(expected.getFirst()).as("the data are chosen so that the lower NPS ranks first").isEqualTo("BE-1");
        JsonNode first = ranking.path("ranked").get(0);
        assertThat(first.path("lowerBound").asDouble()).isCloseTo(lower1, within(0.01));
        assertThat(ranking.path("ranked")).hasSize(2);
        assertThat(ranking.path("indicative")).hasSize(1);
        assertThat(ranking.path("indicative").get(0).path("storeId").asString()).isEqualTo("BE-3");
    }

    @Test
    void aRankingAcrossMonthsCountsWholeMonthsAndTheDaysAroundThem() {
        Api api = new Api(port);
        ApiClient store = provision(api, "LU-1", "LU");
        send(store, "LU-1", "LU", answers(null, 3, 10, "2026-08-30")); // before the period
        send(store, "LU-1", "LU", answers(null, 5, 10, "2026-08-31"));
        send(store, "LU-1", "LU", answers(null, 20, 9, "2026-09-15"));
        send(store, "LU-1", "LU", answers(null, 10, 0, "2026-10-01"));
        send(store, "LU-1", "LU", answers(null, 4, 0, "2026-10-02")); // after it
        JsonNode ranking = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=2026-08-31&to=2026-10-01&country=LU", null, null));
        JsonNode only = ranking.path("ranked").get(0);
        assertThat(only.path("responses").asLong()).as("5 + 20 + 10").isEqualTo(35);
        assertThat(only.path("nps").asDouble()).isCloseTo(100.0 * (25 - 10) / 35, within(0.01));
        JsonNode september = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=2026-09-01&to=2026-09-30&country=LU", null, null));
        assertThat(september.path("indicative").get(0).path("responses").asLong()).as("the whole month alone").isEqualTo(20);

        // within a month: whole weeks (Monday 5 to Sunday 18 October) and the days around them
        send(store, "LU-1", "LU", answers(null, 6, 10, "2026-10-04")); // a Sunday, before the weeks
        send(store, "LU-1", "LU", answers(null, 7, 10, "2026-10-11")); // the first week's Sunday
        send(store, "LU-1", "LU", answers(null, 8, 8, "2026-10-19")); // the Monday after the weeks
        send(store, "LU-1", "LU", answers(null, 9, 10, "2026-10-21")); // after the period
        JsonNode october = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=2026-10-02&to=2026-10-19&country=LU", null, null));
        JsonNode lu = october.path("indicative").get(0);
        assertThat(lu.path("responses").asLong()).as("4 + 6 + 7 + 8, indicative below 30").isEqualTo(25);
        assertThat(lu.path("nps").asDouble()).isCloseTo(100.0 * (13 - 4) / 25, within(0.01));

        // the country's figure over the same months and days
        JsonNode luxembourg = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores?from=2026-08-31&to=2026-10-01&country=LU", null, null))
                .path("countries").get(0);
        assertThat(luxembourg.path("responses").asLong()).isEqualTo(35);
        assertThat(luxembourg.path("unweightedNps").asDouble()).isCloseTo(100.0 * (25 - 10) / 35, within(0.01));
    }

    @Test
    void theTrendFlagsOnlyAChangeBeyondTheNoise() {
        Api api = new Api(port);
        admin(api, "PUT", "/api/v1/customer-base/PT", "{\"asOf\":\"2026-09-01\",\"segments\":{\"CONSUMER\":1000000}}");
        ApiClient lisbon = provision(api, "PT-LISBOA-01", "PT");
        send(lisbon, "PT-LISBOA-01", "PT", concat(answers("CONSUMER", 30, 2, "2026-10-05"), answers("CONSUMER", 10, 10, "2026-10-05"))); // −50
        send(lisbon, "PT-LISBOA-01", "PT", concat(answers("CONSUMER", 10, 2, "2026-10-06"), answers("CONSUMER", 30, 10, "2026-10-06"))); // +50
        send(lisbon, "PT-LISBOA-01", "PT", concat(answers("CONSUMER", 12, 2, "2026-10-07"), answers("CONSUMER", 28, 10, "2026-10-07"))); // +40
        JsonNode days = json(api.asStaff("admin", "admin-test", "GET",
                "/api/v1/scores/trend?from=2026-10-05&to=2026-10-07&granularity=DAY&country=PT", null, null)).path("points");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).path("nps").asDouble()).isEqualTo(-50.0);
        assertThat(days.get(0).path("changeSignificant").asBoolean()).isFalse();
        assertThat(days.get(1).path("nps").asDouble()).isEqualTo(50.0);
        assertThat(Math.abs(50 - -50.0)).isGreaterThan(Math.hypot(margin(10, 30, 40), margin(30, 10, 40)));
        assertThat(days.get(1).path("changeSignificant").asBoolean()).as("−50 → +50 with 40 answers a day").isTrue();
        assertThat(days.get(2).path("nps").asDouble()).isEqualTo(40.0);
        assertThat(days.get(2).path("changeSignificant").asBoolean()).as("+50 → +40").isFalse();

        JsonNode week = json(api.asStaff("admin", "admin-test", "GET",
                "/api/v1/scores/trend?from=2026-10-05&to=2026-10-11&granularity=WEEK&country=PT", null, null)).path("points");
        assertThat(week).hasSize(1);
        assertThat(week.get(0).path("start").asString()).isEqualTo("2026-10-05");
        assertThat(week.get(0).path("responses").asLong()).isEqualTo(120);
        // by month: a whole month (October, from its roll-up) between two part-months (their days); each point as /scores says
        admin(api, "PUT", "/api/v1/customer-base/IE", "{\"asOf\":\"2026-09-01\",\"segments\":{\"CONSUMER\":1000000}}");
        ApiClient dublin = provision(api, "IE-DUBLIN-01", "IE");
        send(dublin, "IE-DUBLIN-01", "IE", concat(answers("CONSUMER", 6, 9, "2026-09-14"), answers("CONSUMER", 4, 3, "2026-09-20")));
        send(dublin, "IE-DUBLIN-01", "IE", concat(answers("CONSUMER", 9, 10, "2026-10-01"), answers("CONSUMER", 5, 0, "2026-10-31")));
        send(dublin, "IE-DUBLIN-01", "IE", concat(answers("CONSUMER", 7, 8, "2026-11-10"), answers("CONSUMER", 3, 9, "2026-11-11")));
        JsonNode months = json(api.asStaff("admin", "admin-test", "GET",
                "/api/v1/scores/trend?from=2026-09-15&to=2026-11-10&granularity=MONTH&country=IE", null, null)).path("points");
        assertThat(months).hasSize(3);
        String[][] periods = {{"2026-09-15", "2026-09-30"}, {"2026-10-01", "2026-10-31"}, {"2026-11-01", "2026-11-10"}};
        long[] expected = {4, 14, 7};
        for (int m = 0; m < 3; m++) {
            assertThat(months.get(m).path("start").asString()).isEqualTo(periods[m][0].substring(0, 8) + "01");
            assertThat(months.get(m).path("responses").asLong()).as(periods[m][0]).isEqualTo(expected[m]);
            JsonNode scores = json(api.asStaff("admin", "admin-test", "GET",
                    "/api/v1/scores?from=%s&to=%s&country=IE".formatted(periods[m][0], periods[m][1]), null, null));
            assertThat(months.get(m).path("nps").asDouble()).isEqualTo(scores.path("countries").get(0).path("nps").asDouble());
        }
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/trend?from=2020-01-01&to=2026-01-01&granularity=DAY", null, null),
                400, "invalid_period");
        assertProblem(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/trend?from=2026-01-01&to=2026-02-01&granularity=HOUR", null, null),
                400, "invalid_period");
    }

    /** scoring.md: 100 · 1.96 · √((P + D − (P − D)²) / n). */
    private static double margin(int promoters, int detractors, int n) {
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        return 100 * 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }

    private ApiClient provision(Api api, String storeId, String country) {
        HttpResponse<String> created = admin(api, "POST", "/api/v1/stores",
                "{\"storeId\":\"%s\",\"country\":\"%s\",\"zone\":\"Europe/Paris\"}".formatted(storeId, country));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ApiClient(port, json(created).path("token").asString());
    }

    private static HttpResponse<String> admin(Api api, String method, String path, String body) {
        return api.asStaff("admin", "admin-test", method, path, body == null ? null : "application/json", body);
    }

    private static HttpResponse<String> send(ApiClient store, String storeId, String country, List<String> responses) {
        return store.asClient("POST", "/api/v1/responses", "application/json",
                "{\"storeId\":\"%s\",\"country\":\"%s\",\"responses\":[%s]}".formatted(storeId, country, String.join(",", responses)));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static List<String> answers(String segment, int count, int score, String day) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add("{\"id\":\"%s\",\"segment\":%s,\"sphere\":null,\"score\":%d,\"answeredAt\":\"%sT10:00:00Z\",\"localDate\":\"%s\",\"recognised\":%s}"
                    .formatted(UUID.randomUUID(), segment == null ? "null" : "\"" + segment + "\"", score, day, day, segment != null));
        }
        return answers;
    }
}
