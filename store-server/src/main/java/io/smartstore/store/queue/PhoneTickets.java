package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.StoreSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A ticket as its customer's phone knows it: by the random code of its link, on the ticket's day only (a forged
 * code, or yesterday's, finds nothing). From the phone, a called customer says "I'm on my way" (the floor sees it)
 * and a waiting one may leave the queue.
 */
@Service
public class PhoneTickets {

    /** The longest code a link carries (43 characters are made); anything longer is not looked up. */
    public static final int MAX_CODE_LENGTH = 64;
    private final JdbcClient jdbc;
    private final Tickets tickets;
    private final Clock clock;
    private final StoreSettings settings;
    private final ApplicationEventPublisher events;

    PhoneTickets(JdbcClient jdbc, Tickets tickets, Clock clock, StoreSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    /** Today's ticket behind a phone link, and the language its page speaks (English when the kiosk did not say). */
    public Optional<Link> find(String code) {
        if (code == null || code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT ID, LANGUAGE FROM TICKET WHERE PHONE_CODE = ? AND LOCAL_DATE = ?").params(code, today())
                .query((rs, i) -> new Link(rs.getString(1), Optional.ofNullable(rs.getString(2)).orElse("en"))).optional();
    }

    /** Where the ticket of this link stands now. */
    public Optional<QueueTicket> status(Link link) {
        return tickets.status(link.ticket());
    }

    /** Whether the customer said "I'm on my way" since their call. */
    public boolean saidOnTheWay(Link link) {
        return jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE ID = ? AND LOCAL_DATE = ? AND ON_THE_WAY_AT IS NOT NULL")
                .params(link.ticket(), today()).query(Integer.class).single() == 1;
    }

    /** The called customer is on their way to the desk; false when the ticket is not (or no longer) called. */
    @Transactional
    public boolean onMyWay(Link link) {
        return changed(link, jdbc.sql("UPDATE TICKET SET ON_THE_WAY_AT = COALESCE(ON_THE_WAY_AT, ?) WHERE ID = ? AND LOCAL_DATE = ? AND STATUS = 'CALLED'")
                .params(clock.instant().atOffset(ZoneOffset.UTC), link.ticket(), today()).update());
    }

    /** The customer leaves the queue; false when the ticket no longer waits (called meanwhile, or left already). */
    @Transactional
    public boolean leave(Link link) {
        return changed(link, jdbc.sql("UPDATE TICKET SET STATUS = 'LEFT', FINISHED_AT = ? WHERE ID = ? AND LOCAL_DATE = ? AND STATUS = 'WAITING'")
                .params(clock.instant().atOffset(ZoneOffset.UTC), link.ticket(), today()).update());
    }

    private boolean changed(Link link, int rows) {
        if (rows == 1) {
            events.publishEvent(new QueueChanged(link.ticket()));
        }
        return rows == 1;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** A phone link that works today: its ticket and the customer's language. */
    public record Link(String ticket, String language) {
    }
}
