package io.smartstore.support.webhooks;

import io.smartstore.protocol.webhooks.WebhookEvent;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookEvents offered;
    private final boolean httpsOnly;
    private final AuditTrail audit;

    public Webhooks(JdbcClient jdbc, JsonMapper json, Clock clock, WebhookEvents offered, boolean httpsOnly, AuditTrail audit) {
        this.jdbc = jdbc;
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
        List<UUID> subscribers = jdbc.sql("SELECT SUBSCRIPTION_ID FROM WEBHOOK_SUBSCRIPTION_EVENT WHERE EVENT_TYPE = ? ORDER BY SUBSCRIPTION_ID")
                .param(type).query(UUID.class).list();
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
            jdbc.sql("""
                            INSERT INTO WEBHOOK_DELIVERY (SUBSCRIPTION_ID, EVENT_ID, EVENT_TYPE, OCCURRED_AT, BODY, STATE, ATTEMPTS)
                            VALUES (?, ?, ?, ?, ?, 'PENDING', 0)""")
                    .params(subscriber, id, type, utc(now), body).update();
        }
        return id;
    }

    /** Subscribes {@code url} to {@code events}; refused ({@code invalid_webhook}) for an address or event that cannot be. */
    @Transactional
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
        jdbc.sql("INSERT INTO WEBHOOK_SUBSCRIPTION (ID, URL, SECRET, PAUSED, CREATED_AT) VALUES (?, ?, ?, FALSE, ?)")
                .params(id, request.url(), secret, utc(clock.instant())).update();
        for (String type : events) {
            jdbc.sql("INSERT INTO WEBHOOK_SUBSCRIPTION_EVENT (SUBSCRIPTION_ID, EVENT_TYPE) VALUES (?, ?)").params(id, type).update();
        }
        audit.record(AuditAction.WEBHOOK_SUBSCRIBED, id.toString());
        return new NewWebhook(id, request.url(), events, secret);
    }

    /** Every subscription, the oldest first. */
    public List<Webhook> all() {
        Map<UUID, List<String>> events = new LinkedHashMap<>();
        jdbc.sql("SELECT SUBSCRIPTION_ID, EVENT_TYPE FROM WEBHOOK_SUBSCRIPTION_EVENT ORDER BY SUBSCRIPTION_ID, EVENT_TYPE")
                .query(rs -> {
                    events.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT ID, URL, PAUSED, CREATED_AT FROM WEBHOOK_SUBSCRIPTION ORDER BY CREATED_AT, ID")
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Webhook(id, rs.getString(2), List.copyOf(events.getOrDefault(id, List.of())), rs.getBoolean(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant());
                }).list();
    }

    public Webhook find(UUID id) {
        return all().stream().filter(webhook -> webhook.id().equals(id)).findFirst().orElseThrow(Webhooks::unknown);
    }

    /** Pauses or resumes a subscription. */
    @Transactional
    public Webhook pause(UUID id, boolean paused) {
        if (jdbc.sql("UPDATE WEBHOOK_SUBSCRIPTION SET PAUSED = ? WHERE ID = ?").params(paused, id).update() == 0) {
            throw unknown();
        }
        audit.record(AuditAction.WEBHOOK_CHANGED, id + (paused ? " paused" : " resumed"));
        return find(id);
    }

    /** Ends a subscription: what it had not received yet is forgotten with its log. */
    @Transactional
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM WEBHOOK_DELIVERY WHERE SUBSCRIPTION_ID = ?").param(id).update();
        jdbc.sql("DELETE FROM WEBHOOK_SUBSCRIPTION_EVENT WHERE SUBSCRIPTION_ID = ?").param(id).update();
        if (jdbc.sql("DELETE FROM WEBHOOK_SUBSCRIPTION WHERE ID = ?").param(id).update() == 0) {
            throw unknown();
        }
        audit.record(AuditAction.WEBHOOK_DELETED, id.toString());
    }

    /** A subscription's delivery log, the newest event first, at most {@code limit}. */
    public List<WebhookDelivery> deliveries(UUID id, int limit) {
        find(id);
        return jdbc.sql("""
                        SELECT EVENT_ID, EVENT_TYPE, OCCURRED_AT, STATE, ATTEMPTS, LAST_ATTEMPT_AT, LAST_OUTCOME, DELIVERED_AT
                        FROM WEBHOOK_DELIVERY WHERE SUBSCRIPTION_ID = ? ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY""")
                .params(id, limit)
                .query((rs, n) -> new WebhookDelivery(rs.getObject(1, UUID.class), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        rs.getString(4), rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
                        instant(rs.getObject(8, OffsetDateTime.class))))
                .list();
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
