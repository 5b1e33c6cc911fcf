package io.smartstore.kiosk.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.support.relay.Relay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the outbox to the store (the shared store-and-forward relay) every
 * {@code smartstore.relay.interval} and soon after each answer. Its state and backlog are
 * the health component {@code outbox}.
 */
@Component("outbox")
class OutboxRelay implements HealthIndicator {

    private final Relay<FeedbackResponse> relay;

    OutboxRelay(FeedbackOutbox outbox, StoreClient store, Clock clock, MeterRegistry meters) {
        this.relay = new Relay<>("kiosk-to-store", "the store server", "smartstore.store.ssl-bundle", outbox,
                batch -> store.sendFeedback(new FeedbackBatch(batch)), FeedbackBatch.MAX_RESPONSES, clock, meters);
    }

    @EventListener
    void onAnswer(AnswerSaved saved) {
        relay.forwardSoon();
    }

    @Scheduled(fixedDelayString = "${smartstore.relay.interval:5s}", initialDelayString = "${smartstore.relay.interval:5s}")
    void forward() {
        relay.forward();
    }

    /** Sends now, without waiting for the backoff (the service screen's "send now"). */
    void retryNow() {
        relay.retryNow();
    }

    @Override
    public Health health() {
        return relay.health().health();
    }
}
