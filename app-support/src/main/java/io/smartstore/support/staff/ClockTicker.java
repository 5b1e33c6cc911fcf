package io.smartstore.support.staff;

import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A cache's time read from the app's {@link Clock}, so that what it forgets, it forgets when the tests set the time. */
final class ClockTicker implements Ticker {

    private final Clock clock;

    ClockTicker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long read() {
        return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
    }
}
