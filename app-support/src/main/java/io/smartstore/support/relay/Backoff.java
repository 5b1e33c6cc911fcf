package io.smartstore.support.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 1 min, each somewhere between half and
 * all of it — so a hop that comes back after a long outage is tried again within a minute.
 */
public final class Backoff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(1);
    private final Clock clock;
    private int failures;
    private Instant notBefore = Instant.MIN;

    public Backoff(Clock clock) {
        this.clock = clock;
    }

    public boolean mayTry() {
        return !clock.instant().isBefore(notBefore);
    }

    public void succeeded() {
        failures = 0;
        notBefore = Instant.MIN;
    }

    public Duration failed() {
        failures++;
        long ceiling = Math.min(MAX.toMillis(), FIRST.toMillis() << Math.min(failures - 1, 20));
        long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        notBefore = clock.instant().plusMillis(wait);
        return Duration.ofMillis(wait);
    }
}
