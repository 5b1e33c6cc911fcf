package io.smartstore.central;

import io.smartstore.support.testing.TestCertificates;
import io.smartstore.support.testing.TestCertificates.Authority;
import io.smartstore.support.testing.TestCertificates.Issued;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Central over HTTPS with mutual TLS wanted: a store bound to its client certificate (at
 * provisioning, or moved to a new one) is refused with 403 {@code client_certificate_mismatch}
 * without that certificate, whatever its token; staff without a certificate still get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/central-mtls-${random.uuid}",
        "server.ssl.bundle=central", "server.ssl.client-auth=want", "smartstore.stores.client-certificate=REQUIRED"})
@ActiveProfiles("test")
class StoreClientCertificateTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final Authority OPERATOR = Authority.create("operator-ca");
    static final Issued FIRST = OPERATOR.client("ES-VALENCIA-01");
    static final Issued RENEWED = OPERATOR.client("ES-VALENCIA-01 (renewed)");

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("central-tls");
        TestCertificates.Pem server = OPERATOR.server().writePem(dir, "central");
        Path authority = OPERATOR.writePem(dir.resolve("operator-ca.crt"));
        registry.add("spring.ssl.bundle.pem.central.keystore.certificate", () -> "file:" + server.certificate());
        registry.add("spring.ssl.bundle.pem.central.keystore.private-key", () -> "file:" + server.privateKey());
        registry.add("spring.ssl.bundle.pem.central.truststore.certificate", () -> "file:" + authority);
    }

    @LocalServerPort
    int port;

    @Test
    void aStoreCallsOnlyWithTheCertificateItIsBoundToAndStaffNeedNone() {
        HttpClient anonymousTls = HttpClient.newBuilder().sslContext(TestCertificates.trustingOnly(OPERATOR)).build();
        HttpResponse<String> created = send(anonymousTls, "POST", "/api/v1/stores", admin(),
                "{\"storeId\":\"ES-VALENCIA-01\",\"country\":\"ES\",\"zone\":\"Europe/Madrid\",\"clientCertificateSha256\":\"%s\"}".formatted(FIRST.sha256()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("clientCertificateSha256").asString()).isEqualTo(FIRST.sha256());
        String token = "Bearer " + json(created).path("token").asString();

        assertThat(sessions(client(FIRST), token).statusCode()).as("the bound certificate").isEqualTo(204);
        assertMismatch(sessions(anonymousTls, token));
        assertMismatch(sessions(client(RENEWED), token));

        HttpResponse<String> moved = send(anonymousTls, "PUT", "/api/v1/stores/ES-VALENCIA-01/client-certificate", admin(),
                "{\"clientCertificateSha256\":\"%s\"}".formatted(RENEWED.sha256()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).path("storeId").asString()).isEqualTo("ES-VALENCIA-01");
        assertThat(json(moved).path("clientCertificateSha256").asString()).isEqualTo(RENEWED.sha256());
        assertThat(sessions(client(RENEWED), token).statusCode()).isEqualTo(204);
        assertMismatch(sessions(client(FIRST), token));

        assertThat(send(anonymousTls, "PUT", "/api/v1/stores/ES-VALENCIA-01/client-certificate", admin(), "{\"clientCertificateSha256\":\"ABC\"}")
                .statusCode()).isEqualTo(400);
        assertThat(send(anonymousTls, "PUT", "/api/v1/stores/NO-SUCH-STORE/client-certificate", admin(),
                "{\"clientCertificateSha256\":\"%s\"}".formatted(RENEWED.sha256())).statusCode()).isEqualTo(404);
        assertThat(send(anonymousTls, "GET", "/api/v1/scores?from=2026-12-01&to=2026-12-01", admin(), null).statusCode())
                .as("staff need no certificate").isEqualTo(200);
    }

    private static void assertMismatch(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).path("code").asString()).isEqualTo("client_certificate_mismatch");
    }

    private HttpResponse<String> sessions(HttpClient client, String token) {
        return send(client, "POST", "/api/v1/sessions", token, "{\"storeId\":\"ES-VALENCIA-01\",\"country\":\"ES\",\"localDate\":\"%s\",\"sessions\":3,\"recognised\":1}"
                .formatted(LocalDate.now()));
    }

    private static HttpClient client(Issued certificate) {
        SSLContext context = certificate.context(OPERATOR);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin-test".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
