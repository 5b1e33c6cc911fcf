package io.smartstore.kiosk.readers;

import io.smartstore.devices.DeviceState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health "readers": each reader's state; a reader waiting for its device makes the kiosk degraded, not down. */
@Component("readers")
class ReadersHealth implements HealthIndicator {

    private final CardReaders cardReaders;

    ReadersHealth(CardReaders cardReaders) {
        this.cardReaders = cardReaders;
    }

    @Override
    public Health health() {
        return cardReaders.state()
                .map(state -> (state == DeviceState.CONNECTED ? Health.up() : Health.status("DEGRADED"))
                        .withDetail("cardReader", state.name()).build())
                .orElseGet(() -> Health.up().withDetail("cardReader", "ABSENT").build());
    }
}
