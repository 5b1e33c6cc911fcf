package io.smartstore.support.problems;

import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A batch is stored whole or not at all: any invalid record refuses it, one entry per problem (api.md). */
public final class BatchProblems {

    private BatchProblems() {
    }

    /** Throws {@code 400 invalid_batch} listing every problem; returns when there is none. */
    public static void requireNone(List<InvalidField> problems) {
        if (!problems.isEmpty()) {
            ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_BATCH,
                    "Some responses are invalid; nothing of this batch was stored");
            problem.getBody().setProperty("errors", problems);
            throw problem;
        }
    }
}
