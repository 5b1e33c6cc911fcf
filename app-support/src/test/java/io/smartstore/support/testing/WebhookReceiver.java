package io.smartstore.support.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver of webhooks on a loopback port, as an integrator's would be: it keeps what it received (the
 * signature header and the body) and answers {@code status} — or holds each request until {@link #release()} when
 * made to hang. It can be started later on a port reserved before, to play a receiver that was down.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 204;
    private volatile boolean hanging;
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** A receiver listening now. */
    public static WebhookReceiver started() {
        WebhookReceiver receiver = new WebhookReceiver(0);
        receiver.start();
        return receiver;
    }

    /** A receiver not listening yet, on a port free now: {@link #start()} brings it up. */
    public static WebhookReceiver down() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new WebhookReceiver(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebhookReceiver start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Smartstore-Signature"), body));
            if (hanging) {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return this;
    }

    /** Answers {@code code} from now on. */
    public WebhookReceiver answering(int code) {
        status = code;
        return this;
    }

    /** Holds every request until {@link #release()}. */
    public WebhookReceiver hanging() {
        hanging = true;
        return this;
    }

    public void release() {
        released.countDown();
    }

    public String url() {
        return "http://127.0.0.1:" + (server == null ? port : server.getAddress().getPort()) + "/hooks";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** What was received once {@code count} requests came, or whatever came within {@code within}. */
    public List<Received> awaitReceived(int count, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (received.size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return received();
    }

    @Override
    public void close() {
        release();
        if (server != null) {
            server.stop(0);
        }
    }

    /** One request as it arrived. */
    public record Received(String method, String signature, String body) {
    }
}
