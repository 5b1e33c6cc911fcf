package io.smartstore.devices.serial;

import java.io.IOException;
import java.nio.file.Path;

/** socat pseudo-terminal pairs for the tests of other modules (the kiosk's, the system tests). */
public final class SerialTestPorts {

    private SerialTestPorts() {
    }

    public static Pair start(Path device, Path host) throws IOException, InterruptedException {
        return new Pair(SocatPair.start(device, host));
    }

    /** A running pair; closing it is unplugging the reader. */
    public static final class Pair implements AutoCloseable {
        private final SocatPair pair;

        private Pair(SocatPair pair) {
            this.pair = pair;
        }

        public void send(String text) throws IOException {
            pair.send(text);
        }

        public void send(byte[] bytes) throws IOException {
            pair.send(bytes);
        }

        public void unplug(boolean kill) throws InterruptedException {
            pair.stop(kill);
        }

        @Override
        public void close() throws InterruptedException {
            pair.close();
        }
    }
}
