package io.smartstore.store;

import io.smartstore.support.staff.StaffUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.List;

import static io.smartstore.store.StoreApiTest.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The adviser queue over HTTP: tickets, positions, wait ranges, and a call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/queue-${random.uuid}")
@ActiveProfiles("test")
class QueueApiTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @Test
    void ticketsQueueInOrderAndTheFirstIsCalled() {
        Api api = new Api(port);
        HttpResponse<String> first = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"visitId\":null,\"sphere\":\"HOME\",\"topic\":\"Fibre\"}");
        HttpResponse<String> second = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"MOBILE\"}");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).path("ticket").asString()).isEqualTo("H-001");
        assertThat(json(first).path("position").asInt()).isEqualTo(1);
        JsonNode wait = json(first).path("estimatedWait");
        assertThat(wait.path("minMinutes").asInt()).isLessThan(wait.path("maxMinutes").asInt());
        assertThat(json(second).path("ticket").asString()).isEqualTo("M-001");
        assertThat(json(second).path("position").asInt()).as("first in its own sphere").isEqualTo(1);
        JsonNode third = json(api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"HOME\"}"));
        assertThat(third.path("position").asInt()).as("behind H-001").isEqualTo(2);

        users.add("julie", "adviser-test", List.of("ADVISER"), "Julie", null);
        HttpResponse<String> called = api.asStaff("julie", "adviser-test", "POST", "/api/v1/queue/next", "application/json",
                "{\"desk\":\"3\"}");
        assertThat(json(called).path("ticket").asString()).isEqualTo("H-001");
        assertThat(json(called).path("status").asString()).isEqualTo("CALLED");
        assertThat(json(called).path("adviser").asString()).isEqualTo("Julie");

        JsonNode calledNow = json(api.asKiosk("GET", "/api/v1/queue/H-001", null, null));
        assertThat(calledNow.path("status").asString()).isEqualTo("CALLED");
        assertThat(calledNow.path("desk").asString()).isEqualTo("3");
        JsonNode waiting = json(api.asKiosk("GET", "/api/v1/queue/M-001", null, null));
        assertThat(waiting.path("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.path("position").asInt()).isEqualTo(1);
    }

    @Test
    void badRequestsAndStrangersAreRefused() {
        Api api = new Api(port);
        assertProblem(api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"<script>\"}"), 400, "invalid_ticket_request");
        assertProblem(api.asKiosk("GET", "/api/v1/queue/Z-999", null, null), 404, "unknown_ticket");
        assertProblem(api.asKiosk("POST", "/api/v1/queue/next", "application/json", "{\"adviser\":\"x\",\"desk\":\"1\"}"), 403, "forbidden");
        assertProblem(api.anonymous("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"HOME\"}"), 401, "unauthenticated");
    }
}
