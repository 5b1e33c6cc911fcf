package io.smartstore.support.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed sign-ins, counted per account and per address: 5 for one account, or 20 from one
 * address, within 15 minutes lock further attempts (even with the right password) for 15
 * minutes from the failure that reached the limit. A success resets its account's count. Kept in memory: a
 * restart forgets them (an attacker gains 5 tries a restart; the audit trail keeps the rest). Each account's and
 * address's last failures and lock are an immutable value replaced atomically, in a bounded cache (Caffeine) that
 * forgets a key once its last failure can lock nothing any more, and the least used keys first when a flood of
 * addresses fills it.
 */
public class SignInAttempts {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** How many accounts, and addresses, are remembered at most. */
    static final int MAX_KEYS = 100_000;
    private final Cache<String, Failures> byAccount;
    private final Cache<String, Failures> byAddress;
    private final Clock clock;

    /** The last failures of a key (as many as its limit: only they can lock any more) and until when it is locked. */
    private record Failures(List<Instant> last, Instant lockedUntil) {

        static final Failures NONE = new Failures(List.of(), Instant.MIN);

        /** With one failure more at {@code now}: locked from it if it makes {@code limit} within the window. */
        Failures and(Instant now, int limit) {
            List<Instant> kept = new ArrayList<>(last);
            kept.add(now);
            while (kept.size() > limit) {
                kept.removeFirst();
            }
            boolean locks = kept.size() == limit && !now.isAfter(kept.getFirst().plus(WINDOW));
            return new Failures(List.copyOf(kept), locks && now.plus(LOCK).isAfter(lockedUntil) ? now.plus(LOCK) : lockedUntil);
        }
    }

    public SignInAttempts(Clock clock) {
        this.clock = clock;
        this.byAccount = memory(clock);
        this.byAddress = memory(clock);
    }

    private static Cache<String, Failures> memory(Clock clock) {
        return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(WINDOW.plus(LOCK)).ticker(new ClockTicker(clock))
                .executor(Runnable::run).build(); // its upkeep on the caller's thread: a few microseconds, no pool
    }

    /** How many accounts and addresses are remembered now. */
    long remembered() {
        byAccount.cleanUp();
        byAddress.cleanUp();
        return byAccount.estimatedSize() + byAddress.estimatedSize();
    }

    /** How long sign-in stays locked for this account from this address, or empty when it may be tried. */
    public Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        return max(remaining(byAccount.getIfPresent(key(account)), now),
                remaining(address == null ? null : byAddress.getIfPresent(address), now));
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        byAccount.asMap().merge(key(account), Failures.NONE.and(now, PER_ACCOUNT), (failures, one) -> failures.and(now, PER_ACCOUNT));
        if (address != null) {
            byAddress.asMap().merge(address, Failures.NONE.and(now, PER_ADDRESS), (failures, one) -> failures.and(now, PER_ADDRESS));
        }
    }

    public void succeeded(String account) {
        byAccount.invalidate(key(account));
    }

    private static Optional<Duration> remaining(Failures failures, Instant now) {
        return failures != null && failures.lockedUntil().isAfter(now) ? Optional.of(Duration.between(now, failures.lockedUntil())) : Optional.empty();
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
