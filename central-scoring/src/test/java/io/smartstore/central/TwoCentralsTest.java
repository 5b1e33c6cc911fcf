package io.smartstore.central;

import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two central instances on one database (PostgreSQL when the suite runs on it), receiving
 * batches from three stores at once — every batch sent to both instances at the same moment,
 * answers for the same visit spread over batches: every answer is stored once, counted at
 * most once, one per visit (the latest), misuse never, and the cells equal a recount.
 */
class TwoCentralsTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final List<String> STORES = List.of("FR-TWO-01", "FR-TWO-02", "FR-TWO-03");

    record Answer(UUID id, String store, String visit, String segment, String sphere, int score, Instant answeredAt, boolean misuse) {
        String json() {
            return "{\"id\":\"%s\",\"segment\":%s,\"sphere\":%s,\"score\":%d,\"answeredAt\":\"%s\",\"localDate\":\"2026-11-26\",\"recognised\":%s,\"visit\":%s,\"misuse\":%s}"
                    .formatted(id, quoted(segment), quoted(sphere), score, answeredAt, segment != null, quoted(visit), misuse);
        }
    }

    @Test
    void batchesSentToBothInstancesAtOnceCountEachAnswerOnce() throws Exception {
        String database = "--spring.datasource.url=jdbc:h2:file:./target/test-db/two-centrals-" + UUID.randomUUID() + ";WRITE_DELAY=0";
        try (ConfigurableApplicationContext first = central(database); ConfigurableApplicationContext second = central(database)) {
            EnrolledClients stores = first.getBean(EnrolledClients.class);
            STORES.forEach(store -> stores.enrol(store, "token-" + store));
            assertThat(new Api(port(first)).asStaff("admin", "admin-test", "PUT", "/api/v1/customer-base/FR", "application/json",
                    "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":800000,\"PRO\":200000}}").statusCode()).isEqualTo(204);
            List<List<Answer>> batches = batches(new Random(2));
            List<Integer> ports = List.of(port(first), port(second));
            ExecutorService senders = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (List<Answer> batch : batches) {
                for (int port : ports) { // the same batch at both instances, at once
                    sent.add(senders.submit(() -> send(port, batch)));
                }
            }
            for (Future<HttpResponse<String>> response : sent) {
                assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
            }
            senders.shutdown();

            List<Answer> all = batches.stream().flatMap(List::stream).toList();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM RESPONSE").query(Long.class).single()).as("each answer stored once").isEqualTo(all.size());

            // the independent recount: the latest answer of each visit, every answer without one, never misuse
            Map<String, Answer> latestOfVisit = new HashMap<>();
            List<Answer> counted = new ArrayList<>();
            for (Answer answer : all) {
                if (answer.misuse()) {
                    continue;
                }
                if (answer.visit() == null) {
                    counted.add(answer);
                } else {
                    latestOfVisit.merge(answer.store() + "/" + answer.visit(), answer, (a, b) -> a.answeredAt().isAfter(b.answeredAt()) ? a : b);
                }
            }
            counted.addAll(latestOfVisit.values());
            assertThat(jdbc.sql("SELECT ID FROM RESPONSE WHERE COUNTED = TRUE").query(UUID.class).list())
                    .containsExactlyInAnyOrderElementsOf(counted.stream().map(Answer::id).toList());

            Map<String, long[]> expectedCells = new TreeMap<>();
            counted.forEach(answer -> expectedCells.computeIfAbsent(answer.store() + "|" + nonNull(answer.segment()) + "|" + nonNull(answer.sphere()),
                    key -> new long[11])[answer.score()]++);
            Map<String, long[]> cells = new TreeMap<>();
            jdbc.sql("SELECT STORE_ID, SEGMENT, SPHERE, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 FROM SCORE_CELL").query(rs -> {
                long[] counts = new long[11];
                for (int score = 0; score <= 10; score++) {
                    counts[score] = rs.getLong(4 + score);
                }
                if (java.util.Arrays.stream(counts).anyMatch(n -> n != 0)) {
                    cells.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), counts);
                }
            });
            assertThat(cells.keySet()).isEqualTo(expectedCells.keySet());
            expectedCells.forEach((key, counts) -> assertThat(cells.get(key)).as(key).containsExactly(counts));

            // the roll-ups equal the cells they sum
            assertThat(sums(jdbc, "SELECT LOCAL_DATE, COUNTRY, SEGMENT, %s FROM COUNTRY_CELL GROUP BY LOCAL_DATE, COUNTRY, SEGMENT"))
                    .isEqualTo(sums(jdbc, "SELECT LOCAL_DATE, COUNTRY, SEGMENT, %s FROM SCORE_CELL GROUP BY LOCAL_DATE, COUNTRY, SEGMENT"));
            assertThat(sums(jdbc, "SELECT MONTH_START, COUNTRY, SEGMENT, %s FROM COUNTRY_MONTH_CELL GROUP BY MONTH_START, COUNTRY, SEGMENT"))
                    .isEqualTo(sums(jdbc, "SELECT CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, SEGMENT, %s FROM SCORE_CELL "
                            + "GROUP BY CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, SEGMENT"));
            assertThat(sums(jdbc, "SELECT LOCAL_DATE, COUNTRY, STORE_ID, %s FROM STORE_DAY_CELL GROUP BY LOCAL_DATE, COUNTRY, STORE_ID"))
                    .isEqualTo(sums(jdbc, "SELECT LOCAL_DATE, COUNTRY, STORE_ID, %s FROM SCORE_CELL GROUP BY LOCAL_DATE, COUNTRY, STORE_ID"));
            assertThat(sums(jdbc, "SELECT WEEK_START, COUNTRY, STORE_ID, %s FROM STORE_WEEK_CELL GROUP BY WEEK_START, COUNTRY, STORE_ID"))
                    .isEqualTo(sums(jdbc, "SELECT LOCAL_DATE - (EXTRACT(ISODOW FROM LOCAL_DATE) - 1) * INTERVAL '1' DAY, COUNTRY, STORE_ID, %s "
                            + "FROM SCORE_CELL GROUP BY LOCAL_DATE - (EXTRACT(ISODOW FROM LOCAL_DATE) - 1) * INTERVAL '1' DAY, COUNTRY, STORE_ID"));
            assertThat(sums(jdbc, "SELECT MONTH_START, COUNTRY, STORE_ID, %s FROM STORE_MONTH_CELL GROUP BY MONTH_START, COUNTRY, STORE_ID"))
                    .isEqualTo(sums(jdbc, "SELECT CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, STORE_ID, %s FROM SCORE_CELL "
                            + "GROUP BY CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, STORE_ID"));

            // and the API agrees: the country's responses are the counted answers
            JsonNode scores = JSON.readTree(new Api(port(second)).asStaff("admin", "admin-test", "GET",
                    "/api/v1/scores?from=2026-11-26&to=2026-11-26&country=FR", null, null).body());
            assertThat(scores.path("countries").get(0).path("responses").asLong())
                    .isEqualTo(counted.size());
        }
    }

    /** 3 stores × 8 batches of 60; a third of the answers belong to 40 visits per store that answer up to 3 times; 1 in 20 is misuse. */
    private static List<List<Answer>> batches(Random random) {
        List<List<Answer>> batches = new ArrayList<>();
        Instant nine = Instant.parse("2026-11-26T09:00:00Z");
        for (String store : STORES) {
            for (int b = 0; b < 8; b++) {
                List<Answer> batch = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    boolean visit = random.nextInt(3) == 0;
                    String segment = visit ? (random.nextBoolean() ? "CONSUMER" : "PRO") : null;
                    batch.add(new Answer(UUID.randomUUID(), store, visit ? "visit-" + random.nextInt(40) : null, segment,
                            random.nextInt(4) == 0 ? "HOME" : null, random.nextInt(11), nine.plusSeconds(random.nextInt(36_000)),
                            !visit && random.nextInt(20) == 0));
                }
                batches.add(batch);
            }
        }
        java.util.Collections.shuffle(batches, random);
        return batches;
    }

    /** Rows of three key columns and the eleven score sums, as text, in key order. */
    private static Map<String, List<Long>> sums(JdbcClient jdbc, String sql) {
        String scores = java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(score -> "SUM(S" + score + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        Map<String, List<Long>> rows = new TreeMap<>();
        jdbc.sql(sql.formatted(scores)).query(rs -> {
            List<Long> counts = new ArrayList<>();
            for (int score = 0; score <= 10; score++) {
                counts.add(rs.getLong(4 + score));
            }
            rows.put(rs.getObject(1).toString().substring(0, 10) + "|" + rs.getString(2) + "|" + rs.getString(3), counts);
        });
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static HttpResponse<String> send(int port, List<Answer> batch) {
        String store = batch.getFirst().store();
        String body = "{\"storeId\":\"%s\",\"country\":\"FR\",\"responses\":[%s]}".formatted(store,
                String.join(",", batch.stream().map(Answer::json).toList()));
        return new ApiClient(port, "token-" + store).asClient("POST", "/api/v1/responses", "application/json", body);
    }

    private static ConfigurableApplicationContext central(String database) {
        return new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").run("--server.port=0", database);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
