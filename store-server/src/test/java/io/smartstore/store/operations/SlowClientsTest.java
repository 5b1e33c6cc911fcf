package io.smartstore.store.operations;

import io.smartstore.store.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred clients sending their requests a byte at a time, and some that stop halfway:
 * kiosks go on being served meanwhile, and a client that stops sending is cut off; headers
 * and bodies over the limits are refused as problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class SlowClientsTest {

    @LocalServerPort
    int port;

    @Test
    void slowAndStalledClientsDoNotStopTheShop() throws Exception {
        AtomicBoolean trickling = new AtomicBoolean(true);
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket socket = new Socket("localhost", port);
            slow.add(socket);
            Thread.ofVirtual().start(() -> trickle(socket, trickling));
        }
        Socket stalled = new Socket("localhost", port);
        stalled.getOutputStream().write("POST /api/v1/feedback HTTP/1.1\r\nHost: localhost\r\nContent-Le".getBytes(StandardCharsets.US_ASCII));
        stalled.getOutputStream().flush();

        Api api = new Api(port);
        for (int i = 0; i < 20; i++) {
            var session = api.asKiosk("POST", "/api/v1/sessions", "application/json",
                    "{\"session\":\"%s\",\"recognised\":false}".formatted(UUID.randomUUID()));
            assertThat(session.statusCode()).as("a kiosk served while 200 clients trickle").isEqualTo(204);
        }

        stalled.setSoTimeout(60_000);
        assertThat(closedByTheServer(stalled.getInputStream())).as("a client that stopped sending is cut off").isTrue();
        trickling.set(false);
        for (Socket socket : slow) {
            socket.close();
        }
        stalled.close();
    }

    @Test
    void headersAndBodiesOverTheLimitsAreRefusedAsProblemsAndTheNextCallerIsServed() {
        Api api = new Api(port);
        var hugeHeader = api.send("GET", "/api/v1/scores/daily?date=" + "9".repeat(20_000), null, null, "Bearer kiosk-test-token");
        assertThat(hugeHeader.statusCode()).isBetween(400, 431);
        assertThat(hugeHeader.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(io.smartstore.support.testing.ApiClient.json(hugeHeader).path("code").asString()).isNotBlank();

        var hugeBody = api.asKiosk("POST", "/api/v1/feedback", "application/json", "{\"responses\":[\"" + "x".repeat(2_000_000) + "\"]}");
        io.smartstore.support.testing.ApiClient.assertProblem(hugeBody, 413, "payload_too_large");

        var next = api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(UUID.randomUUID()));
        assertThat(next.statusCode()).isEqualTo(204);
    }

    private static void trickle(Socket socket, AtomicBoolean going) {
        byte[] request = ("GET /api/v1/queue/H-001 HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(4000) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < request.length && going.get(); i++) {
                out.write(request[i]);
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException closed) {
            // the test is over, or the server cut it off
        }
    }

    /** True when the server closes the connection (after a 4xx or without a word) rather than the read timing out. */
    private static boolean closedByTheServer(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // whatever it says before closing
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
