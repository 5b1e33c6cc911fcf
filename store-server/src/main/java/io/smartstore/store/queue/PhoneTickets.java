package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.StoreSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A ticket as its customer's phone knows it: by the random code of its link, on the ticket's day only (a forged
 * code, or yesterday's, finds nothing). From the phone, a called customer says "I'm on my way" (the floor sees it)
 * and a waiting one may leave the queue.
 */
@Service
public class PhoneTickets {

    /** The longest code a link carries (43 characters are made); anything longer is not looked up. */
    public static final int MAX_CODE_LENGTH = 64;
    private final TicketRepository repository;
    private final Tickets tickets;
    private final Clock clock;
    private final StoreSettings settings;

    PhoneTickets(TicketRepository repository, Tickets tickets, Clock clock, StoreSettings settings) {
        this.repository = repository;
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
    }

    /** Today's ticket behind a phone link, and the language its page speaks (English when the kiosk did not say). */
    public Optional<Link> find(String code) {
        if (code == null || code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        return repository.byPhoneCode(code, today());
    }

    /** Where the ticket of this link stands now. */
    public Optional<QueueTicket> status(Link link) {
        return tickets.status(link.ticket());
    }

    /** Whether the customer said "I'm on my way" since their call. */
    public boolean saidOnTheWay(Link link) {
        return repository.find(link.ticket(), today()).map(ticket -> ticket.onTheWayAt() != null).orElse(false);
    }

    /** The called customer is on their way to the desk; false when the ticket is not (or no longer) called. */
    @Transactional
    public boolean onMyWay(Link link) {
        return changed(link, ticket -> ticket.onTheWay(clock.instant()));
    }

    /** The customer leaves the queue; false when the ticket no longer waits (called meanwhile, or left already). */
    @Transactional
    public boolean leave(Link link) {
        return changed(link, ticket -> ticket.leave(clock.instant()));
    }

    private boolean changed(Link link, Predicate<Ticket> step) {
        return tickets.changeIf(link.ticket(), step);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** A phone link that works today: its ticket and the customer's language. */
    public record Link(String ticket, String language) {
    }
}
