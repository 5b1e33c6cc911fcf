package io.smartstore.devices.serial;

import java.nio.file.Path;

/**
 * Where a serial reader is and how it talks. Prefer a stable path such as
 * {@code /dev/serial/by-id/usb-…}: it survives re-plugging into another USB socket.
 */
public record SerialSettings(Path portPath, int baudRate) {

    public static final int DEFAULT_BAUD = 9600;

    public SerialSettings {
        if (portPath == null) {
            throw new IllegalArgumentException("a serial reader needs its port path");
        }
        if (baudRate < 300 || baudRate > 921_600) {
            throw new IllegalArgumentException("baud rate out of range: " + baudRate);
        }
    }

    public static SerialSettings of(String portPath, int baudRate) {
        return new SerialSettings(Path.of(portPath), baudRate);
    }
}
