package io.smartstore.store.followups;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.smartstore.store.followups.FollowUpStatus.CLOSED;
import static io.smartstore.store.followups.FollowUpStatus.OPEN;

/**
 * The call backs in the FOLLOW_UP table: loads a {@link FollowUp} (the reasons of its answer not yet added) and
 * stores it back, and counts them for the day's figures. Statuses are bound as {@link FollowUpStatus} names.
 */
@Repository
class FollowUpRepository {

    private static final String SELECT = """
            SELECT f.ID, f.CREATED_AT, f.DUE_AT, f.FEEDBACK_ID, f.SCORE, f.COMMENT_TEXT, f.CUSTOMER_REF, c.FIRST_NAME, f.CONSENT,
                   f.OWNER, f.STATUS, f.OUTCOME, f.NOTE FROM FOLLOW_UP f LEFT JOIN CUSTOMER c ON c.REF = f.CUSTOMER_REF""";
    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A follow-up as read, with the answer that opened it (whose reasons the service adds). */
    record Read(UUID feedbackId, FollowUp followUp) {
    }

    /** What opens a follow-up: the answer, when it is due, and until when its customer is taken to be in the shop. */
    record Opened(UUID id, UUID feedbackId, Instant createdAt, Instant dueAt, LocalDate localDate, int score, String comment,
                  String customerRef, boolean consent, Instant inStoreUntil) {
    }

    void insert(Opened opened) {
        jdbc.sql("""
                        INSERT INTO FOLLOW_UP (ID, FEEDBACK_ID, CREATED_AT, DUE_AT, LOCAL_DATE, SCORE, COMMENT_TEXT, CUSTOMER_REF, CONSENT, STATUS, IN_STORE_UNTIL)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(opened.id(), opened.feedbackId(), utc(opened.createdAt()), utc(opened.dueAt()), opened.localDate(), opened.score(),
                        opened.comment(), opened.customerRef(), opened.consent(), OPEN.name(), utc(opened.inStoreUntil()))
                .update();
    }

    Optional<Read> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE f.ID = ?").param(id).query((rs, i) -> read(rs)).optional();
    }

    /**
     * Writes back what a change made; {@code closedAt} is when it was closed, null when it is not, and the stored
     * time is kept when {@code statusChanged} is false.
     */
    void save(FollowUp followUp, boolean statusChanged, Instant closedAt) {
        if (statusChanged) {
            jdbc.sql("UPDATE FOLLOW_UP SET OWNER = ?, OUTCOME = ?, NOTE = ?, STATUS = ?, CLOSED_AT = ? WHERE ID = ?")
                    .params(followUp.owner(), followUp.outcome(), followUp.note(), followUp.status().name(), utc(closedAt), followUp.id()).update();
        } else {
            jdbc.sql("UPDATE FOLLOW_UP SET OWNER = ?, OUTCOME = ?, NOTE = ? WHERE ID = ?")
                    .params(followUp.owner(), followUp.outcome(), followUp.note(), followUp.id()).update();
        }
    }

    /** A follow-up closed at a known time, as a shop's history shows it (the demo shop's past). */
    void closedAt(UUID id, String owner, String outcome, String note, Instant closedAt) {
        jdbc.sql("UPDATE FOLLOW_UP SET OWNER = ?, STATUS = ?, OUTCOME = ?, NOTE = ?, CLOSED_AT = ? WHERE ID = ?")
                .params(owner, CLOSED.name(), outcome, note, utc(closedAt), id).update();
    }

    /** Open, nobody's, its customer still in the shop at {@code now}; the newest first. */
    List<Read> inTheShop(Instant now) {
        return jdbc.sql(SELECT + " WHERE f.STATUS = ? AND f.OWNER IS NULL AND f.IN_STORE_UNTIL > ? ORDER BY f.CREATED_AT DESC, f.ID")
                .params(OPEN.name(), utc(now)).query((rs, i) -> read(rs)).list();
    }

    /** In one status (all when null), the earliest due first. */
    List<Read> withStatus(FollowUpStatus status) {
        var query = jdbc.sql(SELECT + (status == null ? "" : " WHERE f.STATUS = ?") + " ORDER BY f.DUE_AT, f.ID");
        return (status == null ? query : query.param(status.name())).query((rs, i) -> read(rs)).list();
    }

    List<Read> notClosed() {
        return jdbc.sql(SELECT + " WHERE f.STATUS <> ? ORDER BY f.DUE_AT, f.ID").param(CLOSED.name()).query((rs, i) -> read(rs)).list();
    }

    long openedOn(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE LOCAL_DATE = ?").param(day).query(Long.class).single();
    }

    long closedOnWith(LocalDate day, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE LOCAL_DATE = ? AND STATUS = ? AND OUTCOME = ?")
                .params(day, CLOSED.name(), outcome).query(Long.class).single();
    }

    /** When each follow-up not closed and past due at {@code now} was due, the oldest first. */
    List<Instant> overdueSince(Instant now) {
        return jdbc.sql("SELECT DUE_AT FROM FOLLOW_UP WHERE STATUS <> ? AND DUE_AT < ? ORDER BY DUE_AT").params(CLOSED.name(), utc(now))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    long overdue(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE STATUS <> ? AND DUE_AT < ?").params(CLOSED.name(), utc(now)).query(Long.class).single();
    }

    /** Those due in [from, to), and how many of them were closed before their due time. */
    FollowUps.Due due(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS DUE, COALESCE(SUM(CASE WHEN CLOSED_AT IS NOT NULL AND CLOSED_AT <= DUE_AT THEN 1 ELSE 0 END), 0) AS CLOSED_IN_TIME
                        FROM FOLLOW_UP WHERE DUE_AT >= ? AND DUE_AT < ?""")
                .params(utc(from), utc(to)).query(FollowUps.Due.class).single();
    }

    private static Read read(ResultSet rs) throws SQLException {
        String ref = rs.getString("CUSTOMER_REF");
        return new Read(rs.getObject("FEEDBACK_ID", UUID.class), new FollowUp(rs.getObject("ID", UUID.class),
                rs.getObject("CREATED_AT", OffsetDateTime.class).toInstant(), rs.getObject("DUE_AT", OffsetDateTime.class).toInstant(),
                rs.getInt("SCORE"), List.of(), rs.getString("COMMENT_TEXT"),
                ref == null ? null : new FollowUp.Customer(ref, rs.getString("FIRST_NAME")), rs.getBoolean("CONSENT"),
                rs.getString("OWNER"), FollowUpStatus.valueOf(rs.getString("STATUS")), rs.getString("OUTCOME"), rs.getString("NOTE")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
