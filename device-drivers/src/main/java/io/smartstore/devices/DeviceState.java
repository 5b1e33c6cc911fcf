package io.smartstore.devices;

/** Where a device is in its life: closed until opened, then connected or waiting for its port. */
public enum DeviceState {
    /** Not opened, or closed for good. */
    CLOSED,
    /** Opened; its port is not there (yet, or any more) and it keeps trying. */
    RECONNECTING,
    /** Its port is open and it reads. */
    CONNECTED
}
