package io.smartstore.store.fleet;

/** A kiosk's heartbeat was kept: the Kiosks page shows it at once. */
public record KioskHeard(String kioskId) {
}
