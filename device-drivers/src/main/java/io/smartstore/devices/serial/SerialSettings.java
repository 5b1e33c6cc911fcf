package io.smartstore.devices.serial;

import java.nio.file.Path;

/**
 * Where a serial reader is and how it talks, checked once when built. Prefer a stable
 * path such as {@code /dev/serial/by-id/usb-…}: it survives re-plugging into another socket.
 */
public record SerialSettings(Path portPath, BaudRate baudRate, DataBits dataBits, Parity parity, StopBits stopBits) {

    public SerialSettings {
        if (portPath == null || portPath.toString().isBlank()) {
            throw new IllegalArgumentException("a serial reader needs its port path");
        }
        if (baudRate == null || dataBits == null || parity == null || stopBits == null) {
            throw new IllegalArgumentException("baud rate, data bits, parity and stop bits are all required");
        }
    }

    /** 9600 baud, 8 data bits, no parity, one stop bit: what most readers ship with. */
    public static SerialSettings of(String portPath) {
        return new SerialSettings(Path.of(portPath), BaudRate.B9600, DataBits.EIGHT, Parity.NONE, StopBits.ONE);
    }

    public SerialSettings withBaudRate(BaudRate rate) {
        return new SerialSettings(portPath, rate, dataBits, parity, stopBits);
    }

    public SerialSettings withFraming(DataBits bits, Parity newParity, StopBits stops) {
        return new SerialSettings(portPath, baudRate, bits, newParity, stops);
    }

    /** Standard line speeds. */
    public enum BaudRate {
        B1200(1200), B2400(2400), B4800(4800), B9600(9600), B19200(19200), B38400(38400), B57600(57600), B115200(115200);

        private final int bitsPerSecond;

        BaudRate(int bitsPerSecond) {
            this.bitsPerSecond = bitsPerSecond;
        }

        public int bitsPerSecond() {
            return bitsPerSecond;
        }

        public static BaudRate of(int bitsPerSecond) {
            for (BaudRate rate : values()) {
                if (rate.bitsPerSecond == bitsPerSecond) {
                    return rate;
                }
            }
            throw new IllegalArgumentException("not a standard baud rate: " + bitsPerSecond);
        }
    }

    public enum DataBits {
        FIVE(5), SIX(6), SEVEN(7), EIGHT(8);

        private final int count;

        DataBits(int count) {
            this.count = count;
        }

        public int count() {
            return count;
        }
    }

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }
}
