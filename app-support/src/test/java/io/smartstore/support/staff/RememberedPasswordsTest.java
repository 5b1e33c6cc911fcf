package io.smartstore.support.staff;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.smartstore.support.testing.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new PasswordEncoder() {
        private final PasswordEncoder real = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }
    };
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final RememberedPasswords passwords = new RememberedPasswords(bcrypt, Duration.ofMinutes(5), clock);
    private final String stored = bcrypt.encode("analyst-secret");

    @Test
    void aPasswordThatMatchedIsNotHashedAgainForAFewMinutes() {
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        clock.pass(Duration.ofMinutes(4));
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(1);

        clock.pass(Duration.ofMinutes(2));
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordAlwaysPaysTheHashAndIsRefused() {
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        assertThat(passwords.matches("analyst-secreT", stored)).isFalse();
        assertThat(passwords.matches("analyst-secreT", stored)).isFalse();
        assertThat(passwords.matches("", stored)).isFalse();
        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordEndsTheMemoryAtOnce() {
        assertThat(passwords.matches("analyst-secret", stored)).isTrue();
        String changed = bcrypt.encode("new-secret-2026");
        assertThat(passwords.matches("analyst-secret", changed)).isFalse();
        assertThat(passwords.matches("new-secret-2026", changed)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void zeroRemembersNothing() {
        RememberedPasswords never = new RememberedPasswords(bcrypt, Duration.ZERO, clock);
        assertThat(never.matches("analyst-secret", stored)).isTrue();
        assertThat(never.matches("analyst-secret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aFullMemoryForgetsSomePasswordsNotAll() {
        AtomicInteger checks = new AtomicInteger();
        PasswordEncoder plain = new PasswordEncoder() { // no bcrypt: ten thousand passwords in a blink
            @Override
            public String encode(CharSequence rawPassword) {
                return "plain:" + rawPassword;
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                checks.incrementAndGet();
                return encodedPassword.equals(encode(rawPassword));
            }
        };
        RememberedPasswords memory = new RememberedPasswords(plain, Duration.ofMinutes(5), clock);
        int accounts = RememberedPasswords.MAX_ENTRIES + 1_000;
        for (int i = 0; i < accounts; i++) {
            assertThat(memory.matches("password-" + i, plain.encode("password-" + i))).isTrue();
        }
        checks.set(0);
        for (int i = 0; i < accounts; i++) {
            assertThat(memory.matches("password-" + i, plain.encode("password-" + i))).isTrue();
        }
        assertThat(checks.get()).as("hashed again: those forgotten (emptied when full, all but the last thousand would be)")
                .isLessThan(accounts - RememberedPasswords.MAX_ENTRIES / 2);
    }
}
