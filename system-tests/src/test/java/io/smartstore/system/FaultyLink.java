package io.smartstore.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A TCP link between two hops (kiosk → store, store → central) that can fail the way networks
 * do: refuse connections, swallow requests without answering (the client's read timeout
 * fires), pass a request but reset the connection instead of the answer (the receiver did the
 * work, the sender never heard), or hold the answer beyond the client's timeout. It also tells
 * when a request line passes, so that a process can be killed in the middle of its work.
 */
final class FaultyLink implements AutoCloseable {

    enum Fault {
        NONE, REFUSE, SWALLOW, RESET_ANSWER, LATE_ANSWER
    }

    private final ServerSocket listener;
    private final int target;
    private final Duration late;
    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    private final AtomicReference<Consumer<String>> onRequest = new AtomicReference<>(line -> { });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    FaultyLink(int target, Duration late) throws IOException {
        this.target = target;
        this.late = late;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("link-" + target).start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    void fault(Fault next) {
        fault.set(next);
        if (next != Fault.NONE) { // connections kept alive from before the cut fail too
            open.forEach(FaultyLink::closeQuietly);
        }
    }

    /** Called with each request line that passes (e.g. {@code POST /api/v1/feedback HTTP/1.1}). */
    void onRequest(Consumer<String> listener) {
        onRequest.set(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        open.add(client);
        try (client) {
            Fault now = fault.get();
            if (now == Fault.REFUSE) {
                return;
            }
            if (now == Fault.SWALLOW) {
                client.getInputStream().transferTo(OutputStream.nullOutputStream());
                return;
            }
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
                open.add(server);
                Thread requests = Thread.ofVirtual().start(() -> pumpRequests(client, server));
                pumpAnswers(server, client);
                requests.join();
            } finally {
                open.removeIf(Socket::isClosed);
            }
        } catch (IOException | InterruptedException gone) {
            // a hop went away: the client sees the connection end, as on a real network
        } finally {
            open.remove(client);
        }
    }

    private void pumpRequests(Socket client, Socket server) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                announceRequestLines(buffer, read);
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException gone) {
            closeQuietly(server);
        }
    }

    private void pumpAnswers(Socket server, Socket client) throws IOException, InterruptedException {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                Fault now = fault.get();
                if (now == Fault.RESET_ANSWER) {
                    client.setSoLinger(true, 0); // RST instead of the answer
                    return;
                }
                if (now == Fault.LATE_ANSWER) {
                    Thread.sleep(late);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } finally {
            closeQuietly(client);
        }
    }

    private void announceRequestLines(byte[] buffer, int length) {
        String text = new String(buffer, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1);
        for (String method : new String[] {"POST ", "GET ", "PUT "}) {
            int at = text.indexOf(method);
            if (at >= 0) {
                int end = text.indexOf('\r', at);
                onRequest.get().accept(text.substring(at, end < 0 ? text.length() : end));
                return;
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(FaultyLink::closeQuietly);
    }
}
