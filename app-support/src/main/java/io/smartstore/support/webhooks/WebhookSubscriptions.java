package io.smartstore.support.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.smartstore.support.webhooks.Webhooks.instant;
import static io.smartstore.support.webhooks.Webhooks.utc;

/** Tables {@code WEBHOOK_SUBSCRIPTION}, {@code WEBHOOK_SUBSCRIPTION_EVENT} and {@code WEBHOOK_DELIVERY} for {@link Webhooks}. Only SQL here. */
class WebhookSubscriptions {

    private final JdbcClient jdbc;

    WebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> subscribersOf(String type) {
        return jdbc.sql("SELECT SUBSCRIPTION_ID FROM WEBHOOK_SUBSCRIPTION_EVENT WHERE EVENT_TYPE = ? ORDER BY SUBSCRIPTION_ID")
                .param(type).query(UUID.class).list();
    }

    void addDelivery(UUID subscriber, UUID event, String type, Instant at, String body) {
        jdbc.sql("""
                        INSERT INTO WEBHOOK_DELIVERY (SUBSCRIPTION_ID, EVENT_ID, EVENT_TYPE, OCCURRED_AT, BODY, STATE, ATTEMPTS)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', 0)""")
                .params(subscriber, event, type, utc(at), body).update();
    }

    void addSubscription(UUID id, String url, String secret, List<String> events, Instant at) {
        jdbc.sql("INSERT INTO WEBHOOK_SUBSCRIPTION (ID, URL, SECRET, PAUSED, CREATED_AT) VALUES (?, ?, ?, FALSE, ?)")
                .params(id, url, secret, utc(at)).update();
        for (String type : events) {
            jdbc.sql("INSERT INTO WEBHOOK_SUBSCRIPTION_EVENT (SUBSCRIPTION_ID, EVENT_TYPE) VALUES (?, ?)").params(id, type).update();
        }
    }

    List<Webhook> subscriptions() {
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

    /** False when there is no such subscription. */
    boolean pause(UUID id, boolean paused) {
        return jdbc.sql("UPDATE WEBHOOK_SUBSCRIPTION SET PAUSED = ? WHERE ID = ?").params(paused, id).update() > 0;
    }

    /** The subscription with its events and deliveries; false when there was none. */
    boolean delete(UUID id) {
        jdbc.sql("DELETE FROM WEBHOOK_DELIVERY WHERE SUBSCRIPTION_ID = ?").param(id).update();
        jdbc.sql("DELETE FROM WEBHOOK_SUBSCRIPTION_EVENT WHERE SUBSCRIPTION_ID = ?").param(id).update();
        return jdbc.sql("DELETE FROM WEBHOOK_SUBSCRIPTION WHERE ID = ?").param(id).update() > 0;
    }

    List<WebhookDelivery> deliveries(UUID id, int limit) {
        return jdbc.sql("""
                        SELECT EVENT_ID, EVENT_TYPE, OCCURRED_AT, STATE, ATTEMPTS, LAST_ATTEMPT_AT, LAST_OUTCOME, DELIVERED_AT
                        FROM WEBHOOK_DELIVERY WHERE SUBSCRIPTION_ID = ? ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY""")
                .params(id, limit)
                .query((rs, n) -> new WebhookDelivery(rs.getObject(1, UUID.class), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        rs.getString(4), rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
                        instant(rs.getObject(8, OffsetDateTime.class))))
                .list();
    }
}
