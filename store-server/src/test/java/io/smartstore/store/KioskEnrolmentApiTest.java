package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin's script enrols kiosks (a shop opening with many) and revokes one; each token works alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KioskEnrolmentApiTest {

    @LocalServerPort
    int port;

    @Test
    void aScriptEnrolsAKioskWhoseTokenWorksUntilRevoked() {
        Api api = new Api(port);
        HttpResponse<String> enrolled = admin(api, "POST", "/api/v1/admin/kiosks", "{\"kioskId\":\"kiosk-7\"}");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        assertThat(json(enrolled).path("kioskId").asString()).isEqualTo("kiosk-7");
        String token = json(enrolled).path("token").asString();
        assertThat(token).hasSizeGreaterThan(30);

        String anonymousSession = "{\"session\":\"0b3c1c9e-6d1f-4f0e-9a55-1d2f3a4b5c6d\",\"recognised\":false}";
        assertThat(api.send("POST", "/api/v1/sessions", "application/json", anonymousSession, "Bearer " + token).statusCode())
                .isLessThan(300);

        assertProblem(admin(api, "POST", "/api/v1/admin/kiosks", "{\"kioskId\":\"kiosk-7\"}"), 409, "kiosk_exists");
        assertProblem(admin(api, "POST", "/api/v1/admin/kiosks", "{\"kioskId\":\"Kiosk 7\"}"), 400, "invalid_kiosk");
        assertProblem(admin(api, "POST", "/api/v1/admin/kiosks", "{}"), 400, "invalid_kiosk");

        assertThat(admin(api, "DELETE", "/api/v1/admin/kiosks/kiosk-7/token", null).statusCode()).isEqualTo(204);
        assertProblem(api.send("POST", "/api/v1/sessions", "application/json", anonymousSession, "Bearer " + token), 401, "unauthenticated");
        assertProblem(admin(api, "DELETE", "/api/v1/admin/kiosks/kiosk-404/token", null), 404, "not_found");
    }

    private static HttpResponse<String> admin(Api api, String method, String path, String body) {
        return api.asStaff("admin", "admin-test", method, path, "application/json", body);
    }
}
