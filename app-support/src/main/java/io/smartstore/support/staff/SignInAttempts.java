package io.smartstore.support.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per account and per address: 5 for one account, or 20 from one
 * address, within 15 minutes lock further attempts (even with the right password) for 15
 * minutes from the failure that reached the limit. A success resets its account's count. Kept in memory: a
 * restart forgets them (an attacker gains 5 tries a restart; the audit trail keeps the rest).
 */
public class SignInAttempts {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long sign-in stays locked for this account from this address, or empty when it may be tried. */
    public Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        return max(remaining(byAccount.get(key(account)), PER_ACCOUNT, now), remaining(byAddress.get(address), PER_ADDRESS, now));
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record(byAccount, key(account), now);
        if (address != null) {
            record(byAddress, address, now);
        }
    }

    public void succeeded(String account) {
        byAccount.remove(key(account));
    }

    private static void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        counts.compute(key, (k, failures) -> {
            Deque<Instant> kept = failures == null ? new ArrayDeque<>() : failures;
            kept.removeIf(at -> at.isBefore(now.minus(WINDOW).minus(LOCK))); // older ones can lock nothing any more
            kept.addLast(now);
            return kept;
        });
    }

    /** Locked until the lock after a failure that made {@code limit} within the window, if that is still ahead. */
    private static Optional<Duration> remaining(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        List<Instant> times;
        synchronized (failures) {
            times = List.copyOf(failures);
        }
        Instant lockedUntil = Instant.MIN;
        for (int i = limit - 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - limit + 1).plus(WINDOW))) {
                lockedUntil = times.get(i).plus(LOCK);
            }
        }
        return lockedUntil.isAfter(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
