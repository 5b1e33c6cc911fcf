package io.smartstore.support.audit;

import java.time.Instant;

/** One thing a person did: when, who, what ({@link AuditAction}), to what, from which address. */
public record AuditEntry(Instant at, String actor, String action, String target, String address) {
}
