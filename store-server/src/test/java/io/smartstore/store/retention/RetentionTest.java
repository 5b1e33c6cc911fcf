package io.smartstore.store.retention;

import io.smartstore.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirteen months on (a fixed clock, the store in Paris), comments, call backs, visits, kiosk
 * sessions and tickets of the day before the limit are forgotten and those of the limit day kept;
 * the answers themselves stay, with their scores, segments and whether they were recognised.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetentionTest {

    private static final Clock MARCH_2027 = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate LIMIT = LocalDate.of(2026, 2, 15); // 13 months before 15 March 2027
    private static final LocalDate BEFORE = LIMIT.minusDays(1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetentionSettings periods;
    @Autowired
    StoreSettings store;

    @Test
    void whatIsOlderThanItsPeriodIsForgottenAndTheFiguresStay() {
        UUID oldVisit = visit(BEFORE);
        UUID keptVisit = visit(LIMIT);
        UUID oldAnswer = answer(BEFORE, oldVisit, "the adviser was rude");
        UUID keptAnswer = answer(LIMIT, keptVisit, "long wait");
        followUp(oldAnswer, BEFORE);
        followUp(keptAnswer, LIMIT);
        session(BEFORE);
        session(LIMIT);
        ticket("H-001", BEFORE, oldVisit);
        ticket("H-001", LIMIT, keptVisit);

        Retention.Forgotten forgotten = new Retention(jdbc, periods, store, MARCH_2027).forget();

        assertThat(forgotten).isEqualTo(new Retention.Forgotten(1, 1, 1, 1, 1));
        assertThat(text("SELECT COMMENT_TEXT FROM FEEDBACK WHERE ID = ?", oldAnswer)).isNull();
        assertThat(text("SELECT CAST(VISIT_ID AS VARCHAR) FROM FEEDBACK WHERE ID = ?", oldAnswer)).isNull();
        assertThat(text("SELECT COMMENT_TEXT FROM FEEDBACK WHERE ID = ?", keptAnswer)).isEqualTo("long wait");
        assertThat(text("SELECT CAST(VISIT_ID AS VARCHAR) FROM FEEDBACK WHERE ID = ?", keptAnswer)).isEqualTo(keptVisit.toString());
        assertThat(count("SELECT COUNT(*) FROM VISIT WHERE ID = ?", oldVisit)).isZero();
        assertThat(count("SELECT COUNT(*) FROM VISIT WHERE ID = ?", keptVisit)).isOne();
        assertThat(count("SELECT COUNT(*) FROM FOLLOW_UP WHERE FEEDBACK_ID = ?", oldAnswer)).isZero();
        assertThat(count("SELECT COUNT(*) FROM FOLLOW_UP WHERE FEEDBACK_ID = ?", keptAnswer)).isOne();
        assertThat(count("SELECT COUNT(*) FROM KIOSK_SESSION WHERE KIOSK_ID = 'retention' AND LOCAL_DATE = ?", BEFORE)).isZero();
        assertThat(count("SELECT COUNT(*) FROM KIOSK_SESSION WHERE KIOSK_ID = 'retention' AND LOCAL_DATE = ?", LIMIT)).isOne();
        assertThat(count("SELECT COUNT(*) FROM TICKET WHERE LOCAL_DATE = ?", BEFORE)).isZero();
        assertThat(count("SELECT COUNT(*) FROM TICKET WHERE LOCAL_DATE = ?", LIMIT)).isOne();

        // the figures: both answers, their scores, segment and recognition as they were
        assertThat(count("SELECT COUNT(*) FROM FEEDBACK WHERE ID IN (?, ?) AND SCORE = 3 AND SEGMENT = 'CONSUMER' AND RECOGNISED", oldAnswer, keptAnswer))
                .isEqualTo(2);

        assertThat(new Retention(jdbc, periods, store, MARCH_2027).forget()).as("a second round has nothing left to do")
                .isEqualTo(new Retention.Forgotten(0, 0, 0, 0, 0));
    }

    private UUID visit(LocalDate day) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO VISIT (ID, CUSTOMER_REF, SEGMENT, KIOSK_ID, STARTED_AT) VALUES (?, 'C-RET', 'CONSUMER', 'retention', ?)")
                .params(id, day.atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime()).update();
        return id;
    }

    private UUID answer(LocalDate day, UUID visit, String comment) {
        UUID id = UUID.randomUUID();
        var at = day.atTime(11, 5).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
        jdbc.sql("""
                        INSERT INTO FEEDBACK (ID, VISIT_ID, KIOSK_ID, SCORE, COMMENT_TEXT, ANSWERED_AT, LOCAL_DATE, LOCAL_HOUR, SEGMENT,
                                              RECOGNISED, RECEIVED_AT, FORWARDED_AT)
                        VALUES (?, ?, 'retention', 3, ?, ?, ?, 11, 'CONSUMER', TRUE, ?, ?)""")
                .params(id, visit, comment, at, day, at, at).update();
        return id;
    }

    private void followUp(UUID answer, LocalDate day) {
        var at = day.atTime(11, 5).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
        jdbc.sql("""
                        INSERT INTO FOLLOW_UP (ID, FEEDBACK_ID, CREATED_AT, DUE_AT, LOCAL_DATE, SCORE, COMMENT_TEXT, CUSTOMER_REF, CONSENT, STATUS, NOTE)
                        VALUES (?, ?, ?, ?, ?, 3, 'call me', 'C-RET', TRUE, 'CLOSED', 'called, sorted')""")
                .params(UUID.randomUUID(), answer, at, at.plusDays(2), day).update();
    }

    private void session(LocalDate day) {
        jdbc.sql("INSERT INTO KIOSK_SESSION (KIOSK_ID, LOCAL_DATE, RECOGNISED, SESSION_ID) VALUES ('retention', ?, TRUE, ?)")
                .params(day, UUID.randomUUID()).update();
    }

    private void ticket(String id, LocalDate day, UUID visit) {
        jdbc.sql("INSERT INTO TICKET (ID, LOCAL_DATE, SPHERE, VISIT_ID, STATUS, CREATED_AT) VALUES (?, ?, 'HOME', ?, 'DONE', ?)")
                .params(id, day, visit, day.atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime()).update();
    }

    private String text(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).optional().orElse(null);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
