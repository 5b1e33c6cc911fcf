package io.smartstore.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the apps the system tests start as processes. An app killed and started again must come back on its
 * port (the others are configured with it), so the port cannot be one the system lends for a moment (port 0): in
 * the gap, an outgoing connection could take it as its local port, since those are drawn from Linux's ephemeral range
 * (32768–60999). These come from below that range, each checked free by binding it, in a block of this JVM's own
 * (by process id) so that two test JVMs do not pick the same one.
 */
final class LoopbackPorts {

    static final int LOWEST = 20_000;
    static final int HIGHEST = 32_767;
    private static final int BLOCK = 64;
    private static final int BLOCKS = (HIGHEST - LOWEST + 1) / BLOCK;
    private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % BLOCKS) * BLOCK);

    private LoopbackPorts() {
    }

    /** A port below the ephemeral range that nothing listens on now. */
    static int next() throws IOException {
        for (int tries = 0; tries < HIGHEST - LOWEST; tries++) {
            int port = LOWEST + Math.floorMod(NEXT.getAndIncrement(), HIGHEST - LOWEST + 1);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // someone listens there: the next one
            }
        }
        throw new IOException("no free port between " + LOWEST + " and " + HIGHEST);
    }
}
