package io.smartstore.support.webhooks;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/webhooks}: where to send, and which events. */
public record WebhookRequest(@RefusedAs(ProblemCode.INVALID_WEBHOOK) @NotNull @Size(max = 2000) String url,
                             @RefusedAs(ProblemCode.INVALID_WEBHOOK) @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 40) String> events) {
}
