package io.smartstore.support.relay;

import java.time.Instant;

/**
 * How the last attempt went: {@code OK}; {@code UNREACHABLE} (the next hop did not answer,
 * or failed: it will be tried again); {@code REFUSED} (it answered that we may not send —
 * a revoked token, an unknown store id: a person must act, the problem says what);
 * {@code UNTRUSTED} (its certificate is not one we trust: expired, another authority, another
 * host name — nothing was sent; a person must act).
 */
public record RelayState(Condition condition, String problem, Instant since) {

    public enum Condition {
        OK, UNREACHABLE, REFUSED, UNTRUSTED;

        public boolean needsAPerson() {
            return this == REFUSED || this == UNTRUSTED;
        }
    }

    static RelayState ok(Instant now) {
        return new RelayState(Condition.OK, null, now);
    }
}
