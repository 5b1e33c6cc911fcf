package io.smartstore.kiosk.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox forgets acknowledged answers after 30 days and refused ones after 90 — never one still waiting to go. */
@SpringBootTest
@ActiveProfiles("test")
class OutboxRetentionTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnswerSettings settings;

    @Test
    void acknowledgedAndRefusedAnswersGoAfterTheirPeriodsWaitingOnesNever() {
        UUID sentLongAgo = row(Duration.ofDays(31), Duration.ofDays(31), null);
        UUID sentRecently = row(Duration.ofDays(29), Duration.ofDays(29), null);
        UUID refusedLongAgo = row(Duration.ofDays(91), null, "score: out of range");
        UUID refusedRecently = row(Duration.ofDays(89), null, "score: out of range");
        UUID waitingForAYear = row(Duration.ofDays(365), null, null);

        int removed = new OutboxRetention(jdbc, settings, Clock.fixed(NOW, ZoneOffset.UTC)).forget();

        assertThat(removed).isEqualTo(2);
        assertThat(present(sentLongAgo)).isFalse();
        assertThat(present(refusedLongAgo)).isFalse();
        assertThat(present(sentRecently)).isTrue();
        assertThat(present(refusedRecently)).isTrue();
        assertThat(present(waitingForAYear)).as("never acknowledged: kept until it is").isTrue();
    }

    private UUID row(Duration answeredAgo, Duration sentAgo, String refused) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO OUTBOX (ID, SCORE, ANSWERED_AT, COMPLETED_AT, SENT_AT, REFUSED) VALUES (?, 7, ?, ?, ?, ?)")
                .params(id, NOW.minus(answeredAgo).atOffset(ZoneOffset.UTC), NOW.minus(answeredAgo).atOffset(ZoneOffset.UTC),
                        sentAgo == null ? null : NOW.minus(sentAgo).atOffset(ZoneOffset.UTC), refused).update();
        return id;
    }

    private boolean present(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM OUTBOX WHERE ID = ?").param(id).query(Integer.class).single() == 1;
    }
}
