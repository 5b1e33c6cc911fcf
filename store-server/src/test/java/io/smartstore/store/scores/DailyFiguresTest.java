package io.smartstore.store.scores;

import io.smartstore.store.Api;
import io.smartstore.store.MutableClock;
import io.smartstore.store.feedback.PhoneSurveys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A whole store-day through the HTTP API — a recognised visit with an adviser ticket and a
 * later phone answer, anonymous answers, misuse (too soon after the last one, and a burst) —
 * and its daily figures recounted independently, field by field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/figures-${random.uuid}",
        "smartstore.misuse.max-per-minute=3"})
@ActiveProfiles("test")
class DailyFiguresTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String DAY = "2026-11-26";
    static final MutableClock CLOCK = new MutableClock(Instant.parse(DAY + "T08:00:00Z"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PhoneSurveys surveys;
    Api api;
    /** What the test sent, with whether it should count: the independent recount works from this. */
    final List<Expected> answers = new ArrayList<>();

    record Expected(UUID id, int score, int localHour, String sphere, boolean counted, boolean misuse) {
    }

    @Test
    void theDayMatchesAnIndependentRecount() {
        api = new Api(port);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-1\",\"firstName\":\"Camille\",\"language\":\"fr\",\"segment\":\"CONSUMER\",\"cards\":[\"6280001000000014\"]}")
                .statusCode()).isEqualTo(200);

        // session 1: Camille is recognised and takes a ticket for HOME (09:00 UTC = 10:00 in Paris)
        UUID first = UUID.randomUUID();
        CLOCK.set(Instant.parse(DAY + "T09:00:00Z"));
        String visit = json(identify("6280001000000014", first)).path("visitId").asString();
        String ticket = json(api.asKiosk("POST", "/api/v1/queue", "application/json",
                "{\"visitId\":\"%s\",\"sphere\":\"HOME\"}".formatted(visit))).path("ticket").asString();
        // her kiosk answer rates the ticket; her phone answer half an hour later replaces it
        UUID kiosk = send(visit, ticket, 9, DAY + "T09:10:00Z");
        answers.add(new Expected(kiosk, 9, 10, "HOME", false, false));
        String link = json(api.asKiosk("POST", "/api/v1/surveys", "application/json",
                "{\"visitId\":\"%s\",\"language\":\"fr\",\"ticket\":\"%s\"}".formatted(visit, ticket))).path("url").asString();
        CLOCK.set(Instant.parse(DAY + "T09:40:00Z"));
        assertThat(surveys.answer(link.substring(link.lastIndexOf('/') + 1), 6, List.of("WAIT_TIME"), "trop long")).isTrue();
        answers.add(new Expected(null, 6, 10, "HOME", true, false));

        // session 2: an unknown card, then "continue anonymously": one session, not recognised
        UUID second = UUID.randomUUID();
        assertThat(identify("6280001000000022", second).statusCode()).isEqualTo(404);
        assertThat(api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(second))
                .statusCode()).isEqualTo(204);
        answers.add(new Expected(send(null, null, 10, DAY + "T10:00:00Z"), 10, 11, null, true, false));
        // pressed again 5 s after the last answer: misuse
        answers.add(new Expected(send(null, null, 0, DAY + "T10:00:05Z"), 0, 11, null, false, true));
        // 15 s later: a new person
        answers.add(new Expected(send(null, null, 8, DAY + "T10:00:20Z"), 8, 11, null, true, false));
        // session 3: anonymous; then a burst beyond 3 a minute at 13:00 Paris
        api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(UUID.randomUUID()));
        answers.add(new Expected(send(null, null, 3, DAY + "T12:00:00Z"), 3, 13, null, true, false));
        answers.add(new Expected(send(null, null, 7, DAY + "T12:00:15Z"), 7, 13, null, true, false));
        answers.add(new Expected(send(null, null, 9, DAY + "T12:00:30Z"), 9, 13, null, true, false));
        answers.add(new Expected(send(null, null, 1, DAY + "T12:00:45Z"), 1, 13, null, false, true));

        JsonNode day = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + DAY, null, null));
        Recount recount = new Recount(answers.stream().filter(Expected::counted).map(Expected::score).toList());
        assertThat(day.path("date").asString()).isEqualTo(DAY);
        assertThat(day.path("responses").asLong()).isEqualTo(recount.n);
        assertThat(day.path("promoters").asLong()).isEqualTo(recount.promoters);
        assertThat(day.path("passives").asLong()).isEqualTo(recount.passives);
        assertThat(day.path("detractors").asLong()).isEqualTo(recount.detractors);
        assertThat(day.path("nps").asDouble()).isCloseTo(recount.nps(), within(0.005));
        assertThat(day.path("marginOfError95").asDouble()).isCloseTo(recount.marginOfError(), within(0.005));
        List<Long> distribution = new ArrayList<>();
        day.path("distribution").forEach(n -> distribution.add(n.asLong()));
        assertThat(distribution).isEqualTo(recount.distribution());

        assertThat(day.path("bySphere")).hasSize(1);
        JsonNode home = day.path("bySphere").get(0);
        assertThat(home.path("sphere").asString()).isEqualTo("HOME");
        assertThat(home.path("responses").asLong()).isEqualTo(1);
        assertThat(home.path("nps").asDouble()).isEqualTo(-100.0);

        Map<Integer, Recount> byHour = new LinkedHashMap<>();
        answers.stream().filter(Expected::counted).map(Expected::localHour).distinct().sorted().forEach(hour -> byHour.put(hour,
                new Recount(answers.stream().filter(a -> a.counted() && a.localHour() == hour).map(Expected::score).toList())));
        assertThat(day.path("byHour")).hasSize(byHour.size());
        int i = 0;
        for (var entry : byHour.entrySet()) {
            JsonNode hour = day.path("byHour").get(i++);
            assertThat(hour.path("hour").asInt()).isEqualTo(entry.getKey());
            assertThat(hour.path("responses").asLong()).isEqualTo(entry.getValue().n);
            assertThat(hour.path("nps").asDouble()).isCloseTo(entry.getValue().nps(), within(0.005));
        }

        List<UUID> misuse = answers.stream().filter(Expected::misuse).map(Expected::id).toList();
        assertThat(day.path("excludedAsMisuse").asLong()).isEqualTo(misuse.size());
        List<UUID> listed = new ArrayList<>();
        day.path("misuse").forEach(entry -> listed.add(UUID.fromString(entry.path("id").asString())));
        assertThat(listed).containsExactlyElementsOf(misuse);
        assertThat(day.path("misuse").get(0).path("kiosk").asString()).isEqualTo("kiosk-1");
        assertThat(day.path("misuse").get(0).path("reason").asString()).as("5 s after the last answer").isEqualTo("TOO_SOON");
        assertThat(day.path("misuse").get(1).path("reason").asString()).as("the fourth in a minute").isEqualTo("BURST");

        assertThat(day.path("sessions").asLong()).isEqualTo(3);
        assertThat(day.path("recognitionRate").asDouble()).isEqualTo(0.33);
        assertThat(day.path("byKiosk")).hasSize(2); // kiosk-1 and the phone

        // recognised (Camille's phone answer, the one that counts for her visit) against anonymous
        assertThat(day.path("byRecognition")).hasSize(2);
        JsonNode recognised = day.path("byRecognition").get(0);
        assertThat(recognised.path("recognised").asBoolean()).isTrue();
        assertThat(recognised.path("responses").asLong()).isEqualTo(1);
        assertThat(recognised.path("nps").asDouble()).isEqualTo(-100.0);
        Recount anonymous = new Recount(answers.stream().filter(a -> a.counted() && a.sphere() == null).map(Expected::score).toList());
        JsonNode unknown = day.path("byRecognition").get(1);
        assertThat(unknown.path("recognised").asBoolean()).isFalse();
        assertThat(unknown.path("responses").asLong()).isEqualTo(anonymous.n);
        assertThat(unknown.path("nps").asDouble()).isCloseTo(anonymous.nps(), within(0.005));

        assertThat(day.path("waits").path("tickets").asLong()).as("Camille's ticket").isEqualTo(1);
        assertThat(day.path("waits").path("noShows").asLong()).isZero();
    }

    @Test
    void theDaysReasonsMatchARecountWithAnswersWithoutReasons() {
        api = new Api(port);
        String day = "2026-11-18";
        // what each answer sent: no reasons at all, an empty list, one, several; one pressed again too soon (misuse) is not counted
        Map<Integer, List<String>> sent = new LinkedHashMap<>();
        sent.put(2, null);
        sent.put(3, List.of());
        sent.put(4, List.of("WAIT_TIME"));
        sent.put(5, List.of("WAIT_TIME", "ADVICE", "PRICE"));
        sent.put(8, List.of("PRICE"));
        sent.put(9, List.of());
        sent.put(10, List.of("FRIENDLY_STAFF", "SHOP"));
        int minute = 0;
        for (var answer : sent.entrySet()) {
            send(null, null, answer.getKey(), day + "T10:%02d:00Z".formatted(minute += 2), answer.getValue() == null ? null
                    : "\"reasons\":" + JSON.writeValueAsString(answer.getValue()));
        }
        send(null, null, 1, day + "T10:%02d:05Z".formatted(minute), "\"reasons\":[\"WELCOME\"]");

        // the recount: reason -> {promoters, passives, detractors} from what was sent
        Map<String, long[]> recount = new java.util.TreeMap<>();
        sent.forEach((score, reasons) -> (reasons == null ? List.<String>of() : reasons).forEach(reason ->
                recount.computeIfAbsent(reason, r -> new long[3])[score >= 9 ? 0 : score >= 7 ? 1 : 2]++));

        JsonNode figures = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily?date=" + day, null, null));
        Map<String, long[]> listed = new java.util.TreeMap<>();
        figures.path("reasons").forEach(reason -> listed.put(reason.path("reason").asString(),
                new long[]{reason.path("promoters").asLong(), reason.path("passives").asLong(), reason.path("detractors").asLong()}));
        assertThat(listed.keySet()).as("no empty reason, nothing from the misuse").containsExactlyElementsOf(recount.keySet());
        recount.forEach((reason, bands) -> assertThat(listed.get(reason)).as(reason).containsExactly(bands));
        assertThat(figures.path("reasons").get(0).path("reason").asString()).as("what detractors cite most first").isEqualTo("WAIT_TIME");
    }

    @Test
    void aDaysAnswersComeAsCsvWithoutPersonalData() {
        api = new Api(port);
        String day = "2026-11-20";
        UUID anonymous = send(null, null, 9, day + "T10:00:00Z", "\"comment\":\"call me on 0612345678, Jean Dupont\",\"reasons\":[\"SHOP\",\"FRIENDLY_STAFF\"]");
        HttpResponse<String> csv = api.send("GET", "/api/v1/scores/daily?date=" + day, null, null,
                "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-test".getBytes()), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var mapper = new tools.jackson.dataformat.csv.CsvMapper();
        List<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(csv.body()).readAll();
        assertThat(csv.body().lines().findFirst().orElseThrow().replace("\"", "").split(",")).containsExactly("id", "answeredAt",
                "localHour", "channel", "kiosk", "score", "reasons", "sphere", "segment", "recognised", "counted", "misuse");
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.getFirst();
        assertThat(row.get("id")).isEqualTo(anonymous.toString());
        assertThat(row.get("score")).isEqualTo("9");
        assertThat(row.get("reasons")).isEqualTo("SHOP FRIENDLY_STAFF");
        assertThat(row.get("counted")).isEqualTo("true");
        assertThat(row.get("channel")).isEqualTo("KIOSK");
        assertThat(csv.body()).doesNotContain("0612345678").doesNotContain("Dupont");
    }

    private UUID send(String visit, String ticket, int score, String answeredAt) {
        return send(visit, ticket, score, answeredAt, null);
    }

    private UUID send(String visit, String ticket, int score, String answeredAt, String extra) {
        UUID id = UUID.randomUUID();
        String body = "{\"responses\":[{\"id\":\"%s\",\"visitId\":%s,\"ticket\":%s,\"score\":%d,\"answeredAt\":\"%s\"%s}]}".formatted(id,
                visit == null ? "null" : "\"" + visit + "\"", ticket == null ? "null" : "\"" + ticket + "\"", score, answeredAt,
                extra == null ? "" : "," + extra);
        JsonNode receipt = json(api.asKiosk("POST", "/api/v1/feedback", "application/json", body));
        assertThat(receipt.path("accepted").get(0).asString()).isEqualTo(id.toString());
        return id;
    }

    private HttpResponse<String> identify(String card, UUID session) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"%s\",\"session\":\"%s\"}".formatted(card, session));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    /** The definitions of scoring.md, written out again from the scores alone. */
    static final class Recount {
        final long n;
        final long promoters;
        final long passives;
        final long detractors;
        final List<Integer> scores;

        Recount(List<Integer> scores) {
            this.scores = scores;
            n = scores.size();
            promoters = scores.stream().filter(s -> s >= 9).count();
            passives = scores.stream().filter(s -> s == 7 || s == 8).count();
            detractors = scores.stream().filter(s -> s <= 6).count();
        }

        double nps() {
            return 100.0 * (promoters - detractors) / n;
        }

        double marginOfError() {
            double p = (double) promoters / n;
            double d = (double) detractors / n;
            return 100 * 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
        }

        List<Long> distribution() {
            List<Long> counts = new ArrayList<>();
            for (int score = 0; score <= 10; score++) {
                int s = score;
                counts.add(scores.stream().filter(x -> x == s).count());
            }
            return counts;
        }
    }
}
