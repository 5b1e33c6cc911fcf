package io.smartstore.store.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Scoring.md's misuse rule for an unrecognised kiosk answer: another answer at the same
 * kiosk less than the window before it (the previous customer was thanked just now), or a
 * burst of more than {@code maxPerMinute} answers in the minute up to it.
 */
@Component
class MisuseRule {

    private final JdbcClient jdbc;
    private final MisuseSettings settings;

    MisuseRule(JdbcClient jdbc, MisuseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    boolean flags(String kioskId, Instant answeredAt) {
        return countBefore(kioskId, answeredAt, settings.window()) > 0
                || countBefore(kioskId, answeredAt, Duration.ofMinutes(1)) >= settings.maxPerMinute();
    }

    private int countBefore(String kioskId, Instant answeredAt, Duration span) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM FEEDBACK WHERE KIOSK_ID = ? AND CHANNEL = 'KIOSK'
                        AND ANSWERED_AT > ? AND ANSWERED_AT <= ?""")
                .params(kioskId, answeredAt.minus(span).atOffset(ZoneOffset.UTC), answeredAt.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
    }
}
