package io.smartstore.support.relay;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records kept locally until the next hop acknowledged them. A record is either pending,
 * sent (acknowledged as accepted or duplicate), or set aside with the reason the receiver
 * gave for refusing it — kept, never resent, never blocking the others.
 */
public interface Outbox<T> {

    /** The oldest pending records, at most {@code limit}. */
    List<T> pending(int limit);

    UUID idOf(T record);

    void markSent(List<UUID> ids);

    void setAside(UUID id, String reason);

    Backlog backlog();

    /**
     * Makes the records acknowledged at or after {@code since} pending again: the receiver was restored from a
     * backup taken then and lost them. Returns how many. The receiver keeps each record once, by its id.
     */
    int resendAcknowledgedSince(java.time.Instant since);

    /** How many records wait, and how long the oldest has waited. */
    record Backlog(long count, Optional<Duration> oldestAge) {
    }
}
