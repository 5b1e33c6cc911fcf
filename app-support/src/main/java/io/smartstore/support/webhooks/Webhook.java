package io.smartstore.support.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API lists it: never its secret, shown once when it was made. */
public record Webhook(UUID id, String url, List<String> events, boolean paused, Instant createdAt) {
}
