package io.smartstore.protocol.fleet;

/** How a kiosk or a store is doing, worst first when sorted by {@link #ordinal()}. */
public enum FleetState {
    /** No contact for longer than allowed during opening hours. */
    OFFLINE,
    /** Alive but not whole: an expected reader disconnected, or answers waiting too long. */
    DEGRADED,
    ONLINE,
    /** Outside the shop's opening hours: silence is expected. */
    CLOSED
}
