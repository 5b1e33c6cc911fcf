package io.smartstore.central.staff;

import io.smartstore.central.Api;
import io.smartstore.support.testing.CompanySignInFlow;
import io.smartstore.support.testing.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company's sign-in at headquarters, against a real OpenID provider started here: an
 * analyst signs in whatever their stores claim says, a person without a role here is turned
 * away; a script's token reads the scores by its role, a token without the role is forbidden,
 * one from another provider refused; the app's own accounts still work beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: signing in with the provider does not depend on the database
class CompanySignInTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start()
            .person("nora.a", "nora-password", "Nora Analyst", List.of("ANALYST"), List.of())
            .person("lea.v", "lea-password", "Léa Vidal", List.of("ADVISER"), List.of("FR-PARIS-01"))
            .script("board-report", "board-secret", List.of("ANALYST"), List.of())
            .script("shop-script", "shop-secret", List.of("MANAGER"), List.of("*"));
    static final TestIdentityProvider ELSEWHERE = TestIdentityProvider.start()
            .script("board-report", "board-secret", List.of("ANALYST"), List.of());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void company(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
        ELSEWHERE.close();
    }

    @BeforeEach
    void allowHeadquarters() {
        PROVIDER.allowApp(base());
    }

    @Test
    void anAnalystSignsInAndSomeoneWithoutARoleHereIsTurnedAway() {
        CompanySignInFlow nora = new CompanySignInFlow();
        assertThat(nora.signIn(base(), "nora.a", "nora-password").getPath()).isEqualTo("/");
        assertThat(nora.get(URI.create(base() + "/")).statusCode()).isEqualTo(200);

        assertThat(new CompanySignInFlow().signIn(base(), "lea.v", "lea-password").getPath()).isEqualTo("/not-for-this-shop");
    }

    @Test
    void scriptsCallWithTheProvidersTokensByTheirRoles() {
        Api api = new Api(port);
        HttpResponse<String> scores = api.send("GET", "/api/v1/recognition?from=2026-11-24&to=2026-11-24", null, null,
                "Bearer " + PROVIDER.clientCredentialsToken("board-report", "board-secret"));
        assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
        assertProblem(api.send("GET", "/api/v1/recognition?from=2026-11-24&to=2026-11-24", null, null,
                "Bearer " + PROVIDER.clientCredentialsToken("shop-script", "shop-secret")), 403, "forbidden");
        assertProblem(api.send("GET", "/api/v1/recognition?from=2026-11-24&to=2026-11-24", null, null,
                "Bearer " + ELSEWHERE.clientCredentialsToken("board-report", "board-secret")), 401, "unauthenticated");
        assertThat(api.asStaff("admin", "admin-test", "GET", "/api/v1/recognition?from=2026-11-24&to=2026-11-24", null, null).statusCode())
                .as("the app's own accounts still sign in").isEqualTo(200);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
