package io.smartstore.store.staff;

import io.smartstore.store.Api;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company's sign-in at a store, against a real OpenID provider started here, with the
 * store's own accounts off: the shop's people sign in, others see "not for this shop"; a
 * script's bearer token from the provider reads the day, one for another shop, an expired one
 * and one from another provider are refused; a local password no longer opens anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: signing in with the provider does not depend on the database
class CompanySignInTest {

    static final String SHOP = "FR-TEST-01";
    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start()
            .person("lea.v", "lea-password", "Léa Vidal", List.of("ADVISER"), List.of(SHOP))
            .person("max.l", "max-password", "Max Laurent", List.of("MANAGER"), List.of("FR-LYON-02"))
            .script("nightly-report", "report-secret", List.of("MANAGER"), List.of(SHOP))
            .script("lyon-report", "lyon-secret", List.of("MANAGER"), List.of("FR-LYON-02"));
    static final TestIdentityProvider ELSEWHERE = TestIdentityProvider.start()
            .script("nightly-report", "report-secret", List.of("MANAGER"), List.of("*"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void company(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
        properties.add("smartstore.staff.local-accounts", () -> "false");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
        ELSEWHERE.close();
    }

    @BeforeEach
    void allowThisStore() {
        PROVIDER.allowApp(base());
    }

    @Test
    void theShopsPeopleSignInWithTheCompanyAccountAndOthersAreTurnedAway() {
        CompanySignInFlow lea = new CompanySignInFlow();
        URI landed = lea.signIn(base(), "lea.v", "lea-password");
        assertThat(landed.getPath()).isEqualTo("/");
        assertThat(lea.get(URI.create(base() + "/")).statusCode()).as("signed in: the pages open").isEqualTo(200);

        CompanySignInFlow max = new CompanySignInFlow();
        assertThat(max.signIn(base(), "max.l", "max-password").getPath()).isEqualTo("/not-for-this-shop");
        HttpResponse<String> home = max.get(URI.create(base() + "/"));
        assertThat(home.statusCode()).as("not signed in here").isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aScriptsTokenFromTheProviderReadsTheDayAndOthersAreRefused() {
        Api api = new Api(port);
        HttpResponse<String> day = api.send("GET", "/api/v1/scores/daily", null, null,
                "Bearer " + PROVIDER.clientCredentialsToken("nightly-report", "report-secret"));
        assertThat(day.statusCode()).as(day.body()).isEqualTo(200);
        assertThat(json(day).path("date").asString()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());

        HttpResponse<String> otherShop = api.send("GET", "/api/v1/scores/daily", null, null,
                "Bearer " + PROVIDER.clientCredentialsToken("lyon-report", "lyon-secret"));
        assertProblem(otherShop, 401, "unauthenticated");
        assertThat(otherShop.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(json(otherShop).path("title").asString()).contains("does not open this shop");

        String expired = PROVIDER.signedToken("nightly-report", List.of("MANAGER"), List.of(SHOP),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        assertProblem(api.send("GET", "/api/v1/scores/daily", null, null, "Bearer " + expired), 401, "unauthenticated");
        assertProblem(api.send("GET", "/api/v1/scores/daily", null, null,
                "Bearer " + ELSEWHERE.clientCredentialsToken("nightly-report", "report-secret")), 401, "unauthenticated");
    }

    @Test
    void withLocalAccountsOffNoPasswordOfTheStoreOpensAnything() {
        assertProblem(new Api(port).asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily", null, null), 401, "unauthenticated");
        assertThat(new Api(port).asKiosk("POST", "/api/v1/sessions", "application/json", "{}").statusCode())
                .as("kiosks still call with their tokens").isNotEqualTo(401);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
