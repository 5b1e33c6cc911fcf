package io.smartstore.protocol.token;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a token is good for: {@code validity} after it was issued (60 s), with
 * {@code skew} (30 s) of tolerance either way for clocks that disagree. A token from more
 * than the skew in the future was not made by a working issuer: it is invalid.
 */
public record TokenValidity(Duration validity, Duration skew) {

    public static final TokenValidity STANDARD = new TokenValidity(Duration.ofSeconds(60), Duration.ofSeconds(30));

    public void check(CustomerToken token, Instant now) throws TokenException {
        if (token.issuedAt().isAfter(now.plus(skew))) {
            throw new TokenException(TokenException.Reason.INVALID, "issued in the future");
        }
        if (now.isAfter(expiry(token))) {
            throw new TokenException(TokenException.Reason.EXPIRED, "expired");
        }
    }

    /** The last instant this token is accepted. */
    public Instant expiry(CustomerToken token) {
        return token.issuedAt().plus(validity).plus(skew);
    }
}
