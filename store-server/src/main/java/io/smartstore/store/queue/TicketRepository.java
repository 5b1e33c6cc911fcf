package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.smartstore.protocol.wire.TicketStatus.CALLED;
import static io.smartstore.protocol.wire.TicketStatus.DONE;
import static io.smartstore.protocol.wire.TicketStatus.NO_SHOW;
import static io.smartstore.protocol.wire.TicketStatus.SERVING;
import static io.smartstore.protocol.wire.TicketStatus.WAITING;

/**
 * The day's tickets in the TICKET table: loads a {@link Ticket} (locked for the transaction that changes it) and
 * stores it back, and answers the queue's read questions. Statuses are written and read only as
 * {@link TicketStatus} names, bound as parameters; the rules live in {@link Ticket}.
 */
@Repository
class TicketRepository {

    private static final String COLUMNS = "ID, SPHERE, STATUS, ADVISER_USERNAME, ADVISER, DESK, CALLED_AT, STARTED_AT, FINISHED_AT, "
            + "ON_THE_WAY_AT, RECALLS, OUTCOME, NOTE, VISIT_ID";
    private static final String LAST_MOVE = "COALESCE(FINISHED_AT, STARTED_AT, CALLED_AT, CREATED_AT) AS LAST_MOVE_AT";
    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today's ticket, locked until the transaction ends: the one way to change it. */
    Optional<Ticket> lock(String id, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM TICKET WHERE ID = ? AND LOCAL_DATE = ? FOR UPDATE").params(id, day)
                .query((rs, i) -> ticket(rs)).optional();
    }

    /** Takes the queue's lock until the transaction ends: calls are made one at a time, whatever the number of servers. */
    void lockTheQueue() {
        jdbc.sql("SELECT ID FROM QUEUE_LOCK WHERE ID = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** A ticket of that day as it stands, to read. */
    Optional<Ticket> find(String id, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, day)
                .query((rs, i) -> ticket(rs)).optional();
    }

    /** A ticket just taken, with what it was promised and where it was taken. */
    void insert(Ticket ticket, LocalDate day, Taken taken) {
        jdbc.sql("""
                        INSERT INTO TICKET (ID, LOCAL_DATE, SPHERE, TOPIC, VISIT_ID, STATUS, CREATED_AT, PROMISED_MIN, PROMISED_MAX, KIOSK_ID,
                        SESSION_ID, PHONE_CODE, LANGUAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket.id(), day, ticket.sphere(), taken.topic(), ticket.visitId(), ticket.status().name(), utc(taken.at()),
                        taken.promised().minMinutes(), taken.promised().maxMinutes(), taken.kioskId(), taken.session(),
                        taken.phoneCode(), taken.language()).update();
    }

    /** Where a ticket was taken: what for, when, what it was promised, which kiosk session, its phone link and language. */
    record Taken(String topic, Instant at, QueueTicket.Wait promised, String kioskId, UUID session, String phoneCode, String language) {
    }

    /** Writes back what a step changed. */
    void save(Ticket ticket, LocalDate day) {
        Ticket.Holder holder = ticket.holder();
        jdbc.sql("""
                        UPDATE TICKET SET SPHERE = ?, STATUS = ?, ADVISER_USERNAME = ?, ADVISER = ?, DESK = ?, CALLED_AT = ?, STARTED_AT = ?,
                        FINISHED_AT = ?, ON_THE_WAY_AT = ?, RECALLS = ?, OUTCOME = ?, NOTE = ?, VISIT_ID = ? WHERE ID = ? AND LOCAL_DATE = ?""")
                .params(ticket.sphere(), ticket.status().name(), holder == null ? null : holder.username(),
                        holder == null ? null : holder.displayName(), holder == null ? null : holder.desk(), utc(ticket.calledAt()),
                        utc(ticket.startedAt()), utc(ticket.finishedAt()), utc(ticket.onTheWayAt()), ticket.recalls(),
                        ticket.outcome() == null ? null : ticket.outcome().name(), ticket.note(), ticket.visitId(), ticket.id(), day)
                .update();
    }

    /** The longest-waiting ticket of these spheres (all when empty). */
    Optional<String> oldestWaiting(LocalDate day, List<String> spheres) {
        String inSpheres = spheres.isEmpty() ? "" : " AND SPHERE IN (:spheres)";
        var query = jdbc.sql("SELECT ID FROM TICKET WHERE STATUS = :waiting AND LOCAL_DATE = :day" + inSpheres
                + " ORDER BY CREATED_AT, ID FETCH FIRST 1 ROWS ONLY").param("waiting", WAITING.name()).param("day", day);
        return (spheres.isEmpty() ? query : query.param("spheres", spheres)).query(String.class).optional();
    }

    /** How many of the day's tickets wait in a sphere, taken before {@code before} (all of them when null). */
    int waitingAhead(LocalDate day, String sphere, Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE STATUS = ? AND LOCAL_DATE = ? AND SPHERE = ?" + (before == null ? "" : " AND CREATED_AT < ?"))
                .params(before == null ? List.of(WAITING.name(), day, sphere) : List.of(WAITING.name(), day, sphere, utc(before)))
                .query(Integer.class).single();
    }

    /** How many tickets wait now, all spheres. */
    long waiting(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE STATUS = ? AND LOCAL_DATE = ?").params(WAITING.name(), day).query(Long.class).single();
    }

    /** Where a ticket stands, for its customer. */
    Optional<Standing> standing(String id, LocalDate day) {
        return jdbc.sql("SELECT ID, STATUS, SPHERE, CREATED_AT, ADVISER, DESK FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, day)
                .query((rs, i) -> new Standing(rs.getString("ID"), TicketStatus.valueOf(rs.getString("STATUS")), rs.getString("SPHERE"),
                        instant(rs, "CREATED_AT"), rs.getString("ADVISER"), rs.getString("DESK"))).optional();
    }

    record Standing(String id, TicketStatus status, String sphere, Instant createdAt, String adviser, String desk) {
    }

    /** The day's waiting tickets, oldest first, with a recognised customer's first name. */
    List<Floor.Waiting> waitingOnTheFloor(LocalDate day) {
        return jdbc.sql("""
                        SELECT t.ID, t.SPHERE, t.TOPIC, t.CREATED_AT, t.PROMISED_MIN, t.PROMISED_MAX, t.VISIT_ID, c.FIRST_NAME FROM TICKET t
                        LEFT JOIN VISIT v ON v.ID = t.VISIT_ID LEFT JOIN CUSTOMER c ON c.REF = v.CUSTOMER_REF
                        WHERE t.LOCAL_DATE = ? AND t.STATUS = ? ORDER BY t.CREATED_AT, t.ID""")
                .params(day, WAITING.name())
                .query((rs, i) -> new Floor.Waiting(rs.getString("ID"), rs.getString("SPHERE"), rs.getString("TOPIC"),
                        instant(rs, "CREATED_AT"), promised(rs.getObject("PROMISED_MIN", Integer.class), rs.getObject("PROMISED_MAX", Integer.class)),
                        rs.getObject("VISIT_ID") != null, rs.getString("FIRST_NAME"), null))
                .list();
    }

    /** The day's tickets called or being served, in the order they were taken. */
    List<Floor.InService> inService(LocalDate day) {
        return jdbc.sql("""
                        SELECT ID, SPHERE, STATUS, ADVISER, ADVISER_USERNAME, DESK, CALLED_AT, VISIT_ID, ON_THE_WAY_AT FROM TICKET
                        WHERE LOCAL_DATE = ? AND STATUS IN (?, ?) ORDER BY CREATED_AT, ID""")
                .params(day, CALLED.name(), SERVING.name())
                .query((rs, i) -> new Floor.InService(rs.getString("ID"), rs.getString("SPHERE"), TicketStatus.valueOf(rs.getString("STATUS")),
                        rs.getString("ADVISER"), rs.getString("ADVISER_USERNAME"), rs.getString("DESK"), instant(rs, "CALLED_AT"),
                        rs.getObject("VISIT_ID") != null, rs.getObject("ON_THE_WAY_AT") != null))
                .list();
    }

    /** The day's waiting tickets for the wait estimator, oldest first. */
    List<WaitEstimator.Waiting> waitingForEstimate(LocalDate day) {
        return jdbc.sql("SELECT ID, SPHERE FROM TICKET WHERE LOCAL_DATE = ? AND STATUS = ? ORDER BY CREATED_AT, ID").params(day, WAITING.name())
                .query((rs, i) -> new WaitEstimator.Waiting(rs.getString(1), rs.getString(2))).list();
    }

    /** Who holds a ticket now, in which sphere, since their call. */
    record Held(String username, String sphere, Instant calledAt) {
    }

    List<Held> held(LocalDate day) {
        return jdbc.sql("SELECT ADVISER_USERNAME, SPHERE, CALLED_AT FROM TICKET WHERE LOCAL_DATE = ? AND STATUS IN (?, ?) ORDER BY CALLED_AT")
                .params(day, CALLED.name(), SERVING.name())
                .query((rs, i) -> new Held(rs.getString(1), rs.getString(2), instant(rs, "CALLED_AT"))).list();
    }

    /** A finished ticket's sphere and how long it took its adviser, from the call to the end (served, or not come). */
    record Occupied(String sphere, Duration took) {
    }

    List<Occupied> occupied(LocalDate day) {
        return jdbc.sql("SELECT SPHERE, CALLED_AT, FINISHED_AT FROM TICKET WHERE LOCAL_DATE = ? AND STATUS IN (?, ?) AND CALLED_AT IS NOT NULL")
                .params(day, DONE.name(), NO_SHOW.name())
                .query((rs, i) -> new Occupied(rs.getString(1), Duration.between(instant(rs, "CALLED_AT"), instant(rs, "FINISHED_AT")))).list();
    }

    /** Every ticket of a day as the waits judge it. */
    List<Waits.TicketWait> waitsOn(LocalDate day) {
        return jdbc.sql("SELECT CREATED_AT, CALLED_AT, PROMISED_MIN, PROMISED_MAX, STATUS, FINISHED_AT FROM TICKET WHERE LOCAL_DATE = ?")
                .param(day).query((rs, i) -> {
                    TicketStatus status = TicketStatus.valueOf(rs.getString("STATUS"));
                    return new Waits.TicketWait(instant(rs, "CREATED_AT"), instant(rs, "CALLED_AT"),
                            rs.getObject("PROMISED_MIN", Integer.class), rs.getObject("PROMISED_MAX", Integer.class), status == NO_SHOW,
                            status == TicketStatus.LEFT ? instant(rs, "FINISHED_AT") : null);
                }).list();
    }

    Optional<Tickets.TicketFacts> facts(String id, LocalDate day) {
        return jdbc.sql("SELECT SPHERE, ADVISER, " + LAST_MOVE + " FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, day)
                .query(Tickets.TicketFacts.class).optional();
    }

    Optional<Tickets.TicketFacts> factsOfVisit(UUID visitId) {
        return jdbc.sql("SELECT SPHERE, ADVISER, " + LAST_MOVE + " FROM TICKET WHERE VISIT_ID = ? ORDER BY CREATED_AT DESC FETCH FIRST 1 ROWS ONLY")
                .param(visitId).query(Tickets.TicketFacts.class).optional();
    }

    /** The kiosk session a ticket was taken in, when the kiosk said which. */
    Optional<Tickets.KioskSessionOfTicket> sessionOf(String id, LocalDate day) {
        return jdbc.sql("SELECT KIOSK_ID, SESSION_ID FROM TICKET WHERE ID = ? AND LOCAL_DATE = ? AND SESSION_ID IS NOT NULL").params(id, day)
                .query((rs, i) -> new Tickets.KioskSessionOfTicket(rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    /** The ticket behind a phone link, and the language its page speaks (null when the kiosk did not say). */
    Optional<PhoneTickets.Link> byPhoneCode(String code, LocalDate day) {
        return jdbc.sql("SELECT ID, LANGUAGE FROM TICKET WHERE PHONE_CODE = ? AND LOCAL_DATE = ?").params(code, day)
                .query((rs, i) -> new PhoneTickets.Link(rs.getString(1), Optional.ofNullable(rs.getString(2)).orElse("en"))).optional();
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        String username = rs.getString("ADVISER_USERNAME");
        String outcome = rs.getString("OUTCOME");
        return Ticket.stored(rs.getString("ID"), rs.getString("SPHERE"), TicketStatus.valueOf(rs.getString("STATUS")),
                username == null ? null : new Ticket.Holder(username, rs.getString("ADVISER"), rs.getString("DESK")),
                instant(rs, "CALLED_AT"), instant(rs, "STARTED_AT"), instant(rs, "FINISHED_AT"), instant(rs, "ON_THE_WAY_AT"),
                rs.getInt("RECALLS"), outcome == null ? null : TicketOutcome.valueOf(outcome), rs.getString("NOTE"),
                rs.getObject("VISIT_ID", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static QueueTicket.Wait promised(Integer min, Integer max) {
        return min == null || max == null ? null : new QueueTicket.Wait(min, max);
    }
}
