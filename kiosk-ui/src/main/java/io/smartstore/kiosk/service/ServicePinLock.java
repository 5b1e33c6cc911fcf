package io.smartstore.kiosk.service;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The kiosk's service PIN locks for 5 minutes after 5 wrong tries in a row (for the whole
 * kiosk, whichever screen they came from); the right PIN resets the count. The tried PIN is
 * never kept or logged.
 */
@Component
public class ServicePinLock {

    static final int TRIES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    private final Clock clock;
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    public ServicePinLock(Clock clock) {
        this.clock = clock;
    }

    /** How long the PIN pad stays locked, or empty when a PIN may be tried. */
    public synchronized Optional<Duration> lockedFor() {
        Instant now = clock.instant();
        return lockedUntil.isAfter(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    public synchronized void wrongTry() {
        if (++wrong >= TRIES) {
            lockedUntil = clock.instant().plus(LOCK);
            wrong = 0;
        }
    }

    public synchronized void opened() {
        wrong = 0;
    }
}
