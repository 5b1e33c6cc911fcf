package io.smartstore.central.fleet;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;

import java.time.Instant;
import java.util.List;

/**
 * A store as headquarters sees it: its state and why, when it last reported, and what it said — its version, relay,
 * database and disk, last answer, and its kiosks as it judged them (as of its last report). A store provisioned but
 * never heard from has only its state.
 */
public record StoreStatus(String storeId, String country, FleetState state, String reason, Instant lastContactAt, String version,
                          Instant startedAt, Heartbeat.Outbox relay, Long databaseBytes, Long freeDiskBytes, Instant lastAnswerAt,
                          List<FleetReport.Kiosk> kiosks) {
}
