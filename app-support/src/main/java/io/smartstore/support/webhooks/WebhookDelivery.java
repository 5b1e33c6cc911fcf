package io.smartstore.support.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one subscriber, as its log shows it: {@code PENDING} (not acknowledged yet), {@code DELIVERED}
 * or {@code SET_ASIDE} (never acknowledged within {@code smartstore.webhooks.give-up-after}); how many attempts, the
 * last one's outcome ({@code HTTP 500}, {@code no answer within 10 s}, …).
 */
public record WebhookDelivery(UUID eventId, String type, Instant occurredAt, String state, int attempts, Instant lastAttemptAt,
                              String lastOutcome, Instant deliveredAt) {
}
