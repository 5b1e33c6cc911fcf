package io.smartstore.store.queue;

import io.smartstore.protocol.token.DeviceTokens;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.StoreSettings;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of the day: take a ticket (and keep the wait range promised), see where it
 * stands, call the next one in an adviser's spheres, and take it through its life. A call
 * is a conditional update of a waiting ticket: two advisers calling at the same instant never
 * get the same ticket, whatever the number of servers.
 */
@Service
public class Tickets {

    private static final String WAITING_OR_SERVED = "SELECT %s FROM TICKET t LEFT JOIN VISIT v ON v.ID = t.VISIT_ID "
            + "LEFT JOIN CUSTOMER c ON c.REF = v.CUSTOMER_REF WHERE t.LOCAL_DATE = ? AND t.STATUS IN (%s) ORDER BY t.CREATED_AT, t.ID";
    private final JdbcClient jdbc;
    private final TicketCounter counter;
    private final AdviserDuty duty;
    private final Clock clock;
    private final StoreSettings settings;
    private final ApplicationEventPublisher events;
    private final QueueMeters meters;
    private final WaitForecasts forecasts;
    private final TextsOffer texts;

    Tickets(JdbcClient jdbc, Clock clock, StoreSettings settings, TicketCounter counter, AdviserDuty duty,
            ApplicationEventPublisher events, QueueMeters meters, WaitForecasts forecasts, TextsOffer texts) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.duty = duty;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.meters = meters;
        this.forecasts = forecasts;
        this.texts = texts;
    }

    @Transactional
    public QueueTicket take(String sphere, String topic, UUID visitId) {
        return take(sphere, topic, visitId, null, null);
    }

    /** A ticket taken at a kiosk, in that kiosk's session (when it says which). */
    @Transactional
    public QueueTicket take(String sphere, String topic, UUID visitId, String kioskId, UUID session) {
        return take(sphere, topic, visitId, kioskId, session, null);
    }

    /**
     * A ticket taken at a kiosk, with its page for the customer's phone ({@code phoneUrl}: a random code, valid that
     * day) in the customer's language, and whether its customer can be texted when their turn comes.
     */
    @Transactional
    public QueueTicket take(String sphere, String topic, UUID visitId, String kioskId, UUID session, String language) {
        LocalDate today = today();
        String letter = sphere.substring(0, 1).toUpperCase(Locale.ROOT);
        String id = "%s-%03d".formatted(letter, counter.next(today, letter));
        int ahead = jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE STATUS = 'WAITING' AND LOCAL_DATE = ? AND SPHERE = ?")
                .params(today, sphere).query(Integer.class).single();
        QueueTicket.Wait promised = forecasts.forTicketTaken(id, sphere);
        String phoneCode = DeviceTokens.newToken();
        jdbc.sql("""
                        INSERT INTO TICKET (ID, LOCAL_DATE, SPHERE, TOPIC, VISIT_ID, STATUS, CREATED_AT, PROMISED_MIN, PROMISED_MAX, KIOSK_ID,
                        SESSION_ID, PHONE_CODE, LANGUAGE) VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, today, sphere, topic, visitId, now(), promised.minMinutes(), promised.maxMinutes(),
                        session == null ? null : kioskId, session, phoneCode, language).update();
        events.publishEvent(new QueueChanged(id));
        // the answer from what was just decided: asking status() would play the queue again, the new ticket not yet kept
        return new QueueTicket(id, "WAITING", ahead + 1, promised, null, null,
                settings.store().publicUrl() + "/ticket/" + phoneCode, texts.canText(visitId));
    }

    /** The sphere and the adviser of a ticket of that day, for the answer that rates it. */
    public Optional<TicketFacts> facts(String id, LocalDate day) {
        return jdbc.sql("SELECT SPHERE, ADVISER, " + LAST_MOVE + " FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, day)
                .query(TicketFacts.class).optional();
    }

    /** The latest ticket a recognised visit took, if it took one. */
    public Optional<TicketFacts> factsOfVisit(UUID visitId) {
        return jdbc.sql("SELECT SPHERE, ADVISER, " + LAST_MOVE + " FROM TICKET WHERE VISIT_ID = ? ORDER BY CREATED_AT DESC FETCH FIRST 1 ROWS ONLY")
                .param(visitId).query(TicketFacts.class).optional();
    }

    /** Where a ticket stands for the customer: waiting (position, a fresh range) or called (adviser's name, desk). */
    public Optional<QueueTicket> status(String id) {
        record Row(String id, String status, String sphere, OffsetDateTime createdAt, String adviser, String desk) {
        }
        return jdbc.sql("SELECT ID, STATUS, SPHERE, CREATED_AT, ADVISER, DESK FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?")
                .params(id, today()).query(Row.class).optional().map(row -> {
                    if (!"WAITING".equals(row.status())) {
                        return new QueueTicket(row.id(), row.status(), 0, null, row.adviser(), row.desk());
                    }
                    int ahead = jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE STATUS = 'WAITING' AND LOCAL_DATE = ? AND SPHERE = ? AND CREATED_AT < ?")
                            .params(today(), row.sphere(), row.createdAt()).query(Integer.class).single();
                    return new QueueTicket(row.id(), "WAITING", ahead + 1, forecasts.forWaiting(row.id(), row.sphere()), null, null);
                });
    }

    /** The floor now: tickets waiting (oldest first) and tickets called or being served. */
    public Floor floor() {
        List<Floor.Waiting> read = jdbc.sql(WAITING_OR_SERVED.formatted(
                        "t.ID, t.SPHERE, t.TOPIC, t.CREATED_AT, t.PROMISED_MIN, t.PROMISED_MAX, t.VISIT_ID, c.FIRST_NAME", "'WAITING'"))
                .param(today())
                .query((rs, i) -> new Floor.Waiting(rs.getString("ID"), rs.getString("SPHERE"), rs.getString("TOPIC"),
                        rs.getObject("CREATED_AT", OffsetDateTime.class).toInstant(), promised(rs.getObject("PROMISED_MIN", Integer.class),
                        rs.getObject("PROMISED_MAX", Integer.class)), rs.getObject("VISIT_ID") != null, rs.getString("FIRST_NAME"), null))
                .list();
        Map<String, QueueTicket.Wait> expected = forecasts.ranges();
        List<Floor.Waiting> waiting = read.stream().map(ticket -> ticket.withExpected(expected.get(ticket.ticket()))).toList();
        List<Floor.InService> inService = jdbc.sql(WAITING_OR_SERVED.formatted(
                        "t.ID, t.SPHERE, t.STATUS, t.ADVISER, t.ADVISER_USERNAME, t.DESK, t.CALLED_AT, t.VISIT_ID, t.ON_THE_WAY_AT", "'CALLED', 'SERVING'"))
                .param(today())
                .query((rs, i) -> new Floor.InService(rs.getString("ID"), rs.getString("SPHERE"), rs.getString("STATUS"),
                        rs.getString("ADVISER"), rs.getString("ADVISER_USERNAME"), rs.getString("DESK"),
                        rs.getObject("CALLED_AT", OffsetDateTime.class).toInstant(), rs.getObject("VISIT_ID") != null,
                        rs.getObject("ON_THE_WAY_AT") != null))
                .list();
        return new Floor(waiting, inService, duty.count());
    }

    /**
     * Calls the longest-waiting ticket in these spheres (all spheres when none are named).
     * Calls queue on the database's queue lock, one transaction at a time, and the ticket is
     * taken with a conditional update: two advisers never get the same ticket.
     */
    @Transactional
    public Optional<QueueTicket> callNext(Caller caller) {
        lockTheQueue();
        String spheres = caller.spheres().isEmpty() ? "" : " AND SPHERE IN (:spheres)";
        var query = jdbc.sql("SELECT ID FROM TICKET WHERE STATUS = 'WAITING' AND LOCAL_DATE = :day" + spheres
                + " ORDER BY CREATED_AT, ID FETCH FIRST 1 ROWS ONLY").param("day", today());
        Optional<String> next = (caller.spheres().isEmpty() ? query : query.param("spheres", caller.spheres())).query(String.class).optional();
        return next.filter(id -> takeIfWaiting(id, caller)).flatMap(this::status);
    }

    private void lockTheQueue() {
        jdbc.sql("SELECT ID FROM QUEUE_LOCK WHERE ID = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** Calls a chosen waiting ticket. */
    @Transactional
    public QueueTicket call(String id, Caller caller) {
        lockTheQueue();
        TicketState state = stateOf(id);
        if (!TicketState.Step.CALL.allowedFrom(state) || !takeIfWaiting(id, caller)) {
            throw illegal(TicketState.Step.CALL, stateOf(id));
        }
        return status(id).orElseThrow();
    }

    private boolean takeIfWaiting(String id, Caller caller) {
        boolean taken = jdbc.sql("""
                        UPDATE TICKET SET STATUS = 'CALLED', CALLED_AT = ?, ADVISER = ?, ADVISER_USERNAME = ?, DESK = ?
                        WHERE ID = ? AND LOCAL_DATE = ? AND STATUS = 'WAITING'""")
                .params(now(), caller.displayName(), caller.username(), caller.desk(), id, today()).update() == 1;
        if (taken) {
            events.publishEvent(new QueueChanged(id));
            jdbc.sql("SELECT CREATED_AT, CALLED_AT FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, today())
                    .query((rs, i) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                    .optional().ifPresent(meters::called);
        }
        return taken;
    }

    /** How a visit at a desk ends. */
    public static final List<String> OUTCOMES = List.of("RESOLVED", "FOLLOW_UP", "SALE", "REDIRECTED");

    /**
     * Takes a ticket one step: recall, start, no-show, transfer (to {@code sphere}) or finish
     * (with {@code outcome} and {@code note}). Only the adviser holding it, or a manager, may.
     */
    @Transactional
    public QueueTicket step(String id, TicketState.Step step, Actor actor, String sphere, String outcome, String note) {
        if (step == TicketState.Step.FINISH && !OUTCOMES.contains(outcome)) {
            throw new Refusal(ProblemCode.INVALID_CALL, "A visit ends RESOLVED, FOLLOW_UP, SALE or REDIRECTED");
        }
        record Held(String status, String adviserUsername) {
        }
        Held held = jdbc.sql("SELECT STATUS, ADVISER_USERNAME FROM TICKET WHERE ID = ? AND LOCAL_DATE = ? FOR UPDATE")
                .params(id, today()).query(Held.class).optional().orElseThrow(() -> unknown(id));
        TicketState state = TicketState.valueOf(held.status());
        if (!step.allowedFrom(state)) {
            throw illegal(step, state);
        }
        if (held.adviserUsername() != null && !held.adviserUsername().equals(actor.username()) && !actor.manager()) {
            throw new Refusal(ProblemCode.NOT_YOUR_TICKET, "Another adviser holds this ticket");
        }
        OffsetDateTime now = now();
        switch (step) {
            case RECALL -> jdbc.sql("UPDATE TICKET SET RECALLS = RECALLS + 1, CALLED_AT = ? WHERE ID = ? AND LOCAL_DATE = ?")
                    .params(now, id, today()).update();
            case START -> jdbc.sql("UPDATE TICKET SET STATUS = 'SERVING', STARTED_AT = ? WHERE ID = ? AND LOCAL_DATE = ?")
                    .params(now, id, today()).update();
            case NO_SHOW -> jdbc.sql("UPDATE TICKET SET STATUS = 'NO_SHOW', FINISHED_AT = ? WHERE ID = ? AND LOCAL_DATE = ?")
                    .params(now, id, today()).update();
            case TRANSFER -> jdbc.sql("""
                            UPDATE TICKET SET STATUS = 'WAITING', SPHERE = ?, CALLED_AT = NULL, STARTED_AT = NULL, ADVISER = NULL,
                            ADVISER_USERNAME = NULL, DESK = NULL, ON_THE_WAY_AT = NULL WHERE ID = ? AND LOCAL_DATE = ?""")
                    .params(sphere, id, today()).update();
            case FINISH -> jdbc.sql("""
                            UPDATE TICKET SET STATUS = 'DONE', STARTED_AT = COALESCE(STARTED_AT, CALLED_AT), FINISHED_AT = ?,
                            OUTCOME = ?, NOTE = ? WHERE ID = ? AND LOCAL_DATE = ?""")
                    .params(now, outcome, note, id, today()).update();
            case CALL -> throw new IllegalArgumentException("a call is made with call() or callNext()");
        }
        events.publishEvent(new QueueChanged(id));
        return status(id).orElseThrow();
    }

    /** Waits promised vs kept on a day (scoring.md); tickets still waiting count as not kept once the day is over. */
    public Waits waitsOn(LocalDate day) {
        List<Waits.TicketWait> tickets = jdbc.sql("SELECT CREATED_AT, CALLED_AT, PROMISED_MIN, PROMISED_MAX, STATUS, FINISHED_AT FROM TICKET WHERE LOCAL_DATE = ?")
                .param(day).query((rs, i) -> new Waits.TicketWait(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getObject(3, Integer.class), rs.getObject(4, Integer.class),
                        TicketState.valueOf(rs.getString(5)) == TicketState.NO_SHOW,
                        TicketState.valueOf(rs.getString(5)) == TicketState.LEFT ? rs.getObject(6, OffsetDateTime.class).toInstant() : null)).list();
        return Waits.of(tickets, day.isBefore(today()));
    }

    /**
     * The customer of today's anonymous ticket recognised at the desk: the ticket joins their visit (the floor sees
     * who they are). The kiosk session the ticket was taken in, when the kiosk said which. Refused when the ticket's
     * customer is recognised already or its visit is over.
     */
    @Transactional
    public Optional<KioskSessionOfTicket> recognise(String id, UUID visitId) {
        record Row(String status, UUID visitId, String kioskId, UUID sessionId) {
        }
        Row row = jdbc.sql("SELECT STATUS, VISIT_ID, KIOSK_ID, SESSION_ID FROM TICKET WHERE ID = ? AND LOCAL_DATE = ? FOR UPDATE")
                .params(id, today()).query(Row.class).optional().orElseThrow(() -> unknown(id));
        if (row.visitId() != null) {
            throw new Refusal(ProblemCode.TICKET_RECOGNISED, "This ticket's customer is recognised already");
        }
        TicketState state = TicketState.valueOf(row.status());
        if (state == TicketState.DONE || state == TicketState.NO_SHOW) {
            throw new Refusal(ProblemCode.ILLEGAL_TRANSITION, "This ticket is " + state.words() + ": its customer can no longer be recognised on it");
        }
        jdbc.sql("UPDATE TICKET SET VISIT_ID = ? WHERE ID = ? AND LOCAL_DATE = ?").params(visitId, id, today()).update();
        events.publishEvent(new QueueChanged(id));
        return row.sessionId() == null ? Optional.empty() : Optional.of(new KioskSessionOfTicket(row.kioskId(), row.sessionId()));
    }

    /** The kiosk session a ticket was taken in. */
    public record KioskSessionOfTicket(String kioskId, UUID session) {
    }

    /** The visit a ticket belongs to, when a recognised customer took it. */
    public Optional<UUID> visitOf(String id) {
        return jdbc.sql("SELECT VISIT_ID FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, today())
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional().orElseThrow(() -> unknown(id));
    }

    private TicketState stateOf(String id) {
        return jdbc.sql("SELECT STATUS FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, today())
                .query(String.class).optional().map(TicketState::valueOf).orElseThrow(() -> unknown(id));
    }

    private static QueueTicket.Wait promised(Integer min, Integer max) {
        return min == null || max == null ? null : new QueueTicket.Wait(min, max);
    }

    private static Refusal illegal(TicketState.Step step, TicketState state) {
        return new Refusal(ProblemCode.ILLEGAL_TRANSITION, step == TicketState.Step.CALL && state == TicketState.CALLED
                ? "Another adviser called this ticket a moment ago"
                : "This ticket is " + state.words() + ": it cannot be " + step.words());
    }

    private static Refusal unknown(String id) {
        return new Refusal(ProblemCode.UNKNOWN_TICKET, "No such ticket today");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static final String LAST_MOVE = "COALESCE(FINISHED_AT, STARTED_AT, CALLED_AT, CREATED_AT) AS LAST_MOVE_AT";

    /** What an answer inherits from the ticket it rates; when the ticket last moved (taken, called, served, finished). */
    public record TicketFacts(String sphere, String adviser, OffsetDateTime lastMoveAt) {
    }

    /** An adviser calling: their account, the name customers see, their desk, the spheres they serve (empty: all). */
    public record Caller(String username, String displayName, String desk, List<String> spheres) {
    }

    /** Who acts on a ticket; a manager may act on any. */
    public record Actor(String username, boolean manager) {
    }
}
