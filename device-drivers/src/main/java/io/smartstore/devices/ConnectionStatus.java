package io.smartstore.devices;

/** Whether a claimed device's hardware is there. */
public enum ConnectionStatus {
    /** The hardware is open and reading. */
    CONNECTED,
    /** Not claimed, or released: the device does not hold its hardware. */
    DISCONNECTED,
    /** Claimed, but the hardware is absent or was lost; the device is trying again. */
    RECONNECTING
}
