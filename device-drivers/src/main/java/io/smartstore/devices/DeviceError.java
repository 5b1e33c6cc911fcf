package io.smartstore.devices;

/**
 * Something a device could not read or do: a stable {@code code}, a message safe to log
 * (never the data itself), the cause if any, and whether trying again may help.
 */
public record DeviceError(String code, String message, Throwable cause, boolean retryable) {

    public static DeviceError badRead(String message) {
        return new DeviceError("bad_read", message, null, true);
    }

    public static DeviceError garbage(String message) {
        return new DeviceError("garbage", message, null, true);
    }

    public static DeviceError oversize(int limit) {
        return new DeviceError("oversize", "a frame longer than " + limit + " bytes was dropped", null, true);
    }

    @Override
    public String toString() {
        return "DeviceError[" + code + ": " + message + (retryable ? ", retryable" : "") + "]";
    }
}
