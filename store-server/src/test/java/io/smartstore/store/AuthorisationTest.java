package io.smartstore.store;

import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.testing.AccessSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smartstore.store.StoreApiTest.assertProblem;

/** Every operation the store's document lists: no credentials is 401, a caller it does not name 403; an address that is no endpoint is 404 for everyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class AuthorisationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @BeforeEach
    void staff() {
        for (String role : List.of("ADVISER", "MANAGER")) {
            if (!users.exists(role.toLowerCase())) {
                users.add(role.toLowerCase(), role.toLowerCase() + "-test", List.of(role));
            }
        }
        if (!users.exists("only-admin")) {
            users.add("only-admin", "only-admin-test", List.of("ADMIN")); // the bootstrap admin has every role
        }
    }

    @org.junit.jupiter.api.Test
    void everyOperationOfTheServedDocumentRefusesWhomItDoesNotName() {
        List<String> called = AccessSweep.sweep(new Api(port), List.of(new AccessSweep.Staff("ADVISER", "adviser", "adviser-test"),
                new AccessSweep.Staff("MANAGER", "manager", "manager-test"), new AccessSweep.Staff("ADMIN", "only-admin", "only-admin-test")));
        assertThat(called).as("the document the store serves").hasSizeGreaterThanOrEqualTo(39)
                .contains("POST /api/v1/queue/{ticket}/call", "POST /api/v1/queue", "GET /api/v1/scores/daily", "POST /api/v1/admin/kiosks",
                        "DELETE /api/v1/customers/{ref}", "POST /api/v1/heartbeats");
    }

    @org.junit.jupiter.api.Test
    void aCallWithoutCredentialsOrWithAForgedTokenIsToldHowToSignIn() {
        Api api = new Api(port);
        var anonymous = api.anonymous("POST", "/api/v1/queue/H-001/call", "application/json", "{}");
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("how to sign in").hasValue("Bearer realm=\"smartstore\", Basic realm=\"smartstore\"");
        var forged = api.send("POST", "/api/v1/queue/H-001/call", "application/json", "{}", "Bearer forged-token");
        assertProblem(forged, 401, "unauthenticated");
        assertThat(forged.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/nothing-here", "POST, /api/v1/nothing-here", "GET, /api/v1/scores/dailyy", "DELETE, /api/v2/queue", "GET, /api/"})
    void anAddressThatIsNoEndpointIsNotFoundForEveryCaller(String method, String path) {
        // (a forged token is refused wherever it is sent: 401, as refusedWithoutCredentialsAndWithTheWrongRole shows)
        Api api = new Api(port);
        String body = method.equals("GET") ? null : "{}";
        assertProblem(api.anonymous(method, path, "application/json", body), 404, "not_found");
        assertProblem(api.asKiosk(method, path, "application/json", body), 404, "not_found");
        for (String staff : List.of("adviser", "manager")) {
            assertProblem(api.asStaff(staff, staff + "-test", method, path, "application/json", body), 404, "not_found");
        }
        assertProblem(api.asStaff("admin", "admin-test", method, path, "application/json", body), 404, "not_found");
    }

    @org.junit.jupiter.api.Test
    void anEndpointCalledWithAnotherMethodStaysBehindSignIn() {
        Api api = new Api(port);
        assertProblem(api.anonymous("DELETE", "/api/v1/scores/daily", null, null), 401, "unauthenticated");
        assertProblem(api.asStaff("manager", "manager-test", "DELETE", "/api/v1/scores/daily", null, null), 405, "method_not_allowed");
    }

    @org.junit.jupiter.api.Test
    void theSixthSignInAfterFiveWrongPasswordsIsRefusedEvenWithTheRightOne() {
        Api api = new Api(port);
        users.add("locksmith", "locksmith-right-1", List.of("MANAGER"));
        for (int i = 0; i < 5; i++) {
            assertProblem(api.asStaff("locksmith", "wrong-password-" + i, "GET", "/api/v1/scores/daily", null, null), 401, "unauthenticated");
        }
        var sixth = api.asStaff("locksmith", "locksmith-right-1", "GET", "/api/v1/scores/daily", null, null);
        assertProblem(sixth, 429, "too_many_attempts");
        assertThat(sixth.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds -> assertThat(seconds).isBetween(840L, 900L));
        assertThat(api.asStaff("manager", "manager-test", "GET", "/api/v1/scores/daily", null, null).statusCode()).as("another account").isEqualTo(200);
    }
}
