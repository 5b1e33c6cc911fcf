package io.smartstore.support.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * A password check that remembers for a few minutes that a password matched its stored hash,
 * so that a script calling the API with HTTP Basic pays bcrypt (~60 ms) once, not on every call.
 * Only successful checks are remembered (a guess always pays bcrypt); what is kept is a keyed
 * hash (HMAC-SHA-256, key drawn at start, never written anywhere) of the password together with
 * the stored hash, so a changed password ends the memory at once; the account itself (active,
 * roles) is still read on every call. Zero duration: nothing is remembered. The memory is a bounded cache
 * (Caffeine): full, it forgets the least used proofs, not all of them.
 */
public final class RememberedPasswords implements PasswordEncoder {

    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder hashing;
    private final Duration duration;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> matched;

    public RememberedPasswords(PasswordEncoder hashing, Duration duration, Clock clock) {
        this.hashing = hashing;
        this.duration = duration;
        this.matched = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(duration).ticker(new ClockTicker(clock))
                .executor(Runnable::run).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || duration.isZero()) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        String proof = proof(rawPassword, encodedPassword);
        if (matched.getIfPresent(proof) != null) {
            return true;
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(proof, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private String proof(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(encodedPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
