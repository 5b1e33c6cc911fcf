package io.smartstore.store;

import io.smartstore.support.staff.StaffUsers;
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

/** Every /api/v1 endpoint of the store: no credentials is 401, the wrong role is 403; an address that is no endpoint is 404 for everyone. */
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
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "POST, /api/v1/identifications, manager",
            "POST, /api/v1/sessions, admin",
            "POST, /api/v1/feedback, admin",
            "POST, /api/v1/queue, manager",
            "GET, /api/v1/queue/H-001, manager",
            "POST, /api/v1/queue/H-001/texts, manager",
            "POST, /api/v1/surveys, manager",
            "POST, /api/v1/queue/next, kiosk",
            "GET, /api/v1/queue, kiosk",
            "PUT, /api/v1/advisers/me/duty, kiosk",
            "POST, /api/v1/queue/H-001/call, kiosk",
            "POST, /api/v1/queue/H-001/recall, kiosk",
            "POST, /api/v1/queue/H-001/start, kiosk",
            "POST, /api/v1/queue/H-001/no-show, kiosk",
            "POST, /api/v1/queue/H-001/transfer, kiosk",
            "POST, /api/v1/queue/H-001/finish, kiosk",
            "POST, /api/v1/staff, manager",
            "GET, /api/v1/follow-ups, kiosk",
            "PATCH, /api/v1/follow-ups/00000000-0000-0000-0000-000000000001, kiosk",
            "GET, /api/v1/scores/trend?from=2026-11-01&to=2026-11-02, adviser",
            "GET, /api/v1/queue/H-001/customer, kiosk",
            "PUT, /api/v1/staff/lea/password, adviser",
            "DELETE, /api/v1/staff/lea, manager",
            "GET, /api/v1/scores/daily, adviser",
            "GET, /api/v1/scores/daily, kiosk",
            "POST, /api/v1/admin/customers, manager",
            "POST, /api/v1/admin/customers, kiosk",
            "POST, /api/v1/admin/kiosks, manager",
            "DELETE, /api/v1/admin/kiosks/kiosk-1/token, kiosk",
    })
    void refusedWithoutCredentialsAndWithTheWrongRole(String method, String path, String wrongCaller) {
        Api api = new Api(port);
        String body = method.equals("GET") ? null : "{}";
        var anonymous = api.anonymous(method, path, "application/json", body);
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("how to sign in").hasValue("Bearer realm=\"smartstore\", Basic realm=\"smartstore\"");
        var forged = api.send(method, path, "application/json", body, "Bearer forged-token");
        assertProblem(forged, 401, "unauthenticated");
        assertThat(forged.headers().firstValue("WWW-Authenticate")).isPresent();
        var wrong = wrongCaller.equals("kiosk")
                ? api.asKiosk(method, path, "application/json", body)
                : api.asStaff(wrongCaller, wrongCaller + "-test", method, path, "application/json", body);
        assertProblem(wrong, 403, "forbidden");
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
