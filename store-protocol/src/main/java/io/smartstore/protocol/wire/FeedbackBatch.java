package io.smartstore.protocol.wire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/feedback}: at most {@value #MAX_RESPONSES} answers. */
@DistinctIds
public record FeedbackBatch(@NotNull(message = DistinctIds.NO_LIST) @Size(max = MAX_RESPONSES, message = DistinctIds.TOO_MANY)
                            List<@NotNull(message = DistinctIds.NULL_RESPONSE) @Valid FeedbackResponse> responses) implements DistinctIds.Batch {

    public static final int MAX_RESPONSES = 500;

    @Override
    public List<java.util.UUID> ids() {
        return responses == null ? List.of() : responses.stream().map(response -> response == null ? null : response.id()).toList();
    }
}
