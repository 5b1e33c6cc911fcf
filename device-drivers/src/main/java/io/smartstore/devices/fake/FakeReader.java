package io.smartstore.devices.fake;

import io.smartstore.devices.AbstractDevice;
import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.FrameDecoder;

import java.nio.charset.StandardCharsets;

/**
 * A reader without hardware that a person or a test drives: {@link #send} feeds bytes
 * through the same decoder a serial reader uses, so the fake reads exactly as the real
 * one would; {@link #unplug()} and {@link #plugIn()} change its connection status.
 */
public class FakeReader<T> extends AbstractDevice<T> {

    private final FrameDecoder<T> decoder;

    public FakeReader(String name, FrameDecoder<T> decoder) {
        super(name);
        this.decoder = decoder;
    }

    /** What the hardware would have sent, as ISO-8859-1 text. */
    public void send(String bytes) {
        send(bytes.getBytes(StandardCharsets.ISO_8859_1));
    }

    public synchronized void send(byte[] bytes) {
        if (connection() == ConnectionStatus.CONNECTED) {
            decoder.decode(bytes, sink());
        }
    }

    public void unplug() {
        reportStatus(ConnectionStatus.RECONNECTING);
    }

    public void plugIn() {
        decoder.reset();
        reportStatus(ConnectionStatus.CONNECTED);
    }

    @Override
    protected void acquire() {
        reportStatus(ConnectionStatus.CONNECTED);
    }

    @Override
    protected void relinquish() {
        decoder.reset();
    }
}
