package io.smartstore.devices;

/**
 * Where a device is in its JavaPOS-style life: {@code open → claim → enable → disable →
 * release → close}. Only an enabled device delivers data.
 */
public enum DeviceState {
    /** Not opened yet, or closed for good. */
    CLOSED,
    /** Opened: settings checked, not yet holding its hardware. */
    OPEN,
    /** Holds its hardware exclusively (keeps reconnecting while it is absent); data is discarded. */
    CLAIMED,
    /** Claimed and delivering data. */
    ENABLED
}
