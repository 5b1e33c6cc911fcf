package io.smartstore.protocol.wire;

import java.util.List;

/** {@code POST /api/v1/feedback}: at most {@value #MAX_RESPONSES} answers. */
public record FeedbackBatch(List<FeedbackResponse> responses) {

    public static final int MAX_RESPONSES = 500;
}
