package io.smartstore.protocol.wire;

import java.util.List;
import java.util.UUID;

/** What a receiver stored now and what it had already: either way the sender may forget them. */
public record BatchReceipt(List<UUID> accepted, List<UUID> duplicates) {
}
