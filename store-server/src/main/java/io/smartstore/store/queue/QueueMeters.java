package io.smartstore.store.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.metrics.AfterCommit;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The queue as an operator watches it: {@code smartstore_queue_waiting} (tickets waiting now)
 * and {@code smartstore_queue_wait_seconds} (how long each called ticket waited, from taken to called).
 */
@Component
class QueueMeters {

    private final Timer waits;

    QueueMeters(MeterRegistry meters, TicketRepository tickets, Clock clock, StoreSettings settings) {
        Gauge.builder("smartstore.queue.waiting", () -> tickets.waiting(LocalDate.now(clock.withZone(settings.store().zone()))))
                .description("tickets waiting now").register(meters);
        this.waits = Timer.builder("smartstore.queue.wait").description("how long a called ticket waited, from taken to called")
                .register(meters);
    }

    /** A ticket was called after waiting this long (counted once the call commits). */
    void called(Duration waited) {
        AfterCommit.run(() -> waits.record(waited.isNegative() ? Duration.ZERO : waited));
    }
}
