package io.smartstore.support.webhooks;

import jakarta.annotation.security.RolesAllowed;
import io.smartstore.protocol.webhooks.WebhookEvent;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Subscriptions and the events told to them. {@link #publish} writes one delivery per subscriber of the event into the
 * outbox, in the caller's transaction: an event is sent only if what caused it was kept, and nothing is sent from the
 * request's thread ({@link WebhookDispatcher} sends). A paused subscription keeps collecting its events.
 */
public class Webhooks {

    /** Above this a body is not a webhook's: what is told is an event's fields, not a document. */
    static final int MAX_BODY = 16_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final WebhookSubscriptions tables;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookEvents offered;
    private final boolean httpsOnly;
    private final AuditTrail audit;

    public Webhooks(WebhookSubscriptions tables, JsonMapper json, Clock clock, WebhookEvents offered, boolean httpsOnly, AuditTrail audit) {
        this.tables = tables;
        this.json = json;
        this.clock = clock;
        this.offered = offered;
        this.httpsOnly = httpsOnly;
        this.audit = audit;
    }

    /** Tells every subscriber of {@code type} (one of the offered events) that it happened now; returns the event's id. */
    public UUID publish(String type, String storeId, Object data) {
        if (!offered.types().contains(type)) {
            throw new IllegalArgumentException("not an event this app offers: " + type);
        }
        List<UUID> subscribers = tables.subscribersOf(type);
        UUID id = UUID.randomUUID();
        if (subscribers.isEmpty()) {
            return id;
        }
        Instant now = clock.instant();
        String body = json.writeValueAsString(new WebhookEvent(id, type, now, storeId, data));
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException(type + " is " + body.length() + " characters long, above " + MAX_BODY);
        }
        for (UUID subscriber : subscribers) {
            tables.addDelivery(subscriber, id, type, now, body);
        }
        return id;
    }

    /** Subscribes {@code url} to {@code events}; refused ({@code invalid_webhook}) for an address or event that cannot be. */
    @Transactional
    @RolesAllowed("ADMIN")
    public NewWebhook subscribe(WebhookRequest request) {
        WebhookTargets.problemWith(request.url(), httpsOnly).ifPresent(problem -> {
            throw new Refusal(ProblemCode.INVALID_WEBHOOK, problem);
        });
        List<String> events = request.events().stream().distinct().toList();
        List<String> unknown = events.stream().filter(type -> !offered.types().contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new Refusal(ProblemCode.INVALID_WEBHOOK, "events are among " + String.join(", ", offered.types()) + "; not "
                    + String.join(", ", unknown.stream().map(Webhooks::shown).toList()));
        }
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        tables.addSubscription(id, request.url(), secret, events, clock.instant());
        audit.record(AuditAction.WEBHOOK_SUBSCRIBED, id.toString());
        return new NewWebhook(id, request.url(), events, secret);
    }

    /** Every subscription, the oldest first. */
    @RolesAllowed("ADMIN")
    public List<Webhook> all() {
        return tables.subscriptions();
    }

    public Webhook find(UUID id) {
        return all().stream().filter(webhook -> webhook.id().equals(id)).findFirst().orElseThrow(Webhooks::unknown);
    }

    /** Pauses or resumes a subscription. */
    @Transactional
    @RolesAllowed("ADMIN")
    public Webhook pause(UUID id, boolean paused) {
        if (!tables.pause(id, paused)) {
            throw unknown();
        }
        audit.record(AuditAction.WEBHOOK_CHANGED, id + (paused ? " paused" : " resumed"));
        return find(id);
    }

    /** Ends a subscription: what it had not received yet is forgotten with its log. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void delete(UUID id) {
        if (!tables.delete(id)) {
            throw unknown();
        }
        audit.record(AuditAction.WEBHOOK_DELETED, id.toString());
    }

    /** A subscription's delivery log, the newest event first, at most {@code limit}. */
    @RolesAllowed("ADMIN")
    public List<WebhookDelivery> deliveries(UUID id, int limit) {
        find(id);
        return tables.deliveries(id, limit);
    }

    public List<String> offered() {
        return offered.types();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String shown(String type) {
        return type.length() <= 40 && type.matches("[a-z.-]*") ? type : "an unknown name";
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.UNKNOWN_WEBHOOK, "No such webhook subscription.");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
