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

    /** How many records wait, and how long the oldest has waited. */
    record Backlog(long count, Optional<Duration> oldestAge) {
    }
}
