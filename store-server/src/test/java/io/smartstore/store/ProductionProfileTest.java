package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.UUID;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile refuses demo secrets and missing ones, each refusal said as Spring Boot's failure analysis. */
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ProductionProfileTest {

    /** A key pair of the operator's own (not the demo's): its public half. */
    private static final String OWN_KEY = "k1:MCowBQYDK2VwAyEAxx68kXZuTrZB0IfyCtCfq+GLItDktXiwzjLo+1ECHoo=";

    private static SpringApplicationBuilder store(String... profiles) {
        return new SpringApplicationBuilder(StoreServerApplication.class).profiles(profiles);
    }

    private static String database() {
        return "--spring.datasource.url=jdbc:h2:file:./target/test-db/prod-" + UUID.randomUUID();
    }

    @Test
    void demoSecretsAreRefused() {
        assertThatThrownBy(() -> store("prod").run("--server.port=0", database(),
                "--smartstore.cards.hash-secret=demo-card-secret-not-for-production",
                "--smartstore.tokens.public-keys=" + OWN_KEY,
                "--smartstore.bootstrap.admin-password=admin-demo").close())
                .hasStackTraceContaining("smartstore.cards.hash-secret is the demo's value")
                .hasStackTraceContaining("smartstore.bootstrap.admin-password is the demo's value");
    }

    @Test
    void theDemoProfileBesideProductionAndMissingSecretsAreRefused() {
        assertThatThrownBy(() -> store("prod", "demo").run("--server.port=0", database()).close())
                .hasStackTraceContaining("the demo profile is active");
        assertThatThrownBy(() -> store("prod").run("--server.port=0", database()).close())
                .hasStackTraceContaining("smartstore.cards.hash-secret");
    }

    @Test
    void aPublicAddressOnLoopbackOrUnsetIsRefusedAsAFailureAnalysisWithoutATrace(org.springframework.boot.test.system.CapturedOutput output) {
        String[] ownSecrets = {"--server.port=0", database(), "--smartstore.cards.hash-secret=" + UUID.randomUUID(),
                "--smartstore.tokens.public-keys=" + OWN_KEY, "--smartstore.central.url=https://central.example"};
        assertThatThrownBy(() -> store("prod").run(with(ownSecrets, "--smartstore.store.public-url=http://localhost:8081")).close())
                .isInstanceOf(io.smartstore.support.production.StartRefusal.class);
        String refusal = output.getOut().substring(output.getOut().lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(refusal).contains("Description:").contains("smartstore.store.public-url is this machine's loopback (customers' phones are sent there)")
                .contains("Action:").contains("Set each key named above")
                .doesNotContain("\tat ").doesNotContain("Exception");

        assertThatThrownBy(() -> store("prod").run(ownSecrets).close())
                .hasMessageContaining("smartstore.store.public-url is not set");
        assertThatThrownBy(() -> store("prod").run(with(ownSecrets, "--smartstore.store.public-url=https://127.0.0.1:8443")).close())
                .hasMessageContaining("smartstore.store.public-url is this machine's loopback");
    }

    @Test
    void theDemoProfileWithoutItsFolderSaysWhichFolderToHandOver(org.springframework.boot.test.system.CapturedOutput output) {
        assertThatThrownBy(() -> store("demo").run("--server.port=0", database()).close())
                .isInstanceOf(io.smartstore.support.production.StartRefusal.class);
        String refusal = output.getOut().substring(output.getOut().lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(refusal).contains("the demo's settings for store-server were not found")
                .contains("--spring.config.additional-location=demo/store-server/").doesNotContain("\tat ");
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

    @Test
    void aSettingOutOfRangeStopsTheStartAndIsNamed() {
        assertThatThrownBy(() -> store("test").run("--server.port=0", database(), "--smartstore.misuse.max-per-minute=0").close())
                .hasStackTraceContaining("smartstore.misuse")
                .hasStackTraceContaining("maxPerMinute");
    }

    @Test
    void theDemoTokenKeyAndAPlainHttpCentralElsewhereAreRefused() {
        assertThatThrownBy(() -> store("prod").run("--server.port=0", database(), "--smartstore.cards.hash-secret=" + UUID.randomUUID(),
                "--smartstore.tokens.public-keys=" + OWN_KEY + ",demo1:MCowBQYDK2VwAyEASdtRJgF9bvtDVM1f+N8kI4UK1l+BxLnrtL0q6If8nio=",
                "--smartstore.central.url=http://central.example:8082").close())
                .hasStackTraceContaining("smartstore.tokens.public-keys is the demo's value")
                .hasStackTraceContaining("smartstore.central.url is plain http:// to another machine");
    }

    @Test
    void realSecretsReadFromFilesStartWithoutTheApiDocumentsAndWithHealthDetailsForAdminsOnly() throws Exception {
        // the secrets come from files (as systemd's credentials), not the command line
        java.nio.file.Path secrets = java.nio.file.Files.createTempDirectory("run-secrets");
        String admin = UUID.randomUUID().toString();
        java.nio.file.Files.writeString(secrets.resolve("smartstore.bootstrap.admin-password"), admin);
        java.nio.file.Files.writeString(secrets.resolve("smartstore.cards.hash-secret"), UUID.randomUUID().toString());
        try (var context = store("prod").run("--server.port=0", database(), "--spring.config.import=configtree:" + secrets + "/",
                "--smartstore.tokens.public-keys=" + OWN_KEY,
                "--smartstore.central.url=https://central.example", "--smartstore.store.public-url=https://shop-42.example")) {
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer().getPort();
            Api api = new Api(port);
            assertThat(api.asStaff("admin", admin, "GET", "/api/v1/audit?from=2026-12-01&to=2026-12-05", null, null).statusCode())
                    .as("the admin's password read from its file").isEqualTo(200);
            assertThat(api.anonymous("GET", "/v3/api-docs", null, null).statusCode()).as("OpenAPI off under prod").isEqualTo(404);
            assertProblem(api.asStaff("admin", admin, "POST", "/api/v1/webhooks", "application/json",
                    "{\"url\":\"http://127.0.0.1:9/hooks\",\"events\":[\"answer.detractor\"]}"), 400, "invalid_webhook"); // https only under prod
            assertThat(api.asStaff("admin", admin, "POST", "/api/v1/webhooks", "application/json",
                    "{\"url\":\"https://crm.example/hooks\",\"events\":[\"answer.detractor\"]}").statusCode()).isEqualTo(201);
            assertThat(json(api.anonymous("GET", "/actuator/health", null, null)).has("components")).as("no details without signing in").isFalse();
            api.asStaff("admin", admin, "POST", "/api/v1/staff", "application/json",
                    "{\"username\":\"boss\",\"password\":\"boss-password-1\",\"roles\":[\"MANAGER\"],\"displayName\":\"Boss\"}");
            assertThat(json(api.asStaff("boss", "boss-password-1", "GET", "/actuator/health", null, null)).has("components"))
                    .as("a manager sees no details").isFalse();
            assertThat(json(api.asStaff("admin", admin, "GET", "/actuator/health", null, null)).path("components").has("db")).isTrue();
        }
    }

    @Test
    void theApiDocumentsCanBeTurnedOnAndATlsProxyInFrontAllowsAPlainHopWithItsHeadersHonoured() throws Exception {
        try (var context = store("prod").run("--server.port=0", database(),
                "--smartstore.cards.hash-secret=" + UUID.randomUUID(), "--smartstore.tokens.public-keys=" + OWN_KEY,
                "--smartstore.central.url=http://central.internal:8082", "--smartstore.tls.terminated-by-proxy=true",
                "--smartstore.api-docs.enabled=true", "--smartstore.bootstrap.admin-password=" + UUID.randomUUID(),
                "--smartstore.store.public-url=https://shop-42.example")) {
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(new Api(port).anonymous("GET", "/v3/api-docs", null, null).statusCode()).isEqualTo(200);

            // what the proxy forwards is honoured: its scheme and host in redirects, HSTS and a Secure session cookie
            var protectedPage = get(port, "/audit", true);
            assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("https://shop-42.example/login"));
            assertThat(protectedPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            assertThat(protectedPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SMARTSTORE_STORE_SESSION="))
                    .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            var signInPage = get(port, "/login", true);
            assertThat(signInPage.statusCode()).isEqualTo(200);
            assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).as("HSTS on the sign-in page itself").isPresent();
            // a request that did not come through the TLS proxy is not told to stick to https
            assertThat(get(port, "/login", false).headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    /** A browser's GET, as the TLS proxy in front forwards it (or straight to the app). */
    private static java.net.http.HttpResponse<String> get(int port, String path, boolean throughTheProxy) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
        if (throughTheProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "shop-42.example");
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePostgresProfileWithoutAPostgresDatabaseSaysWhichKeyToSet() {
        assertThatThrownBy(() -> store("test", "postgres").run("--server.port=0").close())
                .hasStackTraceContaining("The postgres profile needs spring.datasource.url=jdbc:postgresql://");
        assertThatThrownBy(() -> store("test", "postgres").run("--server.port=0", "--spring.datasource.url=jdbc:mysql://db:3306/store").close())
                .hasStackTraceContaining("not a PostgreSQL URL");
    }
}
