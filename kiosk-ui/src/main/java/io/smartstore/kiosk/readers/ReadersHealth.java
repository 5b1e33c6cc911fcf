package io.smartstore.kiosk.readers;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Actuator health "readers": each reader's state and connection. A reader that is
 * missing makes the kiosk DEGRADED, not DOWN: it keeps working with the others.
 */
@Component("readers")
class ReadersHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a reader is absent or reconnecting");
    private final KioskReaders readers;

    ReadersHealth(KioskReaders readers) {
        this.readers = readers;
    }

    @Override
    public Health health() {
        var status = readers.status();
        boolean allHealthy = status.values().stream().allMatch(KioskReaders.ReaderStatus::healthy);
        Health.Builder health = allHealthy ? Health.up() : Health.status(DEGRADED);
        status.forEach((name, reader) -> health.withDetail(name, reader.connection().name()));
        return health.build();
    }
}
