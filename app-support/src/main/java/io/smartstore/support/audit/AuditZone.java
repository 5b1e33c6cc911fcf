package io.smartstore.support.audit;

import java.time.ZoneId;

/**
 * Whose days the audit trail is read by: a store's own (its zone), headquarters' at central. An app without one reads
 * it by UTC days.
 */
public record AuditZone(ZoneId zone) {
}
