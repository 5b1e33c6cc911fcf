package io.smartstore.protocol.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * What a subscriber receives (api.md, "Webhooks"): the event's id (the same on every retry, so a receiver keeps each
 * event once), its type, when it happened, the shop it happened in (none for what concerns the whole network) and the
 * same fields the API shows of it — a customer only by their pseudonymous reference, never card data.
 */
public record WebhookEvent(UUID id, String type, Instant occurredAt, String storeId, Object data) {
}
