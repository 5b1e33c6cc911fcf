package io.smartstore.kiosk;

import io.smartstore.support.testing.Promtool;
import io.smartstore.support.testing.Scrape;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The kiosk's health details and metrics answer the kiosk PC itself; the shop's network sees the status alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KioskPcOnlyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Test
    void theKioskPcReadsDetailsAndMetrics() throws Exception {
        JsonNode health = JSON.readTree(get("127.0.0.1", "/actuator/health").body());
        assertThat(health.path("components").path("outbox").path("details").has("backlog")).isTrue();

        HttpResponse<String> metrics = get("127.0.0.1", "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        Scrape scrape = new Scrape(metrics.body());
        assertThat(scrape.text()).contains("smartstore_relay_backlog{");
        assertThat(scrape.value("smartstore_relay_refused", "relay=\"kiosk-to-store\"")).isZero();
        assertThat(Promtool.checkMetrics(scrape.text())).as("promtool check metrics").isEmpty();
    }

    @Test
    void anotherMachineSeesTheStatusAloneAndNoMetrics() throws Exception {
        String address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).map(InetAddress::getHostAddress)
                .findFirst().orElse(null);
        assumeTrue(address != null, "this machine has no address but loopback: nothing to call from elsewhere");

        HttpResponse<String> health = get(address, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(health.body());
        assertThat(status.path("status").asString()).isNotEmpty();
        assertThat(status.has("components")).as("no readers, no backlog").isFalse();

        for (String path : new String[] {"/actuator/prometheus", "/actuator/health/outbox", "/actuator/info"}) {
            HttpResponse<String> refused = get(address, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("code").asString()).isEqualTo("forbidden");
        }
    }

    private HttpResponse<String> get(String host, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
