package io.smartstore.devices.serial;

import java.time.Duration;

/**
 * How soon to try a lost port again: {@code first}, doubling after each failure, never
 * more than {@code max}; and how often the watchdog looks at a port that seems fine.
 */
public record Reconnection(Duration first, Duration max, Duration watchInterval) {

    public static final Reconnection DEFAULT = new Reconnection(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMillis(500));

    public Reconnection {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("reconnection delays must be positive, max at least first");
        }
    }

    /** The delay before the next try after {@code failures} failed ones. */
    public Duration after(int failures) {
        long millis = first.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(max.toMillis(), millis));
    }
}
