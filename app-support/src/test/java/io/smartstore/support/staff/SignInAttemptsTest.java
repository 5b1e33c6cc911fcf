package io.smartstore.support.staff;

import io.smartstore.support.testing.MovingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failures for an account, or twenty from an address, within 15 minutes lock sign-in for 15 minutes. */
class SignInAttemptsTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void theSixthAttemptOnAnAccountIsLockedForFifteenMinutesAfterTheFifthFailure() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("Nina", "10.0.0.1");
            clock.pass(Duration.ofMinutes(1));
        }
        assertThat(attempts.lockedFor("nina", "10.0.0.1")).isEmpty();
        attempts.failed("nina", "10.0.0.2");
        assertThat(attempts.lockedFor("NINA", "10.0.0.9")).as("the account, from any address").hasValue(Duration.ofMinutes(15));
        assertThat(attempts.lockedFor("omar", "10.0.0.1")).as("another account").isEmpty();
        clock.pass(Duration.ofMinutes(14));
        assertThat(attempts.lockedFor("nina", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
        clock.pass(Duration.ofMinutes(1));
        assertThat(attempts.lockedFor("nina", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLockAndASuccessResetsTheCount() {
        for (int i = 0; i < 8; i++) {
            attempts.failed("lea", "10.0.0.1");
            clock.pass(Duration.ofMinutes(4)); // never five within 15 minutes
        }
        assertThat(attempts.lockedFor("lea", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 4; i++) {
            attempts.failed("omar", "10.0.0.1");
        }
        attempts.succeeded("omar");
        attempts.failed("omar", "10.0.0.1");
        assertThat(attempts.lockedFor("omar", "10.0.0.1")).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressLockEveryAccountFromThere() {
        for (int i = 0; i < 20; i++) {
            attempts.failed("user" + i, "192.0.2.7");
        }
        assertThat(attempts.lockedFor("someone-else", "192.0.2.7")).hasValue(Duration.ofMinutes(15));
        assertThat(attempts.lockedFor("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void aFloodOfAddressesIsHeldWithinItsBoundAndForgottenOnceItCanLockNothing() {
        for (int i = 0; i < SignInAttempts.MAX_KEYS + 5_000; i++) {
            attempts.failed("nina", "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertThat(attempts.remembered()).isLessThanOrEqualTo(SignInAttempts.MAX_KEYS + 1L); // every address, and the one account
        assertThat(attempts.lockedFor("nina", "10.9.9.9")).as("the account is locked all the same").isPresent();
        clock.pass(SignInAttempts.WINDOW.plus(SignInAttempts.LOCK).plusSeconds(1));
        assertThat(attempts.remembered()).isZero();
    }

    @Test
    void failuresCountedFromManyThreadsAtOnceAreAllCounted() throws InterruptedException {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int account = t;
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5; i++) {
                    assertThat(attempts.lockedFor("someone-" + account + "-" + i, "10.0.0.7")).isEmpty();
                    attempts.failed("someone-" + account + "-" + i, "10.0.0.7"); // 20 accounts, once each, one address
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(attempts.lockedFor("anyone", "10.0.0.7")).as("the twentieth failure from the address locks it").isPresent();
    }
}
