package io.smartstore.protocol.wire;

import java.util.List;

/**
 * The problem details of a refused batch ({@code invalid_batch}): one entry per invalid
 * record; nothing of the batch was stored, and a sender sets those records aside.
 */
public record BatchProblem(String code, String title, Integer status, List<InvalidField> errors) {

    public BatchProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
