package io.smartstore.devices.serial;

import io.smartstore.devices.FrameDecoder;

import io.smartstore.devices.AbstractDevice;
import io.smartstore.devices.ConnectionStatus;

/**
 * A reader on a serial port: what it reads is whatever its {@link FrameDecoder} makes of
 * the bytes. Claiming it opens the port (or starts waiting for it); a port another
 * reader holds makes the claim fail.
 */
public class SerialDevice<T> extends AbstractDevice<T> {

    private final SerialConnection<T> connection;

    public SerialDevice(String name, SerialSettings settings, Reconnection reconnection, FrameDecoder<T> decoder) {
        super(name);
        this.connection = new SerialConnection<>(name, settings, reconnection, decoder, sink(), this::reportStatus);
    }

    @Override
    protected void acquire() {
        try {
            connection.start();
        } catch (PortBusyException busy) {
            throw new IllegalStateException(busy.getMessage(), busy);
        }
    }

    @Override
    protected void relinquish() {
        connection.stop();
        reportStatus(ConnectionStatus.DISCONNECTED);
    }
}
