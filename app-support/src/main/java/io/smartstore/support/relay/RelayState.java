package io.smartstore.support.relay;

import java.time.Instant;

/**
 * How the last attempt went: {@code OK}; {@code UNREACHABLE} (the next hop did not answer,
 * or failed: it will be tried again); {@code REFUSED} (it answered that we may not send —
 * a revoked token, an unknown store id: a person must act, the problem says what).
 */
public record RelayState(Condition condition, String problem, Instant since) {

    public enum Condition { OK, UNREACHABLE, REFUSED }

    static RelayState ok(Instant now) {
        return new RelayState(Condition.OK, null, now);
    }
}
