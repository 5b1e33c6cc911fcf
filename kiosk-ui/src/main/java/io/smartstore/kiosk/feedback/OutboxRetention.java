package io.smartstore.kiosk.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Empties the outbox of what it no longer needs, every hour: answers the store acknowledged
 * once {@code keep-sent} has passed, answers it refused once {@code keep-set-aside} has passed.
 * An answer not yet acknowledged is never removed, however old.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
    private final JdbcClient jdbc;
    private final AnswerSettings settings;
    private final Clock clock;

    OutboxRetention(JdbcClient jdbc, AnswerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${smartstore.retention.interval:1h}", initialDelayString = "${smartstore.retention.interval:1h}")
    void everyHour() {
        int removed = forget();
        if (removed > 0) {
            log.info("outbox: {} answers acknowledged or refused long ago removed", removed);
        }
    }

    /** How many rows it removed. */
    int forget() {
        var now = clock.instant();
        int sent = jdbc.sql("DELETE FROM OUTBOX WHERE SENT_AT < ?").param(now.minus(settings.keepSent()).atOffset(ZoneOffset.UTC)).update();
        int refused = jdbc.sql("DELETE FROM OUTBOX WHERE SENT_AT IS NULL AND REFUSED IS NOT NULL AND ANSWERED_AT < ?")
                .param(now.minus(settings.keepSetAside()).atOffset(ZoneOffset.UTC)).update();
        return sent + refused;
    }
}
