package io.smartstore.devices;

/**
 * A read that produced no usable data: a stable {@code code}, a message safe to log
 * (never the data itself), and whether trying again (another swipe) may help.
 */
public record ReadError(String code, String message, boolean retryable) {

    public static ReadError badRead(String message) {
        return new ReadError("bad_read", message, true);
    }
}
