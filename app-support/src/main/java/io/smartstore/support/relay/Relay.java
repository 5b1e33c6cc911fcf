package io.smartstore.support.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.protocol.wire.BatchProblem;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.support.http.TlsTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Store-and-forward to the next hop (kiosk → store, store → central). Sends the outbox in
 * batches, oldest first, and marks records sent only once acknowledged (accepted or
 * duplicate). Records the receiver refuses as invalid are set aside with its reason and the
 * rest goes on; a receiver that refuses us (401, 403) or fails is retried with exponential
 * backoff and jitter, and the log and health say which it is; so does a next hop whose
 * certificate we do not trust (nothing is sent to it: the backlog waits until trust is fixed). The backlog (count, oldest
 * age) shows in health and as Micrometer gauges {@code smartstore.relay.backlog} and
 * {@code smartstore.relay.oldest.seconds}, with {@code smartstore.relay.refused}, tagged with the relay's name.
 */
public class Relay<T> {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);
    /** How far before the receiver's backup the sender sends again: the two clocks may differ this much. */
    static final java.time.Duration RESTORE_MARGIN = java.time.Duration.ofMinutes(5);
    private final String name;
    private final String destination;
    private final String trustSetting;
    private final Outbox<T> outbox;
    private final Hop<T> hop;
    private final int batchSize;
    private final Clock clock;
    private final Backoff backoff;
    private final Counter sent;
    private final Counter setAside;
    private final ExecutorService soon;
    private volatile RelayState state;
    /** The last backup the receiver said it was restored from: its records since then were sent again once. */
    private volatile java.time.Instant restoredFrom;
    /** Records the receiver lost in a restore were made pending again in this round: the round goes on. */
    private boolean sendAgain;

    /** {@code trustSetting}: the key that names the trust bundle for {@code destination}, named when its certificate is not trusted. */
    public Relay(String name, String destination, String trustSetting, Outbox<T> outbox, Hop<T> hop, int batchSize, Clock clock, MeterRegistry meters) {
        this.name = name;
        this.destination = destination;
        this.trustSetting = trustSetting;
        this.outbox = outbox;
        this.hop = hop;
        this.batchSize = batchSize;
        this.clock = clock;
        this.backoff = new Backoff(clock);
        this.state = RelayState.ok(clock.instant());
        this.soon = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name).factory());
        Gauge.builder("smartstore.relay.backlog", outbox, o -> o.backlog().count()).tag("relay", name)
                .description("records waiting to be acknowledged by the next hop").register(meters);
        Gauge.builder("smartstore.relay.oldest.seconds", outbox, o -> o.backlog().oldestAge().map(age -> age.toMillis() / 1000.0).orElse(0.0))
                .tag("relay", name).description("how long the oldest waiting record has waited").register(meters);
        Gauge.builder("smartstore.relay.refused", this, relay -> relay.state.condition().needsAPerson() ? 1 : 0)
                .tag("relay", name).description("1 while the next hop refuses us (401, 403, a refused batch) or is not trusted: a person must act").register(meters);
        this.sent = Counter.builder("smartstore.relay.sent").tag("relay", name)
                .description("records the next hop acknowledged (accepted or duplicate)").register(meters);
        this.setAside = Counter.builder("smartstore.relay.set.aside").tag("relay", name)
                .description("records the next hop refused as invalid, set aside with its reason").register(meters);
    }

    /** Forwards soon, on the relay's own thread: a new record need not wait for the next round. */
    public void forwardSoon() {
        soon.execute(this::forward);
    }

    /** Forwards now, whatever the backoff says: for a person who fixed the problem and will not wait. */
    public synchronized void retryNow() {
        backoff.succeeded();
        forward();
    }

    /** Forwards everything pending, unless a failure asked to wait a while. */
    public synchronized void forward() {
        if (!backoff.mayTry()) {
            return;
        }
        try {
            List<T> pending;
            while (!(pending = outbox.pending(batchSize)).isEmpty()) {
                int acknowledged = send(pending);
                // a full batch may have more behind it; after a set-aside, the rest of the batch goes again; so do the
                // records a restored receiver lost
                boolean lostByTheReceiver = sendAgain;
                sendAgain = false;
                if (acknowledged > 0 && pending.size() < batchSize && !lostByTheReceiver) {
                    break;
                }
            }
            backoff.succeeded();
        } catch (RefusedException refused) {
            fail(RelayState.Condition.REFUSED, refused.getMessage());
        } catch (RestClientResponseException e) {
            fail(RelayState.Condition.UNREACHABLE, destination + " answered " + e.getStatusCode().value());
        } catch (RestClientException e) {
            TlsTrouble.explain(e, destination, trustSetting).ifPresentOrElse(
                    why -> fail(RelayState.Condition.UNTRUSTED, why),
                    () -> fail(RelayState.Condition.UNREACHABLE, destination + " did not answer (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** How many records the receiver acknowledged; 0 when it refused some as invalid (they are set aside). */
    private int send(List<T> pending) {
        try {
            BatchReceipt receipt = hop.send(pending);
            List<java.util.UUID> acknowledged = Stream.concat(receipt.accepted().stream(), receipt.duplicates().stream()).toList();
            outbox.markSent(acknowledged);
            resendIfRestored(receipt.restoredFrom());
            sent.increment(acknowledged.size());
            if (state.condition() != RelayState.Condition.OK) {
                log.info("relay {}: {} acknowledges again", name, destination);
            }
            state = RelayState.ok(clock.instant());
            if (acknowledged.isEmpty()) {
                throw new RefusedException(destination + " acknowledged none of " + pending.size() + " records");
            }
            return acknowledged.size();
        } catch (RestClientResponseException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == HttpStatus.BAD_REQUEST && setAsideInvalid(pending, e)) {
                return 0;
            }
            if (status != null && status.is4xxClientError()) {
                throw new RefusedException(refusal(status, e));
            }
            throw e;
        }
    }

    /**
     * The receiver runs on a copy restored from a backup: what it acknowledged since a little before that backup
     * (clocks differ) is made pending again, once per restore; it keeps each record once, so nothing is doubled.
     */
    private void resendIfRestored(java.time.Instant backupTakenAt) {
        if (backupTakenAt == null || backupTakenAt.equals(restoredFrom)) {
            return;
        }
        restoredFrom = backupTakenAt;
        int again = outbox.resendAcknowledgedSince(backupTakenAt.minus(RESTORE_MARGIN));
        sendAgain = again > 0;
        log.info("relay {}: {} was restored from a backup taken at {}; {} records acknowledged since go again", name, destination,
                backupTakenAt, again);
    }

    /** Sets aside the records a 400 names; false when it names none (the batch as a whole was refused). */
    private boolean setAsideInvalid(List<T> pending, RestClientResponseException refused) {
        BatchProblem problem;
        try {
            problem = refused.getResponseBodyAs(BatchProblem.class);
        } catch (RuntimeException unreadable) {
            return false;
        }
        List<InvalidField> named = problem == null ? List.of()
                : problem.errors().stream().filter(error -> error.index() >= 0 && error.index() < pending.size()).toList();
        if (named.isEmpty()) {
            return false;
        }
        for (InvalidField error : named) {
            java.util.UUID id = outbox.idOf(pending.get(error.index()));
            outbox.setAside(id, error.field() + ": " + error.message());
            setAside.increment();
            log.warn("relay {}: {} refused record {} ({}); set aside", name, destination, id, error.field());
        }
        return true;
    }

    private String refusal(HttpStatus status, RestClientResponseException e) {
        return switch (status) {
            case UNAUTHORIZED -> destination + " refused our token (401): check that this client is enrolled there and its token is configured";
            case FORBIDDEN -> destination + " forbids what we send (403): " + titleOf(e);
            default -> destination + " refused the batch (" + status.value() + "): " + titleOf(e);
        };
    }

    private static String titleOf(RestClientResponseException e) {
        try {
            BatchProblem problem = e.getResponseBodyAs(BatchProblem.class);
            return problem == null || problem.title() == null ? "no reason given" : problem.title() + " [" + problem.code() + "]";
        } catch (RuntimeException unreadable) {
            return "no reason given";
        }
    }

    private void fail(RelayState.Condition condition, String problem) {
        var wait = backoff.failed();
        if (state.condition() != condition || !problem.equals(state.problem())) {
            state = new RelayState(condition, problem, clock.instant());
        }
        log.warn("relay {}: {}; {} records wait, next try in {} s", name, problem, outbox.backlog().count(), wait.toSeconds());
    }

    public RelayState state() {
        return state;
    }

    /** UP while the next hop acknowledges or is only unreachable (the backlog says how much waits); DOWN when it refuses us or is not trusted. */
    public HealthIndicator health() {
        return () -> {
            Outbox.Backlog backlog = outbox.backlog();
            RelayState now = state;
            Health.Builder health = now.condition().needsAPerson() ? Health.down() : Health.up();
            health.withDetail("backlog", backlog.count()).withDetail("state", now.condition().name());
            backlog.oldestAge().ifPresent(age -> health.withDetail("oldestSeconds", age.toSeconds()));
            if (now.problem() != null) {
                health.withDetail("problem", now.problem()).withDetail("since", now.since().toString());
            }
            return health.build();
        };
    }

    private static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }
}
