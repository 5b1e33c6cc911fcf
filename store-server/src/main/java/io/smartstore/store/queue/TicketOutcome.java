package io.smartstore.store.queue;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;

import java.util.Arrays;

/** How a visit at a desk ends. */
public enum TicketOutcome {
    RESOLVED, FOLLOW_UP, SALE, REDIRECTED;

    public static final String EXPECTED = "A visit ends RESOLVED, FOLLOW_UP, SALE or REDIRECTED";

    /** The outcome an adviser or a program named, or a refusal that lists the ones there are. */
    public static TicketOutcome of(String name) {
        return Arrays.stream(values()).filter(outcome -> outcome.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refusal(ProblemCode.INVALID_CALL, EXPECTED));
    }
}
