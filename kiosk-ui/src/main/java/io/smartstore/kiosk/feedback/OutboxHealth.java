package io.smartstore.kiosk.feedback;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health "outbox": how many answers wait for the store, and the age of the oldest. */
@Component("outbox")
class OutboxHealth implements HealthIndicator {

    private final FeedbackOutbox outbox;

    OutboxHealth(FeedbackOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        FeedbackOutbox.Backlog backlog = outbox.backlog();
        Health.Builder health = Health.up().withDetail("backlog", backlog.count());
        backlog.oldestAge().ifPresent(age -> health.withDetail("oldestSeconds", age.toSeconds()));
        return health.build();
    }
}
