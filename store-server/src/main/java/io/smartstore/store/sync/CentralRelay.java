package io.smartstore.store.sync;

import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.FeedbackReceived;
import io.smartstore.support.relay.Relay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * Forwards the store's answers to central (the shared store-and-forward relay) every
 * {@code smartstore.relay.interval} and soon after new answers arrive. Its state and backlog
 * are the health component {@code central}.
 */
@Component("central")
class CentralRelay implements HealthIndicator {

    private final CentralClient central;
    private final Relay<ScoredResponse> relay;

    CentralRelay(CentralOutbox outbox, CentralClient central, StoreSettings settings, Clock clock, MeterRegistry meters) {
        this.central = central;
        this.relay = new Relay<>("store-to-central", "central", CentralSettings.SSL_BUNDLE, outbox,
                batch -> central.sendResponses(new ScoredResponseBatch(settings.store().id(), settings.store().country(), batch)),
                FeedbackBatch.MAX_RESPONSES, clock, meters);
    }

    @TransactionalEventListener
    void onFeedback(FeedbackReceived received) {
        if (central.configured()) {
            relay.forwardSoon();
        }
    }

    @Scheduled(fixedDelayString = "${smartstore.relay.interval:5s}", initialDelayString = "${smartstore.relay.interval:5s}")
    void forward() {
        if (central.configured()) {
            relay.forward();
        }
    }

    /** Forwards now, whatever the backoff says (once a person has fixed what central refused). */
    void retryNow() {
        if (central.configured()) {
            relay.retryNow();
        }
    }

    @Override
    public Health health() {
        return central.configured() ? relay.health().health() : Health.unknown().withDetail("central", "not configured").build();
    }
}
