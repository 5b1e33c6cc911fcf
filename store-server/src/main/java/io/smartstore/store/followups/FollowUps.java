package io.smartstore.store.followups;

import io.smartstore.protocol.nps.Score;
import io.smartstore.store.webhooks.StoreEvents;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.reasons.AnswerReasons;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follow-ups: opened by a detractor's answer (0–6) that has a comment or consent to be
 * contacted, due {@code smartstore.follow-ups.due} later, taken by an owner, contacted,
 * closed with an outcome. Figures per day follow scoring.md ("Follow-ups").
 */
@Service
public class FollowUps {

    private static final String SELECT = """
            SELECT f.ID, f.CREATED_AT, f.DUE_AT, f.FEEDBACK_ID, f.SCORE, f.COMMENT_TEXT, f.CUSTOMER_REF, c.FIRST_NAME, f.CONSENT,
                   f.OWNER, f.STATUS, f.OUTCOME, f.NOTE FROM FOLLOW_UP f LEFT JOIN CUSTOMER c ON c.REF = f.CUSTOMER_REF""";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FollowUpSettings settings;
    private final java.time.ZoneId zone;
    private final String storeId;
    private final AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final io.smartstore.support.webhooks.Webhooks webhooks;

    FollowUps(JdbcClient jdbc, Clock clock, FollowUpSettings settings, StoreSettings store, AnswerReasons reasons,
              io.smartstore.support.audit.AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
              io.smartstore.support.webhooks.Webhooks webhooks) {
        this.audit = audit;
        this.webhooks = webhooks;
        this.events = events;
        this.reasons = reasons;
        this.jdbc = jdbc;
        this.zone = store.store().zone();
        this.storeId = store.store().id();
        this.clock = clock;
        this.settings = settings;
    }

    /** Whether an answer opens a follow-up: a detractor who wrote something or agreed to be called. */
    public static boolean opens(int score, String comment, boolean consent) {
        return Score.tallyOf(score).detractors() == 1 && (comment != null && !comment.isBlank() || consent);
    }

    public void open(UUID feedbackId, Instant answeredAt, LocalDate localDate, int score, String comment,
                     String customerRef, boolean consent) {
        open(feedbackId, answeredAt, localDate, score, comment, customerRef, consent, null);
    }

    /**
     * Opens the follow-up of an answer; the customer is named only when recognised and consenting. Such a customer
     * last seen in the shop ({@code lastSeen}: their kiosk visit or their ticket's last move) less than the in-store
     * window ago is still there: every adviser on duty is told at once, to recover it in the moment.
     */
    public void open(UUID feedbackId, Instant answeredAt, LocalDate localDate, int score, String comment,
                     String customerRef, boolean consent, Instant lastSeen) {
        Instant inStoreUntil = consent && customerRef != null && lastSeen != null ? lastSeen.plus(settings.inStoreWindow()) : null;
        boolean inTheShop = inStoreUntil != null && clock.instant().isBefore(inStoreUntil);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO FOLLOW_UP (ID, FEEDBACK_ID, CREATED_AT, DUE_AT, LOCAL_DATE, SCORE, COMMENT_TEXT, CUSTOMER_REF, CONSENT, STATUS, IN_STORE_UNTIL)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, feedbackId, utc(answeredAt), utc(answeredAt.plus(settings.due())), localDate, score,
                        comment, consent ? customerRef : null, consent, inTheShop ? utc(inStoreUntil) : null)
                .update();
        tell(StoreEvents.FOLLOW_UP_OPENED, find(id).orElseThrow());
        if (inTheShop) {
            events.publishEvent(new DetractorInTheShop(id));
        }
    }

    /** The follow-ups of customers still in the shop that nobody has taken yet, the newest first. */
    public List<FollowUp> inTheShop() {
        return withReasons(jdbc.sql(SELECT + " WHERE f.STATUS = 'OPEN' AND f.OWNER IS NULL AND f.IN_STORE_UNTIL > ? ORDER BY f.CREATED_AT DESC, f.ID")
                .param(utc(clock.instant())).query((rs, i) -> read(rs)).list());
    }

    /** How a follow-up closed in the moment ends: the customer recovered before leaving the shop. */
    public static final String RECOVERED_IN_THE_SHOP = "RECOVERED_IN_THE_SHOP";

    public List<FollowUp> withStatus(String status) {
        String where = status == null ? "" : " WHERE f.STATUS = ?";
        var query = jdbc.sql(SELECT + where + " ORDER BY f.DUE_AT, f.ID");
        return withReasons((status == null ? query : query.param(status)).query((rs, i) -> read(rs)).list());
    }

    /** Those not closed yet, the most urgent (earliest due) first. */
    public List<FollowUp> notClosed() {
        return withReasons(jdbc.sql(SELECT + " WHERE f.STATUS <> 'CLOSED' ORDER BY f.DUE_AT, f.ID").query((rs, i) -> read(rs)).list());
    }

    /** Takes, contacts or closes a follow-up; each given field replaces the one before. */
    @Transactional
    public FollowUp update(UUID id, String owner, String status, String outcome, String note) {
        FollowUp before = find(id).orElseThrow(FollowUps::unknown);
        if (owner != null) {
            jdbc.sql("UPDATE FOLLOW_UP SET OWNER = ? WHERE ID = ?").params(owner.isBlank() ? null : owner, id).update();
        }
        if (outcome != null) {
            jdbc.sql("UPDATE FOLLOW_UP SET OUTCOME = ? WHERE ID = ?").params(outcome, id).update();
        }
        if (note != null) {
            jdbc.sql("UPDATE FOLLOW_UP SET NOTE = ? WHERE ID = ?").params(note, id).update();
        }
        if (status != null) {
            jdbc.sql("UPDATE FOLLOW_UP SET STATUS = ?, CLOSED_AT = ? WHERE ID = ?")
                    .params(status, status.equals("CLOSED") ? utc(clock.instant()) : null, id).update();
        }
        audit.record(io.smartstore.support.audit.AuditAction.FOLLOW_UP_CHANGED, id.toString());
        FollowUp after = find(id).orElseThrow();
        if (after.owner() != null && !after.owner().equals(before.owner())) {
            tell(StoreEvents.FOLLOW_UP_TAKEN, after);
        }
        if ("CLOSED".equals(after.status()) && !"CLOSED".equals(before.status())) {
            tell(StoreEvents.FOLLOW_UP_CLOSED, after);
        }
        return after;
    }

    /** Tells subscribers: the follow-up as the API shows it, the customer by reference only. */
    private void tell(String event, FollowUp followUp) {
        webhooks.publish(event, storeId, FollowUpEvent.of(followUp));
    }

    /** A follow-up closed at a known time, as a shop's history shows it (the demo shop's past). */
    @Transactional
    public void closedAt(UUID id, String owner, String outcome, String note, Instant closedAt) {
        jdbc.sql("UPDATE FOLLOW_UP SET OWNER = ?, STATUS = 'CLOSED', OUTCOME = ?, NOTE = ?, CLOSED_AT = ? WHERE ID = ?")
                .params(owner, outcome, note, utc(closedAt), id).update();
    }

    /**
     * A day's figures: follow-ups opened that day, the share of those due that day closed
     * before their due time, and those overdue now (not closed, past due).
     */
    public Figures on(LocalDate day) {
        long opened = jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE LOCAL_DATE = ?").param(day).query(Long.class).single();
        Due due = dueOn(day);
        long overdue = jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE STATUS <> 'CLOSED' AND DUE_AT < ?").param(utc(clock.instant()))
                .query(Long.class).single();
        long recovered = jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE LOCAL_DATE = ? AND STATUS = 'CLOSED' AND OUTCOME = ?")
                .params(day, RECOVERED_IN_THE_SHOP).query(Long.class).single();
        return new Figures(opened, due.due() == 0 ? null : io.smartstore.protocol.nps.Rounding.twoDecimals((double) due.closedInTime() / due.due()),
                overdue, recovered);
    }

    /** The follow-ups due on the store's local day (not a UTC date), and how many were closed before their due time. */
    public Due dueOn(LocalDate day) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS DUE, COALESCE(SUM(CASE WHEN CLOSED_AT IS NOT NULL AND CLOSED_AT <= DUE_AT THEN 1 ELSE 0 END), 0) AS CLOSED_IN_TIME
                        FROM FOLLOW_UP WHERE DUE_AT >= ? AND DUE_AT < ?""")
                .params(utc(day.atStartOfDay(zone).toInstant()), utc(day.plusDays(1).atStartOfDay(zone).toInstant())).query(Due.class).single();
    }

    /** A day's follow-ups due, and those closed in time. */
    public record Due(long due, long closedInTime) {
    }

    /** When each follow-up not yet closed and past due now was due, the oldest first. */
    public List<Instant> overdueSince() {
        return jdbc.sql("SELECT DUE_AT FROM FOLLOW_UP WHERE STATUS <> 'CLOSED' AND DUE_AT < ? ORDER BY DUE_AT").param(utc(clock.instant()))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    private Optional<FollowUp> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE f.ID = ?").param(id).query((rs, i) -> read(rs)).optional().map(one -> withReasons(List.of(one)).getFirst());
    }

    /** A follow-up as read, before the reasons of its answer are added. */
    private record Read(UUID feedbackId, FollowUp followUp) {
    }

    private List<FollowUp> withReasons(List<Read> read) {
        Map<UUID, List<String>> byAnswer = reasons.of(read.stream().map(Read::feedbackId).toList());
        return read.stream().map(one -> one.followUp().withReasons(byAnswer.getOrDefault(one.feedbackId(), List.of()))).toList();
    }

    private static Read read(java.sql.ResultSet rs) throws java.sql.SQLException {
        String ref = rs.getString("CUSTOMER_REF");
        return new Read(rs.getObject("FEEDBACK_ID", UUID.class), new FollowUp(rs.getObject("ID", UUID.class), rs.getObject("CREATED_AT", OffsetDateTime.class).toInstant(),
                rs.getObject("DUE_AT", OffsetDateTime.class).toInstant(), rs.getInt("SCORE"),
                List.of(), rs.getString("COMMENT_TEXT"),
                ref == null ? null : new FollowUp.Customer(ref, rs.getString("FIRST_NAME")), rs.getBoolean("CONSENT"),
                rs.getString("OWNER"), rs.getString("STATUS"), rs.getString("OUTCOME"), rs.getString("NOTE")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.NOT_FOUND, "No such follow-up");
    }

    /** {@code followUps} in the daily scores; {@code recoveredInTheShop}: those of the day closed as recovered before the customer left. */
    public record Figures(long opened, Double closedInTime, long overdue, long recoveredInTheShop) {
    }
}
