package io.smartstore.store;

import io.smartstore.protocol.token.CustomerToken;
import io.smartstore.protocol.token.Ed25519Keys;
import io.smartstore.protocol.token.TokenCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;

import static io.smartstore.store.StoreApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The app's QR code at the store: verified offline, fresh, single use — and every bad token refused with its code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppTokenRecognitionTest {

    @LocalServerPort
    int port;
    @Value("${test.tokens.private-key}")
    String privateKey;
    Api api;

    @BeforeEach
    void importCamille() {
        api = new Api(port);
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                StoreApiTest.CAMILLE).statusCode()).isEqualTo(200);
    }

    @Test
    void aFreshTokenRecognisesTheCustomerOnceOnly() {
        String token = token("test1", key(), "C-1", Instant.now());
        HttpResponse<String> first = present(token);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(io.smartstore.support.testing.ApiClient.json(first).path("customer").path("firstName").asString()).isEqualTo("Camille");
        assertProblem(present(token), 401, "token_replayed");
    }

    @Test
    void expiredFutureForgedAndUnknownTokensAreRefused() {
        assertProblem(present(token("test1", key(), "C-1", Instant.now().minusSeconds(120))), 401, "token_expired");
        assertProblem(present(token("test1", key(), "C-1", Instant.now().plusSeconds(120))), 401, "token_invalid");
        assertProblem(present(token("test1", Ed25519Keys.generate().getPrivate(), "C-1", Instant.now())), 401, "token_invalid");
        assertProblem(present(token("other", key(), "C-1", Instant.now())), 401, "token_invalid");
        assertProblem(present(token("test1", key(), "C-UNKNOWN", Instant.now())), 404, "unknown_customer");
    }

    @Test
    void malformedTokensAreInvalid() {
        String token = token("test1", key(), "C-1", Instant.now());
        assertProblem(present(token.substring(0, 40)), 401, "token_invalid");
        assertProblem(present(token + "x".repeat(100)), 401, "token_invalid");
        assertProblem(present(token.replace('A', 'é')), 401, "token_invalid");
        assertProblem(present("SS1.' OR '1'='1"), 401, "token_invalid");
        assertProblem(present("x".repeat(300)), 422, "invalid_credential"); // over any credential's size
    }

    @Test
    void theStoreRemembersAcceptedTokensAcrossARestart() {
        String database = "jdbc:h2:file:./target/test-db/restart-" + UUID.randomUUID() + ";WRITE_DELAY=0";
        String token = token("test1", key(), "C-1", Instant.now());
        try (ConfigurableApplicationContext store = start(database)) {
            Api first = new Api(localPort(store));
            first.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson", StoreApiTest.CAMILLE);
            assertThat(presentTo(first, token).statusCode()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            assertProblem(presentTo(new Api(localPort(restarted)), token), 401, "token_replayed");
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(StoreServerApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + database);
    }

    private static int localPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private HttpResponse<String> present(String token) {
        return presentTo(api, token);
    }

    private static HttpResponse<String> presentTo(Api api, String token) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"QR\",\"credential\":\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    private PrivateKey key() {
        return Ed25519Keys.privateKey(privateKey.substring(privateKey.indexOf(':') + 1));
    }

    private static String token(String keyId, PrivateKey key, String ref, Instant issuedAt) {
        return TokenCodec.sign(new CustomerToken(keyId, ref, issuedAt), key);
    }
}
