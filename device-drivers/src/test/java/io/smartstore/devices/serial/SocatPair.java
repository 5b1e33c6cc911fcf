package io.smartstore.devices.serial;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Two linked pseudo-terminals made by socat: the device side is what the reader under
 * test opens, the host side is where the test writes what a physical reader would send.
 */
final class SocatPair implements AutoCloseable {

    final Path device;
    final Path host;
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
        Process socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!(Files.exists(device) && Files.exists(host))) {
            if (Instant.now().isAfter(deadline) || !socat.isAlive()) {
                socat.destroyForcibly();
                throw new IOException("socat did not make its pseudo-terminals");
            }
            Thread.sleep(20);
        }
        return new SocatPair(device, host, socat);
    }

    void send(String text) throws IOException {
        hostSide.write(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        hostSide.flush();
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        socat.waitFor();
        try {
            hostSide.close();
        } catch (IOException ignored) {
            // the pseudo-terminal is already gone with socat
        }
    }
}
