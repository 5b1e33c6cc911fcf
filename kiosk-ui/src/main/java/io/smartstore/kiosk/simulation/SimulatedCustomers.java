package io.smartstore.kiosk.simulation;

import io.smartstore.kiosk.feedback.KioskAnswers;
import io.smartstore.kiosk.journey.Journey;
import io.smartstore.kiosk.journey.Timings;
import io.smartstore.protocol.wire.FeedbackReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One simulated person every {@code smartstore.kiosk.simulated-customers.every} (up to {@code …count}): continues
 * without signing in, taps a score, picks a reason of its band, sees "thank you" — the
 * kiosk's own {@link Journey} and outbox, nothing bypassed.
 */
@Component
@ConditionalOnProperty("smartstore.kiosk.simulated-customers.every")
class SimulatedCustomers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCustomers.class);
    private final Clock clock;
    private final AnswerLedger answers;
    private final Duration every;
    private final int count;
    private final Duration reading;
    private int served;
    private ScheduledExecutorService customers;

    SimulatedCustomers(Clock clock, KioskAnswers outbox, SimulationSettings settings) {
        this.clock = clock;
        this.answers = new AnswerLedger(outbox, settings.ledger());
        this.every = settings.every();
        this.count = settings.count() == null ? Integer.MAX_VALUE : settings.count();
        this.reading = settings.reading() == null ? Duration.ZERO : settings.reading();
    }

    void oneCustomer() {
        if (served >= count) {
            customers.shutdown();
            return;
        }
        served++;
        try {
            Journey journey = new Journey(clock, new Timings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10)), answers);
            journey.continueAnonymously();
            int score = ThreadLocalRandom.current().nextInt(11);
            journey.scored(score);
            if (!reading.isZero()) {
                Thread.sleep(reading);
            }
            List<String> reasons = FeedbackReasons.forScore(score);
            journey.sent(List.of(reasons.get(ThreadLocalRandom.current().nextInt(reasons.size()))), null);
        } catch (RuntimeException e) {
            log.warn("a simulated customer could not answer: {}", e.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        log.info("simulated customers: one every {}", every);
        customers = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("simulated-customers").daemon().factory());
        customers.scheduleWithFixedDelay(this::oneCustomer, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        customers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return customers != null && !customers.isShutdown();
    }
}
