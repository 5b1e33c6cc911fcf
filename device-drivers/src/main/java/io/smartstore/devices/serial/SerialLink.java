package io.smartstore.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One open serial port, the only place that knows jSerialComm. Bytes and the loss of the
 * device arrive at the {@link Receiver} on jSerialComm's event thread. A link is opened
 * once and closed once; to reconnect, open a new link (the path is resolved afresh, so a
 * stale port object never reopens another device that took the old number).
 */
public final class SerialLink implements AutoCloseable {

    /** What a link tells its owner. */
    public interface Receiver {
        void received(byte[] data);

        void disconnected();
    }

    private final SerialPort port;
    private final Path path;
    private volatile boolean open;

    private SerialLink(SerialPort port, Path path) {
        this.port = port;
        this.path = path;
    }

    /** Opens the port at {@code settings}' path, 8N1, or says why it could not. */
    public static SerialLink open(SerialSettings settings, Receiver receiver) throws IOException {
        Path device = settings.portPath().toRealPath();
        SerialPort port = SerialPort.getCommPort(device.toString());
        port.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + settings.portPath()
                    + " (error " + port.getLastErrorCode() + ")");
        }
        SerialLink link = new SerialLink(port, device);
        link.open = true;
        port.addDataListener(link.listenerFor(receiver));
        return link;
    }

    private SerialPortDataListener listenerFor(Receiver receiver) {
        return new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_DATA_RECEIVED | SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                if (event.getEventType() == SerialPort.LISTENING_EVENT_PORT_DISCONNECTED) {
                    // close here, inside the callback, or jSerialComm repeats the event in a tight loop
                    close();
                    receiver.disconnected();
                } else if (event.getReceivedData() != null && event.getReceivedData().length > 0) {
                    receiver.received(event.getReceivedData());
                }
            }
        };
    }

    public boolean isOpen() {
        return open;
    }

    /** True while the device node this link opened still exists (a watchdog's cheap check). */
    public boolean deviceStillPresent() {
        return Files.exists(path);
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            port.removeDataListener();
            port.closePort();
        }
    }
}
