package io.smartstore.central;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import io.smartstore.support.staff.StaffUsers;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every /api/v1 endpoint of central: no credentials is 401, the wrong role is 403; an address that is no endpoint is 404 for everyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class AuthorisationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "POST, /api/v1/responses, admin",
            "POST, /api/v1/sessions, analyst",
            "PUT, /api/v1/customer-base/FR, analyst",
            "PUT, /api/v1/customer-base/FR, store",
            "GET, /api/v1/scores?from=2026-11-01&to=2026-11-02, store",
            "GET, /api/v1/recognition?from=2026-11-01&to=2026-11-02, store",
            "POST, /api/v1/tokens, analyst",
            "GET, /api/v1/leadership?from=2026-11-01&to=2026-11-02, store",
            "GET, /api/v1/stores/ranking?from=2026-11-01&to=2026-11-02, store",
            "GET, /api/v1/scores/trend?from=2026-11-01&to=2026-11-02, store",
            "PUT, /api/v1/benchmarks/FR, analyst",
            "POST, /api/v1/stores, analyst",
            "POST, /api/v1/stores, store",
            "DELETE, /api/v1/stores/FR-TEST-01/token, analyst",
    })
    void refusedWithoutCredentialsAndWithTheWrongRole(String method, String path, String wrongCaller) {
        if (!users.exists("analyst")) {
            users.add("analyst", "analyst-test", List.of("ANALYST"));
        }
        Api api = new Api(port);
        String body = method.equals("GET") ? null : "{}";
        assertProblem(api.anonymous(method, path, "application/json", body), 401);
        assertProblem(api.send(method, path, "application/json", body, "Bearer forged-token"), 401);
        assertProblem(wrongCaller.equals("store") ? api.asStore(method, path, "application/json", body)
                : api.asStaff(wrongCaller, wrongCaller + "-test", method, path, "application/json", body), 403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/scorez", "POST, /api/v1/scorez", "GET, /api/v1/stores/ranking/x", "PUT, /api/v2/benchmarks/FR"})
    void anAddressThatIsNoEndpointIsNotFoundForEveryCaller(String method, String path) {
        // (a forged token is refused wherever it is sent: 401, as refusedWithoutCredentialsAndWithTheWrongRole shows)
        if (!users.exists("analyst")) {
            users.add("analyst", "analyst-test", List.of("ANALYST"));
        }
        Api api = new Api(port);
        String body = method.equals("GET") ? null : "{}";
        for (HttpResponse<String> response : List.of(api.anonymous(method, path, "application/json", body),
                api.asStore(method, path, "application/json", body),
                api.asStaff("analyst", "analyst-test", method, path, "application/json", body),
                api.asStaff("admin", "admin-test", method, path, "application/json", body))) {
            io.smartstore.support.testing.ApiClient.assertProblem(response, 404, "not_found");
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonMapper.shared().readTree(response.body()).path("code").asString())
                .isEqualTo(status == 401 ? "unauthenticated" : "forbidden");
    }
}
