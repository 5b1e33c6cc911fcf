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

    /** Why the answer is misuse, or empty when it is not. */
    java.util.Optional<Reason> flags(String kioskId, Instant answeredAt) {
        if (countBefore(kioskId, answeredAt, settings.window()) > 0) {
            return java.util.Optional.of(Reason.TOO_SOON);
        }
        return countBefore(kioskId, answeredAt, Duration.ofMinutes(1)) >= settings.maxPerMinute()
                ? java.util.Optional.of(Reason.BURST) : java.util.Optional.empty();
    }

    /** TOO_SOON: within the window of the kiosk's previous answer; BURST: beyond the answers a minute allows. */
    enum Reason { TOO_SOON, BURST }

    private int countBefore(String kioskId, Instant answeredAt, Duration span) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM FEEDBACK WHERE KIOSK_ID = ? AND CHANNEL = 'KIOSK'
                        AND ANSWERED_AT > ? AND ANSWERED_AT <= ?""")
                .params(kioskId, answeredAt.minus(span).atOffset(ZoneOffset.UTC), answeredAt.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
    }
}
