package io.smartstore.support.webhooks;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code /api/v1/webhooks} (admin): subscribe, list, pause or resume, delete, and each subscription's delivery log. */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
public class WebhooksController {

    private final Webhooks webhooks;

    public WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Subscribe an address to events", description = "Returns the secret deliveries are signed with, this once only (docs/integration.md).")
    @Refuses({ProblemCode.INVALID_WEBHOOK})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "the CRM", value = """
            {"url":"https://crm.example/hooks/smartstore","events":["answer.detractor","follow-up.opened"]}""")))
    @PostMapping(value = "/api/v1/webhooks", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    public NewWebhook subscribe(@Valid @RequestBody WebhookRequest request) {
        return webhooks.subscribe(request);
    }

    @Operation(summary = "The subscriptions", description = "Each one's address, events and whether it is paused (never its secret).")
    @GetMapping(value = "/api/v1/webhooks", produces = "application/json")
    public List<Webhook> all() {
        return webhooks.all();
    }

    @Operation(summary = "Pause or resume a subscription", description = "A paused subscription keeps its events and gets them once resumed.")
    @Refuses({ProblemCode.UNKNOWN_WEBHOOK, ProblemCode.INVALID_WEBHOOK})
    @PatchMapping(value = "/api/v1/webhooks/{id}", consumes = "application/json", produces = "application/json")
    public Webhook change(@PathVariable UUID id, @Valid @RequestBody WebhookChange change) {
        return webhooks.pause(id, change.paused());
    }

    @Operation(summary = "End a subscription", description = "What it had not received yet is forgotten with its log.")
    @Refuses({ProblemCode.UNKNOWN_WEBHOOK})
    @DeleteMapping("/api/v1/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable UUID id) {
        webhooks.delete(id);
    }

    @Operation(summary = "A subscription's delivery log", description = "The newest events first: acknowledged, waiting (with the last attempt's outcome) or set aside.")
    @Refuses({ProblemCode.UNKNOWN_WEBHOOK})
    @GetMapping(value = "/api/v1/webhooks/{id}/deliveries", produces = "application/json")
    @RefusedAs(ProblemCode.INVALID_WEBHOOK)
    public List<WebhookDelivery> deliveries(@PathVariable UUID id,
                                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return webhooks.deliveries(id, limit);
    }
}
