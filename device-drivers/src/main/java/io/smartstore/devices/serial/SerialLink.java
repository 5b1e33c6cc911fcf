package io.smartstore.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open serial port: the only class that knows jSerialComm. Bytes and the loss of the
 * device arrive at the {@link Receiver} on jSerialComm's event thread. A link is opened
 * once and closed once; to reconnect, open a new link — the configured path is resolved
 * afresh each time, so a stale port never reopens another device that took the old name.
 * A port is held exclusively: a second open of the same device in this JVM fails.
 */
final class SerialLink implements AutoCloseable {

    /** What a link tells its owner. */
    interface Receiver {
        void received(byte[] data);

        void disconnected();
    }

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final int EAGAIN = 11;
    private static final int EBUSY = 16;
    private final SerialPort port;
    private final Path device;
    private volatile boolean open;

    private SerialLink(SerialPort port, Path device) {
        this.port = port;
        this.device = device;
    }

    /** Opens the device the configured path points to now, or says why it could not. */
    static SerialLink open(SerialSettings settings, Receiver receiver) throws IOException {
        Path device = settings.portPath().toRealPath();
        if (!HELD.add(device)) {
            throw new PortBusyException(settings.portPath() + " is already held by another reader");
        }
        try {
            SerialPort port = SerialPort.getCommPort(device.toString());
            port.setComPortParameters(settings.baudRate().bitsPerSecond(), settings.dataBits().count(),
                    stopBits(settings.stopBits()), parity(settings.parity()));
            port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            // the boolean is the truth: on pseudo-terminals a harmless ioctl error shows in getLastErrorCode()
            if (!port.openPort()) {
                int error = port.getLastErrorCode();
                if (error == EAGAIN || error == EBUSY) {
                    // jSerialComm takes an exclusive lock (flock): another program holds this port
                    throw new PortBusyException(settings.portPath() + " is held by another program");
                }
                throw new IOException("cannot open " + settings.portPath() + " (error " + error + ")");
            }
            SerialLink link = new SerialLink(port, device);
            link.open = true;
            port.addDataListener(link.listenerFor(receiver));
            return link;
        } catch (IOException | RuntimeException e) {
            HELD.remove(device);
            throw e;
        }
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
                    // close inside the callback, or jSerialComm repeats the event in a tight loop
                    close();
                    receiver.disconnected();
                } else if (event.getReceivedData() != null && event.getReceivedData().length > 0) {
                    receiver.received(event.getReceivedData());
                }
            }
        };
    }

    boolean isOpen() {
        return open;
    }

    /** The device node this link opened. */
    Path device() {
        return device;
    }

    /** True while the device node this link opened still exists: the watchdog's cheap check. */
    boolean deviceStillPresent() {
        return Files.exists(device);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        port.removeDataListener();
        port.closePort();
        HELD.remove(device);
    }

    private static int parity(SerialSettings.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int stopBits(SerialSettings.StopBits stopBits) {
        return switch (stopBits) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }
}
