package io.smartstore.support.problems;

import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.protocol.wire.ProblemCode;

import java.util.List;

/** A batch is stored whole or not at all: any invalid record refuses it, one entry per problem (api.md). */
public final class BatchProblems {

    private BatchProblems() {
    }

    /** Throws {@code 400 invalid_batch} listing every problem; returns when there is none. */
    public static void requireNone(List<InvalidField> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(ProblemCode.INVALID_BATCH, "Some responses are invalid; nothing of this batch was stored",
                    java.util.Map.of("errors", List.copyOf(problems)));
        }
    }
}
