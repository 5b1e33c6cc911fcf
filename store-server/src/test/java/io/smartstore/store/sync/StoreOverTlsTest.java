package io.smartstore.store.sync;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.feedback.FeedbackIngest;
import io.smartstore.support.testing.TestCertificates;
import io.smartstore.support.testing.TestCertificates.Authority;
import io.smartstore.support.testing.TestCertificates.Issued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The store on a real network: it serves HTTPS from PEM files (TLS 1.2 and 1.3 only, a renewed
 * certificate served without a restart), and its relay to central trusts only the authority of
 * its trust bundle, host name included, presenting its own client certificate. A central it does
 * not trust gets nothing; the health says why in words, the backlog waits, and it drains once
 * trust is fixed. Every certificate is made here and every handshake is real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/tls-${random.uuid}", "smartstore.relay.interval=1h",
        "smartstore.central.sessions-interval=1h", "smartstore.central.token=store-token",
        "server.ssl.bundle=store", "spring.ssl.bundle.pem.store.reload-on-update=true",
        "spring.ssl.bundle.pem.store.options.enabled-protocols=TLSv1.3,TLSv1.2",
        "spring.ssl.bundle.watch.file.quiet-period=100ms", "smartstore.central.ssl-bundle=central"})
@ActiveProfiles("test")
class StoreOverTlsTest {

    static final JsonMapper JSON = JsonMapper.shared();
    static final Path DIR = directory();
    static final Authority OPERATOR = Authority.create("operator-ca");
    static final Authority STRANGER = Authority.create("another-ca");
    static final Issued STORE_CLIENT = OPERATOR.client("FR-TEST-01");
    /** The stand-in central's port, chosen by the system (port 0) and held until the first stand-in takes it over. */
    static ServerSocket reserved = reserve();
    static final int CENTRAL_PORT = reserved.getLocalPort();
    static final List<JsonNode> received = new CopyOnWriteArrayList<>();
    static final List<String> clientCertificates = new CopyOnWriteArrayList<>();
    static HttpsServer central;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        OPERATOR.writePem(DIR.resolve("operator-ca.crt"));
        TestCertificates.Pem store = OPERATOR.server().writePem(DIR, "store");
        TestCertificates.Pem client = STORE_CLIENT.writePem(DIR, "store-client");
        registry.add("spring.ssl.bundle.pem.store.keystore.certificate", () -> "file:" + store.certificate());
        registry.add("spring.ssl.bundle.pem.store.keystore.private-key", () -> "file:" + store.privateKey());
        registry.add("spring.ssl.bundle.pem.central.truststore.certificate", () -> "file:" + DIR.resolve("operator-ca.crt"));
        registry.add("spring.ssl.bundle.pem.central.keystore.certificate", () -> "file:" + client.certificate());
        registry.add("spring.ssl.bundle.pem.central.keystore.private-key", () -> "file:" + client.privateKey());
        registry.add("smartstore.central.url", () -> "https://localhost:" + CENTRAL_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    CentralRelay relay;
    @Autowired
    FeedbackIngest ingest;

    @AfterAll
    static void stop() {
        if (central != null) {
            central.stop(0);
        }
    }

    @Test
    void anUntrustedCentralGetsNothingAndTheBacklogDrainsOnceTrustIsFixed() {
        UUID answer = UUID.randomUUID();
        ingest.store(new FeedbackBatch(List.of(FeedbackResponse.atKiosk(answer, null, 9, List.of(), null, Instant.now(), "fr"))), "kiosk-1");

        startCentral(STRANGER.server());
        assertRefusedBecause("not signed by an authority we trust: check smartstore.central.ssl-bundle");
        startCentral(OPERATOR.serverFor("central.example"));
        assertRefusedBecause("not for this host name");
        startCentral(OPERATOR.expiredServer());
        assertRefusedBecause("has expired");
        assertThat(received).as("nothing sent to a central we do not trust").isEmpty();

        startCentral(OPERATOR.server());
        relay.retryNow();
        Health health = relay.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("backlog")).isEqualTo(0L);
        assertThat(received).flatMap(batch -> batch.path("responses").findValuesAsString("id")).contains(answer.toString());
        assertThat(clientCertificates).as("the store presents its client certificate").contains(STORE_CLIENT.sha256());
    }

    @Test
    void theStoreServesHttpsWithTls12And13OnlyAndARenewedCertificateWithoutARestart() throws Exception {
        HttpClient trusting = HttpClient.newBuilder().sslContext(TestCertificates.trustingOnly(OPERATOR)).build();
        HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");

        assertThat(handshake("TLSv1.3")).isEqualTo("TLSv1.3");
        assertThat(handshake("TLSv1.2")).isEqualTo("TLSv1.2");
        assertThatThrownBy(() -> handshake("TLSv1.1")).isInstanceOf(SSLHandshakeException.class);
        assertThatThrownBy(() -> HttpClient.newBuilder().sslContext(TestCertificates.trustingOnly(STRANGER)).build()
                .send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .as("a client that trusts another authority").isInstanceOf(SSLHandshakeException.class);

        X509Certificate before = servedCertificate();
        Issued renewed = OPERATOR.server();
        renewed.writePem(DIR, "store");
        await().atMost(Duration.ofSeconds(20)).until(() -> servedCertificate().getSerialNumber().equals(renewed.certificate().getSerialNumber()));
        assertThat(servedCertificate().getSerialNumber()).isNotEqualTo(before.getSerialNumber());
    }

    private void assertRefusedBecause(String why) {
        relay.retryNow();
        Health health = relay.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("state")).isEqualTo("UNTRUSTED");
        assertThat((String) health.getDetails().get("problem")).contains(why);
        assertThat((Long) health.getDetails().get("backlog")).isGreaterThanOrEqualTo(1L);
    }

    private String handshake(String protocol) throws IOException {
        SSLContext context = TestCertificates.trustingOnly(OPERATOR);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[]{protocol});
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    private X509Certificate servedCertificate() throws IOException {
        SSLContext context = TestCertificates.trustingOnly(OPERATOR);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** A stand-in central on loopback presenting {@code certificate}, asking for the store's client certificate. */
    private static synchronized void startCentral(Issued certificate) {
        if (central != null) {
            central.stop(0);
        }
        try {
            if (reserved != null) {
                reserved.close();
                reserved = null;
            }
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", CENTRAL_PORT), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(certificate.context(OPERATOR)) {
                @Override
                public void configure(HttpsParameters parameters) {
                    parameters.setWantClientAuth(true);
                }
            });
            server.createContext("/api/v1/responses", exchange -> {
                try {
                    var peer = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
                    clientCertificates.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(peer[0].getEncoded())));
                } catch (Exception none) {
                    // no client certificate presented
                }
                JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                received.add(body);
                List<String> ids = new ArrayList<>();
                body.path("responses").forEach(r -> ids.add("\"" + r.path("id").asString() + "\""));
                byte[] reply = ("{\"accepted\":[" + String.join(",", ids) + "],\"duplicates\":[]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
            server.start();
            central = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket reserve() {
        try {
            return new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("store-tls");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
