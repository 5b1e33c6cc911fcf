package io.smartstore.devices.serial;

import java.io.IOException;
import java.nio.file.Path;

/** Opens socat pairs for tests in other packages. */
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

        @Override
        public void close() throws InterruptedException {
            pair.close();
        }
    }
}
