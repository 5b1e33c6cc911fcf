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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueueApiTest {

    // spheres of letters of their own: the other tests sharing this store take H, M and W tickets today
    static final String FIRST = "XRAY";
    static final String SECOND = "YOGA";

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @Test
    void ticketsQueueInOrderAndTheFirstIsCalled() {
        Api api = new Api(port);
        HttpResponse<String> first = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"visitId\":null,\"sphere\":\"" + FIRST + "\",\"topic\":\"Fibre\"}");
        HttpResponse<String> second = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"" + SECOND + "\"}");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).path("ticket").asString()).isEqualTo("X-001");
        assertThat(json(first).path("position").asInt()).isEqualTo(1);
        JsonNode wait = json(first).path("estimatedWait");
        assertThat(wait.path("minMinutes").asInt()).isLessThan(wait.path("maxMinutes").asInt());
        assertThat(json(second).path("ticket").asString()).isEqualTo("Y-001");
        assertThat(json(second).path("position").asInt()).as("first in its own sphere").isEqualTo(1);
        JsonNode third = json(api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"" + FIRST + "\"}"));
        assertThat(third.path("position").asInt()).as("behind X-001").isEqualTo(2);

        users.add("julie", "adviser-test", List.of("ADVISER"), "Julie", null);
        assertThat(api.asStaff("julie", "adviser-test", "PUT", "/api/v1/advisers/me/duty", "application/json",
                "{\"onDuty\":true,\"desk\":\"3\",\"spheres\":[\"" + FIRST + "\",\"" + SECOND + "\"]}").statusCode()).isEqualTo(204);
        HttpResponse<String> called = api.asStaff("julie", "adviser-test", "POST", "/api/v1/queue/next", "application/json",
                "{\"desk\":\"3\"}");
        assertThat(json(called).path("ticket").asString()).isEqualTo("X-001");
        assertThat(json(called).path("status").asString()).isEqualTo("CALLED");
        assertThat(json(called).path("adviser").asString()).isEqualTo("Julie");

        JsonNode calledNow = json(api.asKiosk("GET", "/api/v1/queue/X-001", null, null));
        assertThat(calledNow.path("status").asString()).isEqualTo("CALLED");
        assertThat(calledNow.path("desk").asString()).isEqualTo("3");
        JsonNode waiting = json(api.asKiosk("GET", "/api/v1/queue/Y-001", null, null));
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
