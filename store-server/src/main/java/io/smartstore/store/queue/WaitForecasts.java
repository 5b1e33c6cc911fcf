package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.StoreSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor as the estimator needs it — the tickets waiting, oldest first, who is on duty for which spheres and what
 * they hold, how long today's tickets took an adviser, sphere by sphere — and the ranges of every waiting ticket from
 * one play of the whole queue. Those ranges are kept until the queue or the duty changes, or for 10 s at most (a
 * service under way gets closer to its end): the kiosks asking twice a second, the phones and the floors read them
 * without playing the queue again. A ticket being taken gets its own play, with itself at the back.
 */
@Component
class WaitForecasts {

    static final Duration KEPT_FOR = Duration.ofSeconds(10);
    private final DutyRepository duties;
    private final TicketRepository tickets;
    private final Clock clock;
    private final StoreSettings settings;
    private final WaitEstimator estimator;
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot kept;

    private record Snapshot(long change, Instant at, LocalDate day, Map<String, QueueTicket.Wait> ranges) {
    }

    WaitForecasts(DutyRepository duties, TicketRepository tickets, Clock clock, StoreSettings settings, QueueSettings queue) {
        this.duties = duties;
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
        this.estimator = new WaitEstimator(queue.defaultServiceTime());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void queueMoved(QueueChanged change) {
        changes.incrementAndGet();
    }

    /** The range promised to a ticket being taken now, in {@code sphere}, behind every ticket waiting. */
    QueueTicket.Wait forTicketTaken(String id, String sphere) {
        LocalDate today = today();
        List<WaitEstimator.Waiting> queue = new ArrayList<>(waiting(today));
        queue.add(new WaitEstimator.Waiting(id, sphere));
        return estimator.estimateAll(queue, advisers(today), occupied(today)).get(id);
    }

    /** The range of today's waiting ticket {@code id} now. */
    QueueTicket.Wait forWaiting(String id, String sphere) {
        QueueTicket.Wait range = ranges().get(id);
        return range != null ? range : forTicketTaken(id, sphere); // moved a moment ago: played on its own
    }

    /** The ranges of today's waiting tickets now, by ticket. */
    Map<String, QueueTicket.Wait> ranges() {
        long change = changes.get();
        Instant now = clock.instant();
        LocalDate today = today();
        Snapshot snapshot = kept;
        if (snapshot == null || snapshot.change() != change || !snapshot.day().equals(today) || snapshot.at().plus(KEPT_FOR).isBefore(now)
                || snapshot.at().isAfter(now)) {
            snapshot = new Snapshot(change, now, today, estimator.estimateAll(waiting(today), advisers(today), occupied(today)));
            kept = snapshot;
        }
        return snapshot.ranges();
    }

    private List<WaitEstimator.Waiting> waiting(LocalDate today) {
        return tickets.waitingForEstimate(today);
    }

    private List<WaitEstimator.Adviser> advisers(LocalDate today) {
        Map<String, List<String>> spheres = duties.spheresOnDuty();
        Map<String, TicketRepository.Held> held = new HashMap<>();
        tickets.held(today).forEach(ticket -> held.put(ticket.username(), ticket));
        return spheres.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(adviser -> {
            TicketRepository.Held holding = held.get(adviser.getKey());
            return holding == null ? WaitEstimator.Adviser.free(adviser.getValue())
                    : new WaitEstimator.Adviser(adviser.getValue(), holding.sphere(), Duration.between(holding.calledAt(), clock.instant()));
        }).toList();
    }

    /** How long each of today's finished tickets took its adviser, from the call to the end (served, or not come). */
    private Map<String, List<Duration>> occupied(LocalDate today) {
        Map<String, List<Duration>> bySphere = new HashMap<>();
        tickets.occupied(today).forEach(ticket -> bySphere.computeIfAbsent(ticket.sphere(), sphere -> new ArrayList<>()).add(ticket.took()));
        return bySphere;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }
}
