package io.smartstore.store.queue;

import jakarta.annotation.security.RolesAllowed;
import io.smartstore.protocol.token.DeviceTokens;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.TicketStatus;
import io.smartstore.store.StoreSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The queue of the day, as the kiosks, the floor's page and API and the phone pages use it: take a ticket (and keep
 * the wait range promised), see where it stands, call the next one in an adviser's spheres, and take it through its
 * life. Each change loads the {@link Ticket} locked, lets it apply its rules and stores it; calls queue on the
 * database's queue lock ({@link TicketRepository#lockTheQueue}), so two advisers calling at the same instant never get the same ticket, whatever the number
 * of servers.
 */
@Service
public class Tickets {

    private final TicketRepository repository;
    private final TicketCounter counter;
    private final AdviserDuty duty;
    private final Clock clock;
    private final StoreSettings settings;
    private final ApplicationEventPublisher events;
    private final QueueMeters meters;
    private final WaitForecasts forecasts;
    private final TextsOffer texts;

    Tickets(TicketRepository repository, Clock clock, StoreSettings settings, TicketCounter counter, AdviserDuty duty,
            ApplicationEventPublisher events, QueueMeters meters, WaitForecasts forecasts, TextsOffer texts) {
        this.repository = repository;
        this.counter = counter;
        this.duty = duty;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.meters = meters;
        this.forecasts = forecasts;
        this.texts = texts;
    }

    /**
     * What a kiosk asks for: a sphere and topic, for a recognised visit (or nobody's), in a kiosk session (when it says
     * which), in the customer's language (their phone's page speaks it).
     */
    public record Request(String sphere, String topic, UUID visitId, String kioskId, UUID session, String language) {

        public Request(String sphere, String topic, UUID visitId) {
            this(sphere, topic, visitId, null, null, null);
        }
    }

    /**
     * A ticket taken, with its page for the customer's phone ({@code phoneUrl}: a random code, valid that day), and
     * whether its customer can be texted when their turn comes.
     */
    @Transactional
    public QueueTicket take(Request request) {
        LocalDate today = today();
        String letter = request.sphere().substring(0, 1).toUpperCase(Locale.ROOT);
        String id = "%s-%03d".formatted(letter, counter.next(today, letter));
        int ahead = repository.waitingAhead(today, request.sphere(), null);
        QueueTicket.Wait promised = forecasts.forTicketTaken(id, request.sphere());
        String phoneCode = DeviceTokens.newToken();
        Ticket ticket = Ticket.taken(id, request.sphere(), request.visitId());
        repository.insert(ticket, today, new TicketRepository.Taken(request.topic(), clock.instant(), promised,
                request.session() == null ? null : request.kioskId(), request.session(), phoneCode, request.language()));
        events.publishEvent(new QueueChanged(id));
        // the answer from what was just decided: asking status() would play the queue again, the new ticket not yet kept
        return new QueueTicket(id, ticket.status(), ahead + 1, promised, null, null,
                settings.store().publicUrl() + "/ticket/" + phoneCode, texts.canText(request.visitId()));
    }

    /** The sphere and the adviser of a ticket of that day, for the answer that rates it. */
    public Optional<TicketFacts> facts(String id, LocalDate day) {
        return repository.facts(id, day);
    }

    /** The latest ticket a recognised visit took, if it took one. */
    public Optional<TicketFacts> factsOfVisit(UUID visitId) {
        return repository.factsOfVisit(visitId);
    }

    /** Where a ticket stands for the customer: waiting (position, a fresh range) or called (adviser's name, desk). */
    public Optional<QueueTicket> status(String id) {
        LocalDate today = today();
        return repository.standing(id, today).map(row -> row.status() != TicketStatus.WAITING
                ? new QueueTicket(row.id(), row.status(), 0, null, row.adviser(), row.desk())
                : new QueueTicket(row.id(), row.status(), repository.waitingAhead(today, row.sphere(), row.createdAt()) + 1,
                forecasts.forWaiting(row.id(), row.sphere()), null, null));
    }

    /** The floor now: tickets waiting (oldest first) and tickets called or being served. */
    public Floor floor() {
        LocalDate today = today();
        Map<String, QueueTicket.Wait> expected = forecasts.ranges();
        List<Floor.Waiting> waiting = repository.waitingOnTheFloor(today).stream()
                .map(ticket -> ticket.withExpected(expected.get(ticket.ticket()))).toList();
        return new Floor(waiting, repository.inService(today), duty.count());
    }

    /** Calls the longest-waiting ticket in these spheres (all spheres when none are named). */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public Optional<QueueTicket> callNext(Caller caller) {
        lockTheQueue();
        return repository.oldestWaiting(today(), caller.spheres()).map(id -> call(id, caller));
    }

    /** Calls a chosen waiting ticket. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket call(String id, Caller caller) {
        lockTheQueue();
        Ticket called = change(id, ticket -> ticket.call(caller.holder(), clock.instant()));
        meters.called(Duration.between(repository.standing(id, today()).orElseThrow().createdAt(), called.calledAt()));
        return status(id).orElseThrow();
    }

    private void lockTheQueue() {
        repository.lockTheQueue();
    }

    /** Calls a called ticket once more: the customer did not come yet. Only its adviser, or a manager, may. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket recall(String id, Ticket.Actor actor) {
        return step(id, ticket -> ticket.recall(actor, clock.instant()));
    }

    /** The customer is at the desk. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket start(String id, Ticket.Actor actor) {
        return step(id, ticket -> ticket.start(actor, clock.instant()));
    }

    /** The called customer never came. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket noShow(String id, Ticket.Actor actor) {
        return step(id, ticket -> ticket.noShow(actor, clock.instant()));
    }

    /** Back in the queue of another sphere, keeping its place in time. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket transfer(String id, Ticket.Actor actor, String sphere) {
        return step(id, ticket -> ticket.transfer(actor, sphere));
    }

    /** Served: how it ended, with the adviser's note. */
    @Transactional
    @RolesAllowed({"ADVISER", "MANAGER"})
    public QueueTicket finish(String id, Ticket.Actor actor, TicketOutcome outcome, String note) {
        return step(id, ticket -> ticket.finish(actor, outcome, note, clock.instant()));
    }

    private QueueTicket step(String id, Consumer<Ticket> step) {
        change(id, step);
        return status(id).orElseThrow();
    }

    /** Loads today's ticket locked, applies a step (which may refuse) and stores it; the queue has changed. */
    private Ticket change(String id, Consumer<Ticket> step) {
        Ticket[] changed = new Ticket[1];
        changeIf(id, ticket -> {
            step.accept(ticket);
            changed[0] = ticket;
            return true;
        });
        return changed[0];
    }

    /** As {@link #change}, for a step that says whether it applied: nothing is stored when it did not. */
    boolean changeIf(String id, Predicate<Ticket> step) {
        LocalDate today = today();
        Ticket ticket = repository.lock(id, today).orElseThrow(() -> unknown(id));
        if (!step.test(ticket)) {
            return false;
        }
        repository.save(ticket, today);
        events.publishEvent(new QueueChanged(id));
        return true;
    }

    /** Waits promised vs kept on a day (scoring.md); tickets still waiting count as not kept once the day is over. */
    public Waits waitsOn(LocalDate day) {
        return Waits.of(repository.waitsOn(day), day.isBefore(today()));
    }

    /**
     * The customer of today's anonymous ticket recognised at the desk: the ticket joins their visit (the floor sees
     * who they are). The kiosk session the ticket was taken in, when the kiosk said which. Refused when the ticket's
     * customer is recognised already or its visit is over.
     */
    @Transactional
    public Optional<KioskSessionOfTicket> recognise(String id, UUID visitId) {
        change(id, ticket -> ticket.recognise(visitId));
        return repository.sessionOf(id, today());
    }

    /** The kiosk session a ticket was taken in. */
    public record KioskSessionOfTicket(String kioskId, UUID session) {
    }

    /** The visit a ticket belongs to, when a recognised customer took it. */
    public Optional<UUID> visitOf(String id) {
        return Optional.ofNullable(repository.find(id, today()).orElseThrow(() -> unknown(id)).visitId());
    }

    static Refusal unknown(String id) {
        return new Refusal(ProblemCode.UNKNOWN_TICKET, "No such ticket today");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** What an answer inherits from the ticket it rates; when the ticket last moved (taken, called, served, finished). */
    public record TicketFacts(String sphere, String adviser, OffsetDateTime lastMoveAt) {
    }

    /** An adviser calling: their account, the name customers see, their desk, the spheres they serve (empty: all). */
    public record Caller(String username, String displayName, String desk, List<String> spheres) {

        Ticket.Holder holder() {
            return new Ticket.Holder(username, displayName, desk);
        }
    }
}
