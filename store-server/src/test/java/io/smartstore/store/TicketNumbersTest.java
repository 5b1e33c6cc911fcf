package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ticket numbers come from a counter: kiosks asking at the same instant never collide. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/tickets-${random.uuid}")
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
            assertThat(numbers).hasSize(kiosks).allMatch(number -> number.matches("W-0(0[1-9]|1[0-6])"));
        }
    }

}
