package io.smartstore.central;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.testing.AccessSweep;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation central's document lists: no credentials is 401, a caller it does not name 403; an address that is no endpoint is 404 for everyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class AuthorisationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @org.junit.jupiter.api.Test
    void everyOperationOfTheServedDocumentRefusesWhomItDoesNotName() {
        if (!users.exists("analyst")) {
            users.add("analyst", "analyst-test", List.of("ANALYST"));
        }
        if (!users.exists("only-admin")) {
            users.add("only-admin", "only-admin-test", List.of("ADMIN")); // the bootstrap admin has every role
        }
        List<String> called = AccessSweep.sweep(new Api(port), List.of(new AccessSweep.Staff("ANALYST", "analyst", "analyst-test"),
                new AccessSweep.Staff("ADMIN", "only-admin", "only-admin-test")));
        assertThat(called).as("the document central serves").hasSizeGreaterThanOrEqualTo(25)
                .contains("POST /api/v1/responses", "GET /api/v1/scores", "PUT /api/v1/customer-base/{country}", "POST /api/v1/stores");
    }

    @org.junit.jupiter.api.Test
    void aForgedTokenIsRefused() {
        assertProblem(new Api(port).send("POST", "/api/v1/responses", "application/json", "{}", "Bearer forged-token"), 401);
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
