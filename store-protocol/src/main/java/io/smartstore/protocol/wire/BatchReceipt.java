package io.smartstore.protocol.wire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a receiver stored now and what it had already: either way the sender may forget them.
 * {@code restoredFrom}: when the receiver runs on a copy restored from a backup, the instant that
 * backup was taken (else null) — what the sender had acknowledged since then is gone there, and it
 * sends it again (the receiver keeps each record once, by its id).
 */
public record BatchReceipt(List<UUID> accepted, List<UUID> duplicates, Instant restoredFrom) {

    public BatchReceipt(List<UUID> accepted, List<UUID> duplicates) {
        this(accepted, duplicates, null);
    }

    public BatchReceipt withRestoredFrom(Instant backupTakenAt) {
        return new BatchReceipt(accepted, duplicates, backupTakenAt);
    }
}
