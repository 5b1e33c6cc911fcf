package io.smartstore.support.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.smartstore.support.webhooks.Webhooks.utc;

/** The deliveries waiting, as the dispatcher takes them: per subscription, the oldest first; and what became of each. */
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The subscriptions, not paused, with a delivery waiting. */
    List<UUID> waiting() {
        return jdbc.sql("""
                        SELECT DISTINCT d.SUBSCRIPTION_ID FROM WEBHOOK_DELIVERY d JOIN WEBHOOK_SUBSCRIPTION s ON s.ID = d.SUBSCRIPTION_ID
                        WHERE d.STATE = 'PENDING' AND s.PAUSED = FALSE""")
                .query(UUID.class).list();
    }

    /** The oldest delivery waiting for a subscription not paused: the only one that may be sent, so that all go in order. */
    Optional<Waiting> next(UUID subscription) {
        return jdbc.sql("""
                        SELECT d.SEQ, s.URL, s.SECRET, d.BODY, d.OCCURRED_AT FROM WEBHOOK_DELIVERY d JOIN WEBHOOK_SUBSCRIPTION s ON s.ID = d.SUBSCRIPTION_ID
                        WHERE d.SUBSCRIPTION_ID = ? AND d.STATE = 'PENDING' AND s.PAUSED = FALSE ORDER BY d.SEQ FETCH FIRST 1 ROWS ONLY""")
                .param(subscription)
                .query((rs, n) -> new Waiting(rs.getLong(1), URI.create(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    void delivered(long seq, String outcome) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE WEBHOOK_DELIVERY SET STATE = 'DELIVERED', ATTEMPTS = ATTEMPTS + 1, LAST_ATTEMPT_AT = ?, LAST_OUTCOME = ?, DELIVERED_AT = ? WHERE SEQ = ?")
                .params(utc(now), outcome, utc(now), seq).update();
    }

    void failed(long seq, String outcome) {
        jdbc.sql("UPDATE WEBHOOK_DELIVERY SET ATTEMPTS = ATTEMPTS + 1, LAST_ATTEMPT_AT = ?, LAST_OUTCOME = ? WHERE SEQ = ?")
                .params(utc(clock.instant()), outcome, seq).update();
    }

    void setAside(long seq, String reason) {
        jdbc.sql("UPDATE WEBHOOK_DELIVERY SET STATE = 'SET_ASIDE', ATTEMPTS = ATTEMPTS + 1, LAST_ATTEMPT_AT = ?, LAST_OUTCOME = ? WHERE SEQ = ?")
                .params(utc(clock.instant()), reason, seq).update();
    }

    /** Forgets the log of events older than {@code before}, except what still waits. */
    int forget(Instant before) {
        return jdbc.sql("DELETE FROM WEBHOOK_DELIVERY WHERE STATE <> 'PENDING' AND OCCURRED_AT < ?").param(utc(before)).update();
    }

    /** A delivery to send: where, signed with what, and when its event happened. */
    record Waiting(long seq, URI url, String secret, String body, Instant occurredAt) {
    }
}
