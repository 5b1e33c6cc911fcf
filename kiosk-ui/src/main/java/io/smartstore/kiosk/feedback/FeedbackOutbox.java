package io.smartstore.kiosk.feedback;

import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.support.jdbc.DiskSync;
import io.smartstore.support.relay.TableOutbox;
import io.smartstore.support.relay.OutboxTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The kiosk's own store of answers not yet acknowledged by the store server (H2,
 * WRITE_DELAY=0, and synced to the disk: kept through a power cut before the screen moves on). An answer is kept from the moment
 * its score is tapped, open while reasons may follow; it goes to the store once completed,
 * or once {@code smartstore.kiosk.answers.open-hold} has passed (a kiosk stopped on the reasons
 * screen still delivers the score).
 */
@Repository
public class FeedbackOutbox extends TableOutbox<FeedbackResponse> {

    private static final String PENDING = "SENT_AT IS NULL AND REFUSED IS NULL AND (COMPLETED_AT IS NOT NULL OR ANSWERED_AT < :cutoff)";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration hold;
    private final DiskSync disk;

    FeedbackOutbox(JdbcClient jdbc, Clock clock, AnswerSettings settings, DiskSync disk) {
        super(new OutboxTable(jdbc, clock, "OUTBOX", "SENT_AT", "REFUSED", "ANSWERED_AT"), FeedbackResponse::id);
        this.jdbc = jdbc;
        this.clock = clock;
        this.hold = settings.openHold();
        this.disk = disk;
    }

    /** Keeps a complete answer (reasons and comment already known): how a test fills the outbox. */
    void add(FeedbackResponse response) {
        add(response, true);
    }

    /** Completes an open answer, unless it went already. */
    void complete(UUID id, List<String> reasons, String comment, boolean consentToContact) {
        jdbc.sql("UPDATE OUTBOX SET REASONS = ?, COMMENT_TEXT = ?, CONSENT = ?, COMPLETED_AT = ? WHERE ID = ? AND COMPLETED_AT IS NULL AND SENT_AT IS NULL")
                .params(reasons.isEmpty() ? null : String.join(",", reasons), comment, consentToContact, now(), id).update();
        disk.afterCommit();
    }

    /** Closes an open answer with what it has. */
    void close(UUID id) {
        jdbc.sql("UPDATE OUTBOX SET COMPLETED_AT = ? WHERE ID = ? AND COMPLETED_AT IS NULL").params(now(), id).update();
        disk.afterCommit();
    }

    /** Keeps an answer, open or {@code complete}. */
    void add(FeedbackResponse response, boolean complete) {
        jdbc.sql("""
                        INSERT INTO OUTBOX (ID, VISIT_ID, SCORE, REASONS, COMMENT_TEXT, LANGUAGE, ANSWERED_AT, TICKET, COMPLETED_AT)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(response.id(), response.visitId(), response.score(),
                        response.reasons() == null || response.reasons().isEmpty() ? null : String.join(",", response.reasons()),
                        response.comment(), response.language(), response.answeredAt().atOffset(ZoneOffset.UTC), response.ticket(),
                        complete ? now() : null)
                .update();
        disk.afterCommit(); // the score is kept from the tap: on the disk, not in the system's cache (a power cut may follow)
    }

    @Override
    public List<FeedbackResponse> pending(int limit) {
        return jdbc.sql("""
                        SELECT ID, VISIT_ID, SCORE, REASONS, COMMENT_TEXT, ANSWERED_AT, LANGUAGE, TICKET, CONSENT FROM OUTBOX
                        WHERE %s ORDER BY ANSWERED_AT, ID FETCH FIRST %d ROWS ONLY""".formatted(PENDING, limit))
                .param("cutoff", cutoff())
                .query((rs, i) -> new FeedbackResponse(rs.getObject("ID", UUID.class), rs.getObject("VISIT_ID", UUID.class),
                        rs.getInt("SCORE"), reasons(rs.getString("REASONS")), rs.getString("COMMENT_TEXT"),
                        rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant(), rs.getString("LANGUAGE"),
                        rs.getString("TICKET"), rs.getBoolean("CONSENT") ? Boolean.TRUE : null, FeedbackResponse.Channel.KIOSK))
                .list();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private OffsetDateTime cutoff() {
        return clock.instant().minus(hold).atOffset(ZoneOffset.UTC);
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
