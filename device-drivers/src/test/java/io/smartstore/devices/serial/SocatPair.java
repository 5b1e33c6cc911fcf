package io.smartstore.devices.serial;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Two linked pseudo-terminals made by socat: the device side is what the reader under
 * test opens, the host side is where the test writes what a physical reader would send.
 * Stopping socat is unplugging the reader; starting it again at the same path is plugging it back.
 */
final class SocatPair implements AutoCloseable {

    private final Path device;
    private final Path host;
    private final Process socat;
    private final OutputStream hostSide;

    private SocatPair(Path device, Path host, Process socat) throws IOException {
        this.device = device;
        this.host = host;
        this.socat = socat;
        // held open for the pair's life: socat ends when a side it relays is closed
        this.hostSide = Files.newOutputStream(host);
    }

    static SocatPair start(Path device, Path host) throws IOException, InterruptedException {
        // a socat killed with SIGKILL leaves its links behind, as a vanished USB device leaves nothing: clear them
        Files.deleteIfExists(device);
        Files.deleteIfExists(host);
        Process socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!(Files.exists(device) && Files.exists(host))) {
            if (Instant.now().isAfter(deadline) || !socat.isAlive()) {
                socat.destroyForcibly();
                throw new IOException("socat did not make its pseudo-terminals (is socat installed?)");
            }
            Thread.sleep(10);
        }
        return new SocatPair(device, host, socat);
    }

    void send(byte[] bytes) throws IOException {
        hostSide.write(bytes);
        hostSide.flush();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Unplugs: SIGTERM lets socat remove its links, SIGKILL does not. */
    void stop(boolean kill) throws InterruptedException {
        if (kill) {
            socat.destroyForcibly();
        } else {
            socat.destroy();
        }
        socat.waitFor();
        try {
            hostSide.close();
        } catch (IOException ignored) {
            // the pseudo-terminal went with socat
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(false);
    }
}
