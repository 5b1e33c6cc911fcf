package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.Heartbeat;

import java.time.Instant;
import java.util.List;

/**
 * A kiosk as the Kiosks page and {@code GET /api/v1/fleet/kiosks} show it: its state and why, when it was
 * last heard from, and what its latest heartbeat said (nothing yet for a kiosk enrolled but never started).
 */
public record KioskStatus(String kioskId, FleetState state, String reason, Instant lastContactAt, String version, Instant startedAt,
                          List<Heartbeat.Reader> readers, Heartbeat.Outbox outbox) {
}
