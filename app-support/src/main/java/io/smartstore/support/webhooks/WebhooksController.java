package io.smartstore.support.webhooks;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code /api/v1/webhooks} (admin): subscribe, list, pause or resume, delete, and each subscription's delivery log. */
@RestController
public class WebhooksController {

    private final Webhooks webhooks;

    public WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(value = "/api/v1/webhooks", consumes = "application/json", produces = "application/json")
    public ResponseEntity<NewWebhook> subscribe(@Valid @RequestBody WebhookRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(webhooks.subscribe(request));
    }

    @GetMapping(value = "/api/v1/webhooks", produces = "application/json")
    public List<Webhook> all() {
        return webhooks.all();
    }

    @PatchMapping(value = "/api/v1/webhooks/{id}", consumes = "application/json", produces = "application/json")
    public Webhook change(@PathVariable UUID id, @Valid @RequestBody WebhookChange change) {
        return webhooks.pause(id, change.paused());
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    public ResponseEntity<Void> delete(@PathVariable UUID id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/api/v1/webhooks/{id}/deliveries", produces = "application/json")
    @RefusedAs(ProblemCode.INVALID_WEBHOOK)
    public List<WebhookDelivery> deliveries(@PathVariable UUID id,
                                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return webhooks.deliveries(id, limit);
    }
}
