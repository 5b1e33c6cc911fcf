package io.smartstore.kiosk.feedback;

import io.smartstore.protocol.wire.FeedbackResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The kiosk's own store of answers not yet acknowledged by the store server. An answer
 * is committed here (H2, WRITE_DELAY=0) before the customer is thanked.
 */
@Repository
public class FeedbackOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackOutbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void add(FeedbackResponse response) {
        jdbc.sql("""
                        INSERT INTO OUTBOX (ID, VISIT_ID, SCORE, REASONS, COMMENT_TEXT, LANGUAGE, ANSWERED_AT)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(response.id(), response.visitId(), response.score(),
                        response.reasons() == null ? null : String.join(",", response.reasons()),
                        response.comment(), response.language(), response.answeredAt().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new AnswerSaved(response.id()));
    }

    /** The oldest answers still to send, at most {@code limit}. */
    List<FeedbackResponse> pending(int limit) {
        return jdbc.sql("""
                        SELECT ID, VISIT_ID, SCORE, REASONS, COMMENT_TEXT, ANSWERED_AT, LANGUAGE FROM OUTBOX
                        WHERE SENT_AT IS NULL AND REFUSED IS NULL ORDER BY ANSWERED_AT, ID FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .query((rs, i) -> new FeedbackResponse(rs.getObject("ID", UUID.class), rs.getObject("VISIT_ID", UUID.class),
                        rs.getInt("SCORE"), reasons(rs.getString("REASONS")), rs.getString("COMMENT_TEXT"),
                        rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant(), rs.getString("LANGUAGE")))
                .list();
    }

    void markSent(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE OUTBOX SET SENT_AT = :now WHERE ID IN (:ids)")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("ids", ids).update();
        }
    }

    void markRefused(UUID id, String reason) {
        jdbc.sql("UPDATE OUTBOX SET REFUSED = ? WHERE ID = ?")
                .params(reason.length() > 200 ? reason.substring(0, 200) : reason, id).update();
    }

    /** How many answers wait, and how long the oldest has waited. */
    public Backlog backlog() {
        record Row(long count, OffsetDateTime oldest) {
        }
        Row row = jdbc.sql("SELECT COUNT(*) AS COUNT, MIN(ANSWERED_AT) AS OLDEST FROM OUTBOX WHERE SENT_AT IS NULL AND REFUSED IS NULL")
                .query(Row.class).single();
        return new Backlog(row.count(), Optional.ofNullable(row.oldest())
                .map(oldest -> Duration.between(oldest.toInstant(), clock.instant())));
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The outbox's backlog: answers not yet acknowledged by the store. */
    public record Backlog(long count, Optional<Duration> oldestAge) {
    }
}
