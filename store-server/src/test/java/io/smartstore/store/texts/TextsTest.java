package io.smartstore.store.texts;

import io.smartstore.store.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Texts through a real SMPP server started by the test: a customer who asked for them at the kiosk is texted in
 * their language when they are next and when called; nobody else is; an SMS centre that is down holds nothing up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TextsTest {

    static final String PASSWORD = "adviser-password";
    @LocalServerPort
    int port;
    @Autowired
    Texts texts;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    Api api;

    /** Started with this JVM's tests, before the shared context that texts through it (SmsCentreForEveryTest). */
    static final SmsCentreForTests centre = SmsCentreForEveryTest.centre();

    @BeforeEach
    void shop() throws IOException {
        api = new Api(port);
        api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"sara\",\"password\":\"%s\",\"roles\":[\"ADVISER\"],\"displayName\":\"Sara\"}".formatted(PASSWORD));
        HttpResponse<String> imported = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", """
                {"ref":"SMS-LUCIA","firstName":"Lucía","language":"es","segment":"CONSUMER","cards":["6280008880000014"],"phone":"+34612345678"}
                {"ref":"SMS-NOPHONE","firstName":"Noé","language":"fr","segment":"CONSUMER","cards":["6280008880000022"]}
                """);
        assertThat(json(imported).path("imported").asInt()).as(imported.body()).isEqualTo(2);
        while (as("POST", "/api/v1/queue/next", "{\"desk\":\"9\"}").statusCode() == 200) {
            // earlier tests' tickets no longer wait
        }
    }

    @Test
    void aCustomerWhoAskedIsTextedInTheirLanguageWhenNextAndWhenCalledAndNobodyElseIs() throws Exception {
        String first = take(null, "fr").path("ticket").asString();
        JsonNode lucia = take(visitOf("6280008880000014"), "es");
        assertThat(lucia.path("textable").asBoolean()).as("a mobile number is known").isTrue();
        String hers = lucia.path("ticket").asString();
        assertThat(take(visitOf("6280008880000022"), "fr").path("textable").asBoolean()).as("no number in the CRM").isFalse();
        assertThat(take(null, "en").path("textable").asBoolean()).as("anonymous").isFalse();
        assertProblem(api.asKiosk("POST", "/api/v1/queue/" + first + "/texts", null, null), 409, "no_phone_number");
        assertProblem(api.asKiosk("POST", "/api/v1/queue/Z-999/texts", null, null), 404, "unknown_ticket");

        int before = centre.received.size();
        assertThat(api.asKiosk("POST", "/api/v1/queue/" + hers + "/texts", null, null).statusCode()).isEqualTo(204);
        texts.settle();
        assertThat(centre.received).as("one ticket waits before hers: not next yet").hasSize(before);

        as("PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"3\",\"spheres\":[\"HOME\"]}");
        assertThat(json(as("POST", "/api/v1/queue/next", "{}")).path("ticket").asString()).isEqualTo(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> centre.received.size() == before + 1);
        assertThat(centre.received.get(before)).isEqualTo(new SmsCentreForTests.Text("34612345678",
                "Turno " + hers + ": es el siguiente. Vuelva a los puestos, por favor.", (byte) 8));

        as("POST", "/api/v1/queue/" + first + "/finish", "{\"outcome\":\"RESOLVED\"}");
        assertThat(json(as("POST", "/api/v1/queue/next", "{}")).path("ticket").asString()).isEqualTo(hers);
        await().atMost(Duration.ofSeconds(10)).until(() -> centre.received.size() == before + 2);
        assertThat(centre.received.get(before + 1).text()).isEqualTo("Turno " + hers + ": Sara le espera en el puesto 3.");

        as("POST", "/api/v1/queue/" + hers + "/recall", null); // a recall, more moves: no text twice
        while (as("POST", "/api/v1/queue/next", "{}").statusCode() == 200) {
            // the tickets of those who did not ask are called: no text for them
        }
        texts.settle();
        assertThat(centre.received).hasSize(before + 2);
        as("PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":false}");
    }

    @Test
    void withTheSmsCentreDownTheQueueGoesOnAndTheTextIsCountedAsNotSent() throws Exception {
        String hers = take(visitOf("6280008880000014"), "es").path("ticket").asString();
        assertThat(api.asKiosk("POST", "/api/v1/queue/" + hers + "/texts", null, null).statusCode()).isEqualTo(204);
        texts.settle();
        int before = centre.received.size();
        centre.close();
        try {
            as("PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"4\",\"spheres\":[\"HOME\"]}");
            HttpResponse<String> called = as("POST", "/api/v1/queue/next", "{}");
            assertThat(called.statusCode()).as("the call does not wait for the SMS centre").isEqualTo(200);
            assertThat(json(called).path("ticket").asString()).isEqualTo(hers);
            texts.settle();
            assertThat(centre.received).hasSize(before);
            assertThat(meters.counter("smartstore.texts", "kind", "called", "outcome", "failed").count()).isGreaterThanOrEqualTo(1);
            as("PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":false}");
        } finally {
            centre.open();
        }
    }

    private UUID visitOf(String card) {
        HttpResponse<String> identified = api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"%s\",\"session\":\"%s\"}".formatted(card, UUID.randomUUID()));
        assertThat(identified.statusCode()).as(identified.body()).isEqualTo(200);
        return UUID.fromString(json(identified).path("visitId").asString());
    }

    private JsonNode take(UUID visit, String language) {
        HttpResponse<String> taken = api.asKiosk("POST", "/api/v1/queue", "application/json",
                "{\"sphere\":\"HOME\",\"language\":\"%s\"%s}".formatted(language, visit == null ? "" : ",\"visitId\":\"" + visit + "\""));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        return json(taken);
    }

    private HttpResponse<String> as(String method, String path, String body) {
        return api.asStaff("sara", PASSWORD, method, path, body == null ? null : "application/json", body);
    }
}
