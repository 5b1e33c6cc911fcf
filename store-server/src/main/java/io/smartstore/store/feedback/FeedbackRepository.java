package io.smartstore.store.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The answers in the FEEDBACK table, as the intake stores them. */
@Repository
class FeedbackRepository {

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of these answers stored already. */
    Set<UUID> alreadyReceived(List<UUID> ids) {
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM FEEDBACK WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }

    /** A new answer's row: as given, with what its visit and ticket say, and whether it counts. */
    record Row(UUID id, UUID visitId, String kioskId, int score, String comment, String language, Instant answeredAt, LocalDate localDate,
               int localHour, String segment, String sphere, boolean recognised, Instant receivedAt, String ticket, String adviser,
               String channel, boolean consent, boolean misuse, String misuseReason, boolean superseded) {
    }

    void insert(Row row) {
        jdbc.sql("""
                        INSERT INTO FEEDBACK (ID, VISIT_ID, KIOSK_ID, SCORE, COMMENT_TEXT, LANGUAGE, ANSWERED_AT,
                                              LOCAL_DATE, LOCAL_HOUR, SEGMENT, SPHERE, RECOGNISED, RECEIVED_AT,
                                              TICKET, ADVISER, CHANNEL, CONSENT, MISUSE, MISUSE_REASON, SUPERSEDED)
                        VALUES (:id, :visit, :kiosk, :score, :comment, :language, :answeredAt,
                                :localDate, :localHour, :segment, :sphere, :recognised, :receivedAt,
                                :ticket, :adviser, :channel, :consent, :misuse, :misuseReason, :superseded)""")
                .param("id", row.id())
                .param("visit", row.visitId())
                .param("kiosk", row.kioskId())
                .param("score", row.score())
                .param("comment", row.comment())
                .param("language", row.language())
                .param("answeredAt", row.answeredAt().atOffset(ZoneOffset.UTC))
                .param("localDate", row.localDate())
                .param("localHour", row.localHour())
                .param("segment", row.segment())
                .param("sphere", row.sphere())
                .param("recognised", row.recognised())
                .param("receivedAt", row.receivedAt().atOffset(ZoneOffset.UTC))
                .param("ticket", row.ticket())
                .param("adviser", row.adviser())
                .param("channel", row.channel())
                .param("consent", row.consent())
                .param("misuse", row.misuse())
                .param("misuseReason", row.misuseReason())
                .param("superseded", row.superseded())
                .update();
    }

    /** Whether a counted answer of this visit was given after {@code at}. */
    boolean newerCounted(UUID visitId, Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM FEEDBACK WHERE VISIT_ID = ? AND SUPERSEDED = FALSE AND ANSWERED_AT > ?")
                .params(visitId, at.atOffset(ZoneOffset.UTC)).query(Integer.class).single() > 0;
    }

    /** The visit's counted answer steps aside for a newer one. */
    void supersede(UUID visitId) {
        jdbc.sql("UPDATE FEEDBACK SET SUPERSEDED = TRUE WHERE VISIT_ID = ? AND SUPERSEDED = FALSE").param(visitId).update();
    }
}
