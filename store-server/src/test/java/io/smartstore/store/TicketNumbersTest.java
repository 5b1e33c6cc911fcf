package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ticket numbers come from a counter: kiosks asking at the same instant never collide. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TicketNumbersTest {

    @LocalServerPort
    int port;

    @Test
    void kiosksTakingTicketsAtTheSameInstantEachGetTheirOwnNumber() throws Exception {
        Api api = new Api(port);
        int kiosks = 16;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(kiosks)) {
            List<java.util.concurrent.Future<HttpResponse<String>>> taken = new java.util.ArrayList<>();
            for (int i = 0; i < kiosks; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"WORK\"}");
                }));
            }
            start.countDown();
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var ticket : taken) {
                HttpResponse<String> response = ticket.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                numbers.add(tools.jackson.databind.json.JsonMapper.shared().readTree(response.body()).path("ticket").asString());
            }
            // sixteen numbers of their own, one after another (the store's other tests may have taken W tickets before)
            assertThat(numbers).hasSize(kiosks).allMatch(number -> number.matches("W-\\d{3}"));
            List<Integer> sorted = numbers.stream().map(number -> Integer.parseInt(number.substring(2))).sorted().toList();
            assertThat(sorted.getLast() - sorted.getFirst()).as("no number skipped or given twice").isEqualTo(kiosks - 1);
        }
    }

}
