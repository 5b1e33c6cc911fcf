package io.smartstore.support.webhooks;

import java.util.List;
import java.util.UUID;

/** A subscription just made, with the secret its deliveries are signed with: shown this once. */
public record NewWebhook(UUID id, String url, List<String> events, String secret) {
}
