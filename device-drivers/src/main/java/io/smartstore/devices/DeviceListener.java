package io.smartstore.devices;

/**
 * Told of what a device reads, of its errors and of its connection status. Called on
 * the device's own thread: hand work over rather than block it. Only {@link #data} is
 * required; a listener interested in status or errors overrides those too.
 */
@FunctionalInterface
public interface DeviceListener<T> {

    void data(T data);

    default void error(DeviceError error) {
    }

    default void status(ConnectionStatus status) {
    }
}
