package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetState;

import java.time.Instant;

/** A kiosk went into {@code state} at {@code at}, for {@code reason}. */
public record KioskStateChange(String kioskId, Instant at, FleetState state, String reason) {
}
