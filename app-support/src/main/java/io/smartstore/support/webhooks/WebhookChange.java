package io.smartstore.support.webhooks;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.constraints.NotNull;

/** {@code PATCH /api/v1/webhooks/{id}}: paused (events are kept and sent once it is resumed) or not. */
public record WebhookChange(@RefusedAs(ProblemCode.INVALID_WEBHOOK) @NotNull Boolean paused) {
}
